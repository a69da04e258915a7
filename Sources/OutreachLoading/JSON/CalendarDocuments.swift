import OutreachModel

/// `calendar.json` in a workspace: academic terms and local campaign periods.
struct CalendarDocument: Decodable {
    struct Term: Decodable {
        var name: String
        var from: String
        var to: String
    }
    struct Period: Decodable {
        var id: String
        var name: String
        var months: [Int]
        var sinceYear: Int?
        var notes: String?
    }
    var terms: [String: [Term]]?
    var campaignPeriods: [Period]?
}

/// `Templates/calendar/cn-holidays.json`: the State Council's schedule, as published each year.
struct HolidaysDocument: Decodable {
    var holidays: [String: String]
    var workdays: [String: String]
    var springFestival: [String: String]?
    var qingming: [String: String]?

    enum CodingKeys: String, CodingKey {
        case holidays, workdays, qingming
        case springFestival = "spring_festival"
    }
}

/// `Templates/calendar/observances.json`: fixed days such as World Blood Donor Day.
struct ObservancesDocument: Decodable {
    var observances: [Observance]
}

/// `Templates/calendar/lunar-months.json`: Gregorian first days of lunar months.
struct LunarDocument: Decodable {
    var monthStarts: [String]
    var leapMonthStarts: [String]?
}

struct ChannelsDocument: Decodable {
    var channels: [Channel]
}

struct SettingsDocument: Decodable {
    var name: String
    var englishName: String?
    var cityCode: String?
    var notes: String?
    var sample: SampleDocument?

    struct SampleDocument: Decodable {
        var years: Int?
        var through: String?
        var seed: Int?
    }
}

extension Observance: Decodable {
    enum CodingKeys: String, CodingKey { case id, name, englishName, month, day }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), name: try container.decode(String.self, forKey: .name),
            englishName: try container.decode(String.self, forKey: .englishName),
            month: try container.decode(Int.self, forKey: .month), day: try container.decode(Int.self, forKey: .day))
    }
}

/// Parses date strings found at JSON key paths, reporting each bad one.
struct DateCollector {
    let file: String
    var problems: [Problem] = []

    mutating func date(_ text: String, at keyPath: String) -> CivilDate? {
        if let date = CivilDate(text) { return date }
        problems.append(
            Problem(
                .error, .invalidValue(field: keyPath, value: text, expected: .date),
                location: SourceLocation(file: file, keyPath: keyPath)))
        return nil
    }
}
