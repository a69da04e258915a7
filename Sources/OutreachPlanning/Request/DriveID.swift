import OutreachModel

/// A drive's name: its venue and day, e.g. `V016-20270104`. A venue holds at most one drive a day, so the name
/// is unique, and it stays the same across re-plans as long as the drive does (the calendar UID builds on it).
public struct DriveID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var venueID: String
    public var date: CivilDate

    public init(venueID: String, date: CivilDate) {
        self.venueID = venueID
        self.date = date
    }

    /// Parses `VENUE-YYYYMMDD` (also `VENUE-YYYY-MM-DD` and `VENUE:YYYY-MM-DD`).
    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces()
        if let colon = trimmed.lastIndex(of: ":"), let date = CivilDate(String(trimmed[trimmed.index(after: colon)...]))
        {
            self.init(venueID: String(trimmed[..<colon]), date: date)
            return
        }
        if trimmed.count > 11, let date = CivilDate(String(trimmed.suffix(10))),
            trimmed.dropLast(10).last == "-"
        {
            self.init(venueID: String(trimmed.dropLast(11)), date: date)
            return
        }
        guard let dash = trimmed.lastIndex(of: "-") else { return nil }
        let digits = trimmed[trimmed.index(after: dash)...]
        guard digits.count == 8, digits.allSatisfy(\.isASCIIDigit), let year = Int(digits.prefix(4)),
            let month = Int(digits.dropFirst(4).prefix(2)), let day = Int(digits.suffix(2)),
            let date = CivilDate(year: year, month: month, day: day), dash > trimmed.startIndex
        else { return nil }
        self.init(venueID: String(trimmed[..<dash]), date: date)
    }

    public var description: String { venueID + "-" + date.compact }

    public static func < (lhs: DriveID, rhs: DriveID) -> Bool { (lhs.date, lhs.venueID) < (rhs.date, rhs.venueID) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let id = DriveID(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected VENUE-YYYYMMDD")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
