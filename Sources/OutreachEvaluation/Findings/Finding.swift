import OutreachModel

/// Something the meeting should look at, with the numbers that show it. Words live in the reports layer.
public enum Finding: Hashable, Sendable {
    /// A month far above or below what the region's level and season predict.
    case anomaly(region: String, assessment: SeasonalBaseline.Assessment)
    /// Donations per event of a channel rose or fell against the same months a year earlier.
    case channelYieldChanged(region: String, channel: String, now: ChannelYield, before: ChannelYield)
    /// Behind its year-to-date target with a trough ahead.
    case behindBeforeTrough(region: String, attainment: Double, gap: Double, trough: YearMonth)
    /// A channel that yielded at least half the city's rate for it a year ago and has (almost) stopped.
    case channelDropped(region: String, channel: String, now: ChannelYield, before: ChannelYield, cityRate: Double)
    /// An open action whose indicator has hardly moved since its baseline.
    case actionNotMoving(ActionProgress)

    /// Stable code for CSV and JSON.
    public var code: String {
        switch self {
        case .anomaly(_, let assessment): return assessment.score < 0 ? "anomaly-low" : "anomaly-high"
        case .channelYieldChanged(_, _, let now, let before):
            return (now.perEvent ?? 0) < (before.perEvent ?? 0) ? "channel-yield-fell" : "channel-yield-rose"
        case .behindBeforeTrough: return "behind-before-trough"
        case .channelDropped: return "channel-dropped"
        case .actionNotMoving: return "action-not-moving"
        }
    }

    public var regionCode: String {
        switch self {
        case .anomaly(let region, _), .channelYieldChanged(let region, _, _, _),
            .behindBeforeTrough(let region, _, _, _),
            .channelDropped(let region, _, _, _, _):
            return region
        case .actionNotMoving(let progress): return progress.action.regionCode
        }
    }

    /// How much the finding matters, for ordering: score-like, larger first.
    public var weight: Double {
        switch self {
        case .anomaly(_, let assessment): return abs(assessment.score)
        case .channelYieldChanged(_, _, let now, let before):
            guard let after = now.perEvent, let earlier = before.perEvent, earlier > 0 else { return 0 }
            return abs(after - earlier) / earlier * 4
        case .behindBeforeTrough(_, let attainment, _, _): return (100 - attainment) / 2
        case .channelDropped: return 3
        case .actionNotMoving: return 2.5
        }
    }
}
