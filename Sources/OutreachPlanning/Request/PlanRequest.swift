import OutreachModel

/// What the user asked the planner for.
public struct PlanRequest: Sendable {
    public var from: CivilDate
    public var to: CivilDate
    /// The day the plan is made; no drive sooner than a campaign's lead time from it unless pinned.
    public var today: CivilDate
    /// Plan only venues and targets inside this region (a code), or the whole city.
    public var regionCode: String?
    public var seed: UInt64
    public var pins: [DriveID]
    public var blocks: [Block]
    /// Include campaigns held only in a declared shortage (emergency appeal, extended fixed-site hours).
    public var shortage: Bool
    /// For a re-plan: drives before `replanFrom` are kept as they were; later ones seed the search, which
    /// moves as few of them as it can.
    public var previous: [PlannedDrive]
    public var replanFrom: CivilDate?
    /// The stock level that calls for a shortage plan (`stock.json`'s rules on the recorded stock), or nil.
    public var stockTrigger: StockTrigger?

    /// Shortage-only campaigns are planned on request or when the stock level says so.
    public var includesShortageCampaigns: Bool { shortage || stockTrigger?.level.shortageCampaigns == true }

    public init(
        from: CivilDate, to: CivilDate, today: CivilDate, regionCode: String? = nil, seed: UInt64 = 1,
        pins: [DriveID] = [], blocks: [Block] = [], shortage: Bool = false, previous: [PlannedDrive] = [],
        replanFrom: CivilDate? = nil
    ) {
        self.from = from
        self.to = to
        self.today = today
        self.regionCode = regionCode
        self.seed = seed
        self.pins = pins
        self.blocks = blocks
        self.shortage = shortage
        self.previous = previous
        self.replanFrom = replanFrom
    }
}
