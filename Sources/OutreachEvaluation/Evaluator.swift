import OutreachModel

/// Builds the monthly evaluation: indicators, lights, ranking, findings and action follow-up.
public struct Evaluator: Sendable {
    public let workspace: Workspace
    public let history: RecordHistory
    public let actions: [Action]
    /// The channel model fitted through the month: findings about promotion come from it, as the suggestions do.
    public let model: ChannelAnalysis?
    let calculator: IndicatorCalculator
    let responsibilities: ResponsibilityIndex
    let cityCode: String

    public init(workspace: Workspace, history: RecordHistory, actions: [Action], model: ChannelAnalysis? = nil) {
        self.model = model
        self.workspace = workspace
        self.history = history
        self.actions = actions
        let tree = workspace.tree
        let targets = TargetTable(
            TargetResolver.monthlyTargets(workspace.targets, profile: workspace.planning.seasonalProfile), tree: tree)
        calculator = IndicatorCalculator(history: history, targets: targets, tree: tree)
        responsibilities = ResponsibilityIndex(tree: tree, assignments: workspace.assignments)
        let code = workspace.settings.cityCode
        cityCode = tree.region(code: code) != nil ? code : tree.roots.first?.code ?? code
    }

    var settings: EvaluationSettings { workspace.evaluation }

    public func evaluate(_ month: YearMonth) -> MonthlyEvaluation {
        var regions = history.recordedRegions.map { result($0, month) }
        let rankBy = settings.rankBy
        let ranked = regions.filter { $0.value(rankBy) != nil }.sorted {
            ($0.value(rankBy)!, $1.regionCode) > ($1.value(rankBy)!, $0.regionCode)
        }
        var rank: [String: Int] = [:]
        for (position, region) in ranked.enumerated() { rank[region.regionCode] = position + 1 }
        for index in regions.indices { regions[index].rank = rank[regions[index].regionCode] }
        regions.sort { ($0.rank ?? Int.max, $0.regionCode) < ($1.rank ?? Int.max, $1.regionCode) }

        let window = (0..<max(1, settings.findings.window)).reversed().map { month.adding(months: -$0) }
        var yields: [ChannelYield] = []
        for region in history.recordedRegions {
            for channel in history.channels {
                let value = calculator.channelYield(region, channel, months: window)
                if value.events > 0 || value.attributedVisits > 0 && !channel.venueKinds.isEmpty {
                    yields.append(value)
                }
            }
        }
        let months = (0..<24).reversed().map { month.adding(months: -$0) }
        let trends = ([cityCode] + history.recordedRegions).map { region in
            Trend(
                regionCode: region, months: months,
                units: months.map { history.hasDonations(region, $0) ? history.units(region, $0) : nil },
                targets: months.map { calculator.targets.target(region, $0) })
        }
        let progress = actionProgress(month)
        return MonthlyEvaluation(
            month: month, city: result(cityCode, month), regions: regions, channelYields: yields, window: window,
            findings: findings(month, window: window, regions: regions, progress: progress), actions: progress,
            trends: trends, isEmpty: !history.hasDonations(cityCode, month))
    }

    func result(_ region: String, _ month: YearMonth) -> RegionResult {
        let values = calculator.values(region, month)
        var lights: [Indicator: TrafficLight] = [:]
        for (indicator, value) in values {
            if let rule = settings.rule(for: indicator), let number = value.value {
                lights[indicator] = rule.light(number)
            }
        }
        return RegionResult(
            regionCode: region, leaderID: Accountability.leader(of: region, in: month, index: responsibilities),
            values: values, lights: lights, rank: nil)
    }

    /// Actions open in the month or closed during it, each with its indicator at the baseline and now.
    func actionProgress(_ month: YearMonth) -> [ActionProgress] {
        progress(
            of: actions.filter { $0.baseline <= month && ($0.isOpen || YearMonth($0.closed!) >= month) }, in: month,
            seenIn: month)
    }

    /// Each action's indicator at its baseline and in `month`; overdue as seen in `current`.
    public func progress(of actions: [Action], in month: YearMonth, seenIn current: YearMonth) -> [ActionProgress] {
        actions.map { action in
            ActionProgress(
                action: action, before: calculator.values(action.regionCode, action.baseline)[action.indicator]?.value,
                now: calculator.values(action.regionCode, month)[action.indicator]?.value,
                isOverdue: action.isOverdue(in: current))
        }
    }
}
