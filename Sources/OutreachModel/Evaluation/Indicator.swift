/// The indicators of the monthly evaluation, each in DHIS2's shape: numerator / denominator × factor.
public enum Indicator: String, CaseIterable, Sendable, Codable {
    /// Donor visits × 12 per 1000 population: the month's pace as a yearly donation rate (千人口献血率).
    case donationRate
    /// Units against the month's target, %.
    case monthAttainment
    /// Units against the target from January to the month, %.
    case yearToDateAttainment
    /// Change of units against the same month a year earlier (同比), %.
    case yearOnYear
    /// Change of units against the month before (环比), %.
    case monthOnMonth
    case unitsPerVisit
    /// Deferred among all who came forward (donated or deferred), %.
    case deferralRate
    /// First-time donors among donor visits, %.
    case firstTimeRate
    /// Promotion events per 100,000 population in the month.
    case promotionRate

    /// Multiplier applied to numerator / denominator.
    public var factor: Double {
        switch self {
        case .donationRate: return 12_000
        case .unitsPerVisit: return 1
        case .promotionRate: return 100_000
        default: return 100
        }
    }
}

/// One indicator value with the figures it was computed from, so every number in a pack can be checked by hand.
public struct IndicatorValue: Hashable, Sendable, Codable {
    public var indicator: Indicator
    public var numerator: Double
    public var denominator: Double

    public init(_ indicator: Indicator, numerator: Double, denominator: Double) {
        self.indicator = indicator
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Nil when the denominator is zero: "no data" is not the same as 0.
    public var value: Double? { denominator > 0 ? numerator / denominator * indicator.factor : nil }
}
