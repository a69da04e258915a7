import OutreachModel

/// A row that intake replaces by period: recording a period again replaces all its rows, and rows are matched by
/// key so the change can be told as rows added, removed or changed.
public protocol IntakeRow: Sendable {
    /// The period the row belongs to (`2026-10`, or `2027` for an annual target).
    var period: String { get }
    var key: String { get }
    /// Same figures, whatever bookkeeping (such as a source line) differs.
    func hasSameFigures(as other: Self) -> Bool
}

/// A row of monthly intake, unique by month, region and a detail (a channel, a venue kind).
public protocol MonthlyRecord: IntakeRow, Hashable {
    var month: YearMonth { get }
    var regionCode: String { get }
    var detail: String { get }
    /// Where the row came from; bookkeeping, not a figure.
    var source: String { get set }
}

extension MonthlyRecord {
    public var period: String { month.description }
    public var key: String { month.description + "|" + regionCode + "|" + detail }
    public func hasSameFigures(as other: Self) -> Bool {
        var mine = self
        var theirs = other
        mine.source = ""
        theirs.source = ""
        return mine == theirs
    }
}

extension TargetRow: IntakeRow {
    public var period: String { span.description }
    public var key: String { span.description + "|" + regionCode }
    public func hasSameFigures(as other: TargetRow) -> Bool {
        regionCode == other.regionCode && span == other.span && units == other.units && notes == other.notes
    }
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
    /// Where the row came from, e.g. "模拟数据 synthetic"; kept with the row, free text.
    public var source: String

    public init(
        month: YearMonth, regionCode: String, channel: String, events: Int, reach: Int? = nil, cost: Double? = nil,
        source: String = ""
    ) {
        self.source = source
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
    public var source: String

    public init(
        month: YearMonth, regionCode: String, venueKind: VenueKind, visits: Int, units: Double, firstTime: Int? = nil,
        deferred: Int? = nil, plateletDoses: Int? = nil, source: String = ""
    ) {
        self.source = source
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

/// One venue-day with donations: a past drive (or fixed-site day) and its turnout, as the imported export or the
/// simulated world shows it. Calibration learns turnout from these; a month's rows replace the stored month's.
public struct DriveRecord: MonthlyRecord {
    public var date: CivilDate
    public var venueID: String
    public var regionCode: String
    public var venueKind: VenueKind
    /// Donations (人次), not counting deferrals.
    public var donations: Int
    public var deferred: Int
    public var units: Double
    public var plateletDoses: Int
    public var firstTime: Int
    public var source: String

    public init(
        date: CivilDate, venueID: String, regionCode: String, venueKind: VenueKind, donations: Int, deferred: Int,
        units: Double, plateletDoses: Int, firstTime: Int, source: String = ""
    ) {
        self.date = date
        self.venueID = venueID
        self.regionCode = regionCode
        self.venueKind = venueKind
        self.donations = donations
        self.deferred = deferred
        self.units = units
        self.plateletDoses = plateletDoses
        self.firstTime = firstTime
        self.source = source
    }

    public var month: YearMonth { YearMonth(date) }
    public var detail: String { date.description + "|" + venueID }
}
