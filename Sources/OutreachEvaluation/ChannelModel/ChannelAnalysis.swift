import OutreachModel

/// What the channel model can say about each channel, with intervals from the bootstrap, the forecast check and
/// plain warnings when the data cannot tell channels apart.
public struct ChannelAnalysis: Sendable {
    public enum Status: Hashable, Sendable {
        case fitted
        case tooFewMonths(Int)
        case tooFewRegions(Int)
        case noPromotion
    }

    /// A point estimate with its bootstrap interval.
    public struct Estimate: Hashable, Sendable, Codable {
        public var value: Double
        public var low: Double
        public var high: Double

        public init(value: Double, low: Double, high: Double) {
            self.value = value
            self.low = low
            self.high = high
        }
    }

    public enum ChannelStatus: Hashable, Sendable {
        case estimated
        /// Moved together with these channels: estimates are shown but not used to move events.
        case collinear(with: [String])
        /// Too few region-months with events to estimate.
        case tooFewEvents
    }

    public struct ChannelEstimate: Hashable, Sendable {
        public var code: String
        public var status: ChannelStatus
        /// Events in the last month, all regions.
        public var currentEvents: Double
        /// Visits brought per event over the fitted months, carry-over included.
        public var perEvent: Estimate?
        /// Visits one more event a month brings, at last month's level, averaged over the regions that held it.
        public var marginal: Estimate?
        public var curve: ResponseCurve?
        /// Share of the maximum effect reached at last month's level (0–1); nil for a linear response.
        public var saturation: Double?
        /// Variance inflation: how much of the channel's variation the other channels explain.
        public var inflation: Double?
    }

    /// One-step-ahead forecasts from a rolling origin: the model against the same month last year scaled by the
    /// region's growth.
    public struct Validation: Hashable, Sendable {
        public var months: [YearMonth]
        /// Mean absolute percentage error of the regions' monthly visits.
        public var modelError: Double
        public var naiveError: Double
    }

    public var status: Status
    public var panel: ChannelPanel
    public var settings: ModelSettings
    /// Channels in the panel that were fitted, by index into `panel.channels`.
    public var fittedChannels: [Int]
    public var fit: ChannelFit?
    public var replicates: [ChannelFit]
    public var channels: [ChannelEstimate]
    public var validation: Validation?

    public var month: YearMonth? { panel.months.last }
    public var isFitted: Bool { status == .fitted }

    /// The position of a panel channel among the fitted ones.
    public func fittedPosition(_ channel: Int) -> Int? { fittedChannels.firstIndex(of: channel) }
}
