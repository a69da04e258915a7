/// How the channel response model is fitted and how far its suggestions may move promotion
/// (`Templates/evaluation.json › model`; README › Channel model).
public struct ModelSettings: Hashable, Sendable, Codable {
    /// Months of history below which no model is fitted: two years let season and channels be told apart.
    public var minimumMonths: Int
    /// Regions below which no model is fitted: channels are separated from season by comparing regions in a month.
    public var minimumRegions: Int
    /// Bootstrap replicates (months resampled) for the intervals.
    public var bootstrapReplicates: Int
    /// Coverage of the intervals shown: 0.8 prints the 10th–90th percentile.
    public var intervalCoverage: Double
    /// Months forecast one step ahead from a rolling origin to measure the forecast error.
    public var validationMonths: Int
    /// Seed of the bootstrap, so a run can be repeated exactly.
    public var seed: UInt64
    /// Variance inflation beyond which a channel is reported as moving together with others.
    public var collinearity: Double
    /// Share of region-months with events below which a channel is not estimated.
    public var minimumEventShare: Double
    /// A region's events of a channel may change by at most this share of last month's …
    public var maximumShift: Double
    /// … or by this many events, whichever is larger.
    public var minimumStep: Int
    /// Share of bootstrap fits that must agree a move gains before it is suggested.
    public var minimumAgreement: Double
    /// Channels the suggestions never move: held for their own reasons (an appeal answers a shortage).
    public var fixedChannels: [String]
    public var priors: ModelPriors

    public init(
        minimumMonths: Int = 24, minimumRegions: Int = 3, bootstrapReplicates: Int = 60, intervalCoverage: Double = 0.8,
        validationMonths: Int = 12, seed: UInt64 = 2026, collinearity: Double = 10, minimumEventShare: Double = 0.1,
        maximumShift: Double = 0.5, minimumStep: Int = 2, minimumAgreement: Double = 0.5,
        fixedChannels: [String] = ["emergency-appeal", "donor-day"], priors: ModelPriors = ModelPriors()
    ) {
        self.priors = priors
        self.minimumMonths = minimumMonths
        self.minimumRegions = minimumRegions
        self.bootstrapReplicates = bootstrapReplicates
        self.intervalCoverage = intervalCoverage
        self.validationMonths = validationMonths
        self.seed = seed
        self.collinearity = collinearity
        self.minimumEventShare = minimumEventShare
        self.maximumShift = maximumShift
        self.minimumStep = minimumStep
        self.minimumAgreement = minimumAgreement
        self.fixedChannels = fixedChannels
    }
}

/// The channel model's priors, stated so a station can read and change them (`evaluation.json` › model › priors).
/// Each is weak: a few dozen township-months outweigh it.
public struct ModelPriors: Hashable, Sendable, Codable {
    /// Carry-over: normal with this mean and deviation.
    public var carryOverMean: Double
    public var carryOverDeviation: Double
    /// Half-saturation: log-normal around the channel's typical events per million, this deviation in log units.
    public var saturationDeviation: Double
    /// A channel's peak: half-normal on the share of a region's visits the channel brings at its typical level, with
    /// this deviation (0.3: a channel bringing more than 60 % of visits is a two-deviation surprise). PyMC-Marketing
    /// puts a half-normal on the scaled channel coefficients the same way.
    public var peakShareDeviation: Double
    /// Noise: Poisson counts times a multiplicative spread with this coefficient of variation, which sets how much
    /// a small township's month counts against a large one's.
    public var multiplicativeNoise: Double

    public init(
        carryOverMean: Double = 0.3, carryOverDeviation: Double = 0.25, saturationDeviation: Double = 1,
        peakShareDeviation: Double = 0.3, multiplicativeNoise: Double = 0.1
    ) {
        self.carryOverMean = carryOverMean
        self.carryOverDeviation = carryOverDeviation
        self.saturationDeviation = saturationDeviation
        self.peakShareDeviation = peakShareDeviation
        self.multiplicativeNoise = multiplicativeNoise
    }
}
