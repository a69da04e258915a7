/// Days of the week, Monday first as in China's working week.
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// The three-letter English spelling used in data files (`mon` … `sun`).
    public var code: String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue - 1]
    }

    public init?(code: String) {
        guard let found = Weekday.allCases.first(where: { $0.code == code.lowercased() }) else { return nil }
        self = found
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
