/// A calendar month, the unit of targets and of the monthly evaluation.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init(_ date: CivilDate) {
        year = date.year
        month = date.month
    }

    /// Parses `YYYY-MM` (also `YYYY/M`).
    public init?(_ text: String) {
        let parts = text.trimmingSpaces().split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" }
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1) ?? CivilDate(dayNumber: 0) }
    public var dayCount: Int { CivilDate.daysIn(month: month, year: year) }
    public var lastDay: CivilDate { firstDay.adding(days: dayCount - 1) }

    public func adding(months: Int) -> YearMonth { YearMonth(ordinal: ordinal + months) }

    /// Months since January of year 0: consecutive months differ by one, so month arithmetic is integer arithmetic.
    public var ordinal: Int { year * 12 + month - 1 }

    public init(ordinal: Int) {
        year = ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12
        month = ordinal - year * 12 + 1
    }

    /// Whole months from this month to another (positive when `other` is later).
    public func months(to other: YearMonth) -> Int { other.ordinal - ordinal }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = YearMonth(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected YYYY-MM")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
