import OutreachModel
import OutreachReports

/// A command line that matched its declaration, with typed accessors that report bad values as usage errors.
public struct ParsedArguments: Sendable {
    /// The last value of each option.
    public var values: [String: String] = [:]
    /// Every value of each option, in order, with comma-separated lists split (`--pin A,B --pin C`).
    public var lists: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public func value(_ option: String) -> String? { values[option] }

    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    public func list(_ option: String) -> [String] { lists[option] ?? [] }

    public func date(_ option: String) throws(UsageMessage) -> CivilDate? {
        guard let text = values[option] else { return nil }
        guard let date = CivilDate(text) else {
            throw .invalidValue(option: "--" + option, value: text, expected: .date)
        }
        return date
    }

    public func month(_ option: String) throws(UsageMessage) -> YearMonth? {
        guard let text = values[option] else { return nil }
        guard let month = YearMonth(text) else {
            throw .invalidValue(option: "--" + option, value: text, expected: .yearMonth)
        }
        return month
    }

    public func positiveInteger(_ option: String) throws(UsageMessage) -> Int? {
        guard let text = values[option] else { return nil }
        guard let number = Int(text), number > 0 else {
            throw .invalidValue(option: "--" + option, value: text, expected: .positiveInteger)
        }
        return number
    }

    /// An enum value by its raw spelling.
    public func choice<T: RawRepresentable & CaseIterable>(_ option: String, default defaultValue: T)
        throws(UsageMessage) -> T where T.RawValue == String
    {
        guard let text = values[option] else { return defaultValue }
        guard let value = T(rawValue: text) else {
            throw .invalidValue(option: "--" + option, value: text, expected: .oneOf(T.allCases.map(\.rawValue)))
        }
        return value
    }
}
