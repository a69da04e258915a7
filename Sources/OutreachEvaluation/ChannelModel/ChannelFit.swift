/// One fitted channel model:
///
///     visits(r, t) = regionLevel_r × P_r × monthLevel_t + Σ_c coefficient_c × multiplier_rc × feature_c(r, t)
///
/// The month level is one free factor per month shared by all regions: it absorbs season, holidays, the Spring
/// Festival and growth, so a channel is credited only with what regions that promoted more got over regions that
/// promoted less in the same month (the confounding with season the ratios suffer from).
public struct ChannelFit: Sendable {
    public var curves: [ResponseCurve]
    /// Per channel, ≥ 0: visits per month per million people at saturation (visits per event when linear).
    public var coefficients: [Double]
    public var regionLevels: [Double]
    public var monthLevels: [Double]
    /// `[region][channel]`: a region's response relative to the city's, shrunk toward 1 (empirical Bayes).
    public var multipliers: [[Double]]
    /// Weighted squared error of the fit.
    public var error: Double

    /// The expected monthly visits a region gets from holding `events` of a channel every month.
    public func steadyEffect(region: Int, channel: Int, events: Double, population: Double) -> Double {
        coefficients[channel] * multipliers[region][channel]
            * curves[channel].steadyEffect(events: events, population: population)
    }

    /// Visits one more event a month would bring at `events` a month (a forward difference).
    public func marginal(region: Int, channel: Int, events: Double, population: Double) -> Double {
        steadyEffect(region: region, channel: channel, events: events + 1, population: population)
            - steadyEffect(region: region, channel: channel, events: events, population: population)
    }
}
