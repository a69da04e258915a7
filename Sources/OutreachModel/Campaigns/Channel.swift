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
    /// The campaign template whose drives this channel comes with (one event per drive, e.g. the township science
    /// talk at a market-day drive): such a channel moves only with its drives.
    public var campaign: String?

    public var id: String { code }

    public init(
        code: String, name: String, englishName: String, venueKinds: [VenueKind] = [], staffDaysPerEvent: Double = 0,
        campaign: String? = nil
    ) {
        self.campaign = campaign
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
        campaign = try container.decodeIfPresent(String.self, forKey: .campaign)
    }
}
