import OutreachModel

/// Everything the monthly meeting reads about one month, as values; the reports layer turns it into a pack.
public struct MonthlyEvaluation: Sendable {
    public var month: YearMonth
    public var city: RegionResult
    /// Regions with records, in ranking order (unranked last).
    public var regions: [RegionResult]
    /// Donations per event by region and channel over the findings window (the heat map).
    public var channelYields: [ChannelYield]
    /// Months the channel yields cover.
    public var window: [YearMonth]
    public var findings: [Finding]
    public var actions: [ActionProgress]
    /// Units and targets of the city and each region over the 24 months ending with `month`.
    public var trends: [Trend]
    /// The evaluated month has no donation rows at all.
    public var isEmpty: Bool
}

/// A region's indicators and lights for the month, with the leader accountable for it.
public struct RegionResult: Hashable, Sendable {
    public var regionCode: String
    public var leaderID: String?
    public var values: [Indicator: IndicatorValue]
    public var lights: [Indicator: TrafficLight]
    /// 1 = best by the ranking indicator; nil when that indicator is missing.
    public var rank: Int?

    public func value(_ indicator: Indicator) -> Double? { values[indicator]?.value }
}

public struct Trend: Hashable, Sendable {
    public var regionCode: String
    public var months: [YearMonth]
    /// Nil where the month has no rows.
    public var units: [Double?]
    public var targets: [Double?]
}
