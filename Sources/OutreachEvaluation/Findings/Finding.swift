import OutreachModel

/// Something the meeting should look at, sized in units (or visits) from the indicators or the channel model, with
/// the numbers that show it. Words live in the reports layer.
public enum Finding: Hashable, Sendable {
    /// A region whose month or year-to-date light is red or amber, with the month's gap taken apart.
    case behind(region: String, light: TrafficLight, gap: Gap, yearToDate: Double?, trough: YearMonth?)
    /// A month far above or below what the region's level and season predict.
    case anomaly(region: String, assessment: SeasonalBaseline.Assessment)
    /// A channel whose events fell by half or more against the same months a year earlier where the channel model
    /// says it worked (its interval excludes zero): the visits a month the cut costs.
    case channelCut(
        region: String, channel: String, events: Double, eventsBefore: Double, lost: ChannelAnalysis.Estimate,
        unitsPerVisit: Double)
    /// An open action whose indicator has hardly moved since its baseline; sized by its region's month gap.
    case actionNotMoving(ActionProgress, gap: Double)

    /// The month's gap to target (target − actual, units) as the sum of its parts.
    public struct Gap: Hashable, Sendable {
        public var target: Double
        public var actual: Double
        /// The target's monthly phasing asks more this month than the region's own season gives.
        public var season: Double
        /// The region's run-rate (level × season) falls short of the year's target pace.
        public var trend: Double
        /// Promotion's effect under the same month last year's mix less under this month's, by the channel model;
        /// nil without a fitted model.
        public var promotion: Double?
        /// What is left: chance and whatever the model does not see.
        public var other: Double

        public var total: Double { target - actual }
        /// Whether the gap could be taken apart (a year of targets and enough history for the season).
        public var isSplit: Bool = true
    }

    /// Stable code for CSV and JSON.
    public var code: String {
        switch self {
        case .behind(_, let light, _, _, _): return light == .red ? "behind-red" : "behind-amber"
        case .anomaly(_, let assessment): return assessment.score < 0 ? "anomaly-low" : "anomaly-high"
        case .channelCut: return "channel-cut"
        case .actionNotMoving: return "action-not-moving"
        }
    }

    public var regionCode: String {
        switch self {
        case .behind(let region, _, _, _, _), .anomaly(let region, _), .channelCut(let region, _, _, _, _, _):
            return region
        case .actionNotMoving(let progress, _): return progress.action.regionCode
        }
    }

    /// How much the finding matters, in units a month: findings are ranked by it.
    public var size: Double {
        switch self {
        case .behind(_, _, let gap, _, _): return max(0, gap.total)
        case .anomaly(_, let assessment): return abs(assessment.actual - assessment.expected)
        case .channelCut(_, _, _, _, let lost, let unitsPerVisit): return lost.value * unitsPerVisit
        case .actionNotMoving(_, let gap): return max(0, gap)
        }
    }

    /// A red or amber region's finding: the pack always shows these.
    public var isBehind: Bool {
        if case .behind = self { return true }
        return false
    }
}
