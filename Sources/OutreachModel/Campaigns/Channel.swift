/// A promotion channel (school talk, WeChat post, SMS …); the evaluator counts promotion per channel.
public struct Channel: Hashable, Sendable, Codable, Identifiable {
    /// Stable code used in data files, e.g. `school-talk`.
    public var code: String
    public var name: String
    public var englishName: String
    /// The venues whose donations the channel recruits for; the evaluator attributes their visits to the channel
    /// when it reports donations per event. Empty means all venues.
    public var venueKinds: [VenueKind]
    /// Staff-days one event takes (a talk: a speaker and a helper); the suggestions keep promotion within the
    /// staff-days the station has shown it can spend.
    public var staffDaysPerEvent: Double

    public var id: String { code }

    public init(
        code: String, name: String, englishName: String, venueKinds: [VenueKind] = [], staffDaysPerEvent: Double = 0
    ) {
        self.code = code
        self.name = name
        self.englishName = englishName
        self.venueKinds = venueKinds
        self.staffDaysPerEvent = staffDaysPerEvent
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        name = try container.decode(String.self, forKey: .name)
        englishName = try container.decode(String.self, forKey: .englishName)
        venueKinds = try container.decodeIfPresent([VenueKind].self, forKey: .venueKinds) ?? []
        staffDaysPerEvent = try container.decodeIfPresent(Double.self, forKey: .staffDaysPerEvent) ?? 0
    }
}
