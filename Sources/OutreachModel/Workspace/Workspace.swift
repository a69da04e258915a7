/// One city's planning data: the regions and who answers for them, venues, teams, calendar and the
/// campaign templates in force there. A plain value; loading and saving live in `OutreachLoading`.
public struct Workspace: Sendable {
    public var settings: WorkspaceSettings
    public var regions: [Region]
    public var leaders: [Leader]
    public var assignments: [Assignment]
    public var venues: [Venue]
    public var teams: [Team]
    public var calendar: WorkspaceCalendar
    public var templates: [CampaignTemplate]
    public var channels: [Channel]
    public var donationRules: DonationRules?
    /// Rows of `targets.csv`; `TargetResolver` turns them into monthly targets.
    public var targets: [TargetRow]
    public var planning: PlanningSettings
    public var evaluation: EvaluationSettings
    /// Stock alert levels and the group mix (`Templates/stock.json`).
    public var stock = StockSettings()
    /// Each venue's blood-group mix among its imported donors, where enough of them have a recorded group.
    public var venueGroupMix: [String: [BloodGroup: Double]] = [:]
    /// From the imported donor table (`records/donors.csv`), when there is one; empty otherwise.
    public var recentDonations: [RecentDonations] = []
    /// The station's calibrated expectations (`calibration.json`), when `outreach calibrate` has run; read for
    /// planning only.
    public var calibration: Calibration?

    public init(
        settings: WorkspaceSettings = WorkspaceSettings(), regions: [Region] = [], leaders: [Leader] = [],
        assignments: [Assignment] = [], venues: [Venue] = [], teams: [Team] = [],
        calendar: WorkspaceCalendar = WorkspaceCalendar(), templates: [CampaignTemplate] = [],
        channels: [Channel] = [], donationRules: DonationRules? = nil, targets: [TargetRow] = [],
        planning: PlanningSettings = PlanningSettings(), evaluation: EvaluationSettings = EvaluationSettings()
    ) {
        self.settings = settings
        self.regions = regions
        self.leaders = leaders
        self.assignments = assignments
        self.venues = venues
        self.teams = teams
        self.calendar = calendar
        self.templates = templates
        self.channels = channels
        self.donationRules = donationRules
        self.targets = targets
        self.planning = planning
        self.evaluation = evaluation
    }

    public var tree: RegionTree { RegionTree(regions) }

    public var responsibilities: ResponsibilityIndex {
        ResponsibilityIndex(tree: tree, assignments: assignments)
    }

    /// Finds a leader by id or exact name.
    public func leader(named nameOrID: String) -> Leader? {
        let key = nameOrID.trimmingSpaces()
        if let byID = leaders.first(where: { $0.id == key }) { return byID }
        let named = leaders.filter { $0.name == key }
        return named.count == 1 ? named[0] : nil
    }

    /// The problem for a venue name two venues share (`V07 献血屋(茂南区)`, …); nil when it means at most one.
    public func venueAmbiguity(_ nameOrID: String) -> ProblemKind? {
        let named = venues.filter { $0.name == nameOrID }
        guard !venues.contains(where: { $0.id == nameOrID }), named.count > 1 else { return nil }
        let tree = tree
        return .ambiguousReference(
            .venue, nameOrID,
            candidates: named.map { venue in
                venue.id + " " + venue.name + (tree.region(code: venue.regionCode).map { "(\($0.name))" } ?? "")
            })
    }

    /// The problem for a leader name two leaders share; nil when it means at most one.
    public func leaderAmbiguity(_ nameOrID: String) -> ProblemKind? {
        let key = nameOrID.trimmingSpaces()
        let named = leaders.filter { $0.name == key }
        guard !leaders.contains(where: { $0.id == key }), named.count > 1 else { return nil }
        return .ambiguousReference(
            .leader, key, candidates: named.map { $0.id + " " + $0.name + ($0.branch.isEmpty ? "" : "(\($0.branch))") })
    }

    /// The region code or name nearest to a mistyped one, for "did you mean …?".
    public func regionSuggestion(for name: String) -> String? {
        NearestName.suggestion(for: name, among: regions.map(\.code) + regions.map(\.name))
    }

    /// The leader id or name nearest to a mistyped one.
    public func leaderSuggestion(for name: String) -> String? {
        NearestName.suggestion(for: name, among: leaders.map(\.id) + leaders.map(\.name))
    }
}

/// Workspace-wide settings from `workspace.json`.
public struct WorkspaceSettings: Hashable, Sendable {
    public var name: String
    public var englishName: String
    /// The division code of the city the workspace covers.
    public var cityCode: String
    public var notes: String
    /// Set on the bundled samples: write commands say the workspace is a sample, and `demo` rebuilds its history.
    public var sample: SampleSettings?

    public init(
        name: String = "", englishName: String = "", cityCode: String = "", notes: String = "",
        sample: SampleSettings? = nil
    ) {
        self.name = name
        self.englishName = englishName
        self.cityCode = cityCode
        self.notes = notes
        self.sample = sample
    }
}

/// How a bundled sample's history was simulated (`workspace.json › sample`), so `demo` can rebuild it exactly.
public struct SampleSettings: Hashable, Sendable {
    public var years: Int?
    public var through: YearMonth?
    public var seed: Int?

    public init(years: Int? = nil, through: YearMonth? = nil, seed: Int? = nil) {
        self.years = years
        self.through = through
        self.seed = seed
    }
}
