extension Schedule {
    /// Why a schedule cell could not be read; the message layer turns it into words.
    public enum ParseError: Error, Hashable, Sendable {
        case unknownRule(String)
        case badWeekday(String)
        case badMarketDigits(String)
        case badHours(String)
        case missingTermID
    }

    private static let chineseDigits: [Character: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 0,
    ]

    /// Reads a schedule cell; see the type's documentation for the spellings.
    public init(parsing text: String) throws(ParseError) {
        let cell = text.trimmingSpaces()
        let (head, rest) = Self.split(cell)
        switch head.lowercased() {
        case "daily": self = .daily
        case "workdays": self = .workdays
        case "rest-days": self = .restDays
        case "weekdays": self = .weekdays(try Self.weekdays(rest))
        case "market": self = .market(digits: try Self.digits(rest), lunar: false)
        case "lunar-market": self = .market(digits: try Self.digits(rest), lunar: true)
        case "term":
            guard !rest.isEmpty else { throw .missingTermID }
            self = .term(calendarID: rest)
        case "hours": self = .hours(try Self.hours(rest))
        default:
            if cell.hasPrefix("农历逢") {
                self = .market(digits: try Self.chinese(String(cell.dropFirst(3)), original: cell), lunar: true)
            } else if cell.hasPrefix("逢") {
                self = .market(digits: try Self.chinese(String(cell.dropFirst(1)), original: cell), lunar: false)
            } else {
                throw .unknownRule(cell)
            }
        }
    }

    /// The canonical spelling, so a parsed schedule can be written back unchanged.
    public var spelling: String {
        switch self {
        case .daily: return "daily"
        case .workdays: return "workdays"
        case .restDays: return "rest-days"
        case .weekdays(let days): return "weekdays:" + days.map(\.code).joined(separator: ",")
        case .market(let digits, let lunar):
            return (lunar ? "lunar-market:" : "market:") + digits.map(String.init).joined(separator: ",")
        case .term(let id): return "term:" + id
        case .hours(let hours):
            return "hours:"
                + hours.spans.map { span in
                    span.weekdays.map(\.code).joined(separator: ",") + " " + Self.clock(span.opens) + "-"
                        + Self.clock(span.closes)
                }.joined(separator: "; ")
        }
    }

    private static func split(_ cell: String) -> (String, String) {
        guard let colon = cell.firstIndex(of: ":") else { return (cell, "") }
        return (String(cell[..<colon]).trimmingSpaces(), String(cell[cell.index(after: colon)...]).trimmingSpaces())
    }

    private static func weekdays(_ text: String) throws(ParseError) -> [Weekday] {
        var result: [Weekday] = []
        for item in text.split(separator: ",").map({ $0.trimmingSpaces() }) {
            let ends = item.split(separator: "-").map(String.init)
            guard let first = ends.first.flatMap(Weekday.init(code:)),
                let last = ends.last.flatMap(Weekday.init(code:)), ends.count <= 2, first <= last
            else { throw .badWeekday(item) }
            result += Weekday.allCases.filter { $0 >= first && $0 <= last }
        }
        guard !result.isEmpty else { throw .badWeekday(text) }
        return result
    }

    private static func digits(_ text: String) throws(ParseError) -> [Int] {
        let items = text.split(whereSeparator: { $0 == "," || $0 == "/" }).map { $0.trimmingSpaces() }
        let digits = items.compactMap { Int($0) }
        guard !digits.isEmpty, digits.count == items.count, digits.allSatisfy({ (0...9).contains($0) }) else {
            throw .badMarketDigits(text)
        }
        return digits
    }

    private static func chinese(_ text: String, original: String) throws(ParseError) -> [Int] {
        let digits = text.compactMap { chineseDigits[$0] }
        guard !digits.isEmpty, digits.count == text.count else { throw .badMarketDigits(original) }
        return digits
    }

    private static func hours(_ text: String) throws(ParseError) -> OpeningHours {
        var spans: [OpeningHours.Span] = []
        for part in text.split(separator: ";").map({ $0.trimmingSpaces() }) where !part.isEmpty {
            let pieces = part.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard pieces.count == 2, let days = try? weekdays(pieces[0]) else { throw .badHours(part) }
            let times = pieces[1].split(separator: "-").map(String.init)
            guard times.count == 2, let opens = minutes(times[0]), let closes = minutes(times[1]), opens < closes
            else { throw .badHours(part) }
            spans.append(.init(weekdays: days, opens: opens, closes: closes))
        }
        guard !spans.isEmpty else { throw .badHours(text) }
        return OpeningHours(spans: spans)
    }

    private static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...30).contains(hours),
            (0...59).contains(minutes)
        else { return nil }
        return hours * 60 + minutes
    }

    private static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
