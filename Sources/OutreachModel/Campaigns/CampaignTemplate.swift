/// A kind of campaign a region leader can plan: who it targets, when it may run, what promotion comes with it
/// and what it is expected to yield.
///
/// Expected turnout and units per donor are defaults drawn from the seeds and literature, stated as such in
/// `defaultsNote`; a workspace overrides them in `workspace.json` under `templateOverrides`.
public struct CampaignTemplate: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var englishName: String
    /// Venue kinds the campaign is held at.
    public var venueKinds: [VenueKind]
    /// Days of preparation needed between deciding on a drive and holding it.
    public var leadTimeDays: Int
    /// Length of one drive in days (usually 1).
    public var durationDays: Int
    public var hoursPerDay: Double
    /// Collection staff a drive needs.
    public var staff: Int
    /// Promotion that comes with each drive.
    public var promotion: [PromotionItem]
    public var allowedDays: AllowedDays
    /// Days before the same venue may host this campaign again; whole blood donors return after 6 months.
    public var minimumRevisitDays: Int
    /// Share of the venue's eligible reach expected to donate at one drive when the pool is full (default).
    public var turnoutShareOfReach: Double
    /// Average units (1 U = 200 mL) per donation (default).
    public var unitsPerDonor: Double
    public var defaultsNote: String
    public var notes: String
    /// Whether anyone may come (street and market drives, fixed sites, appeals): only these are on the public
    /// schedule. Closed group drives (schools, government bodies, enterprises) are not; missing means not public.
    public var openToPublic: Bool?

    public var isPublic: Bool { openToPublic ?? false }

    public init(
        id: String, name: String, englishName: String, venueKinds: [VenueKind], leadTimeDays: Int,
        durationDays: Int = 1, hoursPerDay: Double = 8, staff: Int, promotion: [PromotionItem] = [],
        allowedDays: AllowedDays = AllowedDays(), minimumRevisitDays: Int, turnoutShareOfReach: Double,
        unitsPerDonor: Double, defaultsNote: String = "", notes: String = "", openToPublic: Bool? = nil
    ) {
        self.id = id
        self.name = name
        self.englishName = englishName
        self.venueKinds = venueKinds
        self.leadTimeDays = leadTimeDays
        self.durationDays = durationDays
        self.hoursPerDay = hoursPerDay
        self.staff = staff
        self.promotion = promotion
        self.allowedDays = allowedDays
        self.minimumRevisitDays = minimumRevisitDays
        self.turnoutShareOfReach = turnoutShareOfReach
        self.unitsPerDonor = unitsPerDonor
        self.defaultsNote = defaultsNote
        self.notes = notes
        self.openToPublic = openToPublic
    }
}

/// One promotion action bundled with a drive.
public struct PromotionItem: Hashable, Sendable, Codable {
    /// A channel code from `Templates/channels.json`.
    public var channel: String
    public var count: Int
    /// How many days before the drive the promotion happens.
    public var daysBefore: Int

    public init(channel: String, count: Int, daysBefore: Int) {
        self.channel = channel
        self.count = count
        self.daysBefore = daysBefore
    }
}

/// The days a campaign may run on, on top of the venue's own schedule. Every present condition must hold.
public struct AllowedDays: Hashable, Sendable, Codable {
    /// Months of the year (1–12), e.g. [7] for the civil-servant donation month.
    public var months: [Int]?
    /// An observance id (e.g. `world-blood-donor-day`) and how many days either side count.
    public var observance: String?
    public var windowDays: Int?
    /// A day rule in the venue-schedule spelling (`workdays`, `rest-days`, `weekdays:sat,sun` …).
    public var rule: String?
    /// Held only when the station declares a shortage (emergency appeal, extended fixed-site hours).
    public var onShortageOnly: Bool?
    /// Held only in the workspace's campaign period with this id (`calendar.json › campaignPeriods`), in its
    /// months; a city without that period does not use the template.
    public var campaignPeriod: String?

    public init(
        months: [Int]? = nil, observance: String? = nil, windowDays: Int? = nil, rule: String? = nil,
        onShortageOnly: Bool? = nil, campaignPeriod: String? = nil
    ) {
        self.months = months
        self.observance = observance
        self.windowDays = windowDays
        self.rule = rule
        self.onShortageOnly = onShortageOnly
        self.campaignPeriod = campaignPeriod
    }
}
