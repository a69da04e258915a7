import OutreachModel

/// A row of monthly intake. Rows are identified by their key within a month, so re-recording a month can say
/// which rows were added, removed or changed.
public protocol MonthlyRecord: Hashable, Sendable {
    var month: YearMonth { get }
    var regionCode: String { get }
    /// What makes the row unique within its month and region (a channel, a venue kind).
    var detail: String { get }
}

extension MonthlyRecord {
    public var key: String { month.description + "|" + regionCode + "|" + detail }
}

/// How many promotion events of one channel a region held in a month.
public struct PromotionRecord: MonthlyRecord {
    public var month: YearMonth
    public var regionCode: String
    /// A channel code from `Templates/channels.json`.
    public var channel: String
    public var events: Int
    /// People reached, when counted.
    public var reach: Int?
    /// Cost in yuan, when counted.
    public var cost: Double?

    public init(
        month: YearMonth, regionCode: String, channel: String, events: Int, reach: Int? = nil, cost: Double? = nil
    ) {
        self.month = month
        self.regionCode = regionCode
        self.channel = channel
        self.events = events
        self.reach = reach
        self.cost = cost
    }

    public var detail: String { channel }
}

/// Donations in a region in a month at one kind of venue.
public struct DonationRecord: MonthlyRecord {
    public var month: YearMonth
    public var regionCode: String
    public var venueKind: VenueKind
    /// Donor visits that ended in a donation (人次).
    public var visits: Int
    /// Units collected (1 U = 200 mL whole blood).
    public var units: Double
    public var firstTime: Int?
    /// People who came forward and were deferred at screening; they are not in `visits`.
    public var deferred: Int?
    public var plateletDoses: Int?

    public init(
        month: YearMonth, regionCode: String, venueKind: VenueKind, visits: Int, units: Double, firstTime: Int? = nil,
        deferred: Int? = nil, plateletDoses: Int? = nil
    ) {
        self.month = month
        self.regionCode = regionCode
        self.venueKind = venueKind
        self.visits = visits
        self.units = units
        self.firstTime = firstTime
        self.deferred = deferred
        self.plateletDoses = plateletDoses
    }

    public var detail: String { venueKind.rawValue }
}
