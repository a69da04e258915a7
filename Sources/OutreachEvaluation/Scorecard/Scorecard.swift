import OutreachModel

/// The party branch's yearly review: each leader's regions and months of accountability, with results against
/// targets. Months are attributed by assignment dates (`Accountability`), so a mid-year handover splits the year.
public struct Scorecard: Sendable {
    public var year: Int
    /// Months of the year with donation rows (a year in progress stops at the last recorded month).
    public var months: [YearMonth]
    /// Ranked by attainment, best first; leaders without any target come last.
    public var leaders: [LeaderScore]
    /// Region-months nobody was accountable for.
    public var unattributed: [Stint]

    public init(year: Int, workspace: Workspace, history: RecordHistory) {
        self.year = year
        let tree = workspace.tree
        let targets = TargetTable(
            TargetResolver.monthlyTargets(workspace.targets, profile: workspace.planning.seasonalProfile), tree: tree)
        let index = ResponsibilityIndex(tree: tree, assignments: workspace.assignments)
        let rule = workspace.evaluation.rule(for: .yearToDateAttainment)
        months = (1...12).compactMap { YearMonth(year: year, month: $0) }.filter { month in
            history.recordedRegions.contains { history.hasDonations($0, month) }
        }
        var stints: [Stint] = []
        for region in history.recordedRegions {
            var current: Stint?
            for month in months where history.hasDonations(region, month) {
                let leader = Accountability.leader(of: region, in: month, index: index)
                let target = targets.target(region, month)
                if var open = current, open.leaderID == leader, open.to.adding(months: 1) == month {
                    open.to = month
                    open.units += history.units(region, month)
                    open.target = target.map { ($0 + (open.target ?? 0)) } ?? open.target
                    current = open
                } else {
                    if let open = current { stints.append(open) }
                    current = Stint(
                        leaderID: leader, regionCode: region, from: month, to: month,
                        units: history.units(region, month), target: target)
                }
            }
            if let open = current { stints.append(open) }
        }
        for index in stints.indices { stints[index].light = stints[index].attainment.flatMap { rule?.light($0) } }
        unattributed = stints.filter { $0.leaderID == nil }
        var scores = Dictionary(grouping: stints.filter { $0.leaderID != nil }, by: { $0.leaderID! }).map {
            LeaderScore(leaderID: $0.key, stints: $0.value)
        }
        for index in scores.indices { scores[index].light = scores[index].attainment.flatMap { rule?.light($0) } }
        scores.sort { ($0.attainment ?? -1, $1.leaderID) > ($1.attainment ?? -1, $0.leaderID) }
        var rank = 0
        for index in scores.indices where scores[index].attainment != nil {
            rank += 1
            scores[index].rank = rank
        }
        leaders = scores
    }
}

/// An unbroken run of months in which one leader (or nobody) answered for one region.
public struct Stint: Hashable, Sendable {
    public var leaderID: String?
    public var regionCode: String
    public var from: YearMonth
    public var to: YearMonth
    public var units: Double
    /// Sum of the months' targets, nil when no month had one.
    public var target: Double?
    public var light: TrafficLight?

    public var attainment: Double? { target.flatMap { $0 > 0 ? units / $0 * 100 : nil } }
}

/// A leader's year: every stint, and their totals.
public struct LeaderScore: Hashable, Sendable {
    public var leaderID: String
    public var stints: [Stint]
    public var light: TrafficLight?
    public var rank: Int?

    public init(leaderID: String, stints: [Stint]) {
        self.leaderID = leaderID
        self.stints = stints.sorted { ($0.regionCode, $0.from) < ($1.regionCode, $1.from) }
    }

    public var units: Double { stints.reduce(0) { $0 + $1.units } }
    /// Targets of the stints that have one; units of stints without a target are not set against anything.
    public var target: Double? {
        let withTarget = stints.compactMap(\.target)
        return withTarget.isEmpty ? nil : withTarget.reduce(0, +)
    }
    public var unitsAgainstTarget: Double { stints.filter { $0.target != nil }.reduce(0) { $0 + $1.units } }
    public var attainment: Double? { target.flatMap { $0 > 0 ? unitsAgainstTarget / $0 * 100 : nil } }
}
