import OutreachModel

/// Simulated rows and the truth they were drawn from.
public struct SimulationResult: Sendable {
    public var promotion: [PromotionRecord]
    public var donations: [DonationRecord]
    public var truth: Truth

    /// A scripted change in the promotion plan.
    public struct Episode: Hashable, Sendable, Codable {
        public var regionCode: String
        public var channel: String
        public var from: YearMonth
        public var through: YearMonth
    }

    /// Everything needed to score a model: parameters, per-region draws, per-year calibration, and for every
    /// region-month the expected baseline, each channel's expected contribution and the noise factor.
    public struct Truth: Sendable, Codable {
        public var model: String
        public var seed: UInt64
        public var settings: SimulationSettings
        public var regions: [RegionTruth]
        public var years: [YearTruth]
        public var episode: Episode?
        public var cells: [Cell]
    }

    public struct RegionTruth: Hashable, Sendable, Codable {
        public var code: String
        public var population: Int
        public var propensity: Double
        public var channelStyle: [String: Double]
    }

    public struct YearTruth: Hashable, Sendable, Codable {
        public var year: Int
        public var level: Double
        public var unitsPerVisit: Double
        public var target: SimulationSettings.Anchor
    }

    public struct Cell: Hashable, Sendable, Codable {
        public var month: YearMonth
        public var regionCode: String
        public var baseline: Double
        public var channels: [String: Double]
        public var noise: Double
        public var visits: Int
        public var units: Double
    }
}
