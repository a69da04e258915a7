/// What the station's own records say the planner should expect: `calibration.json` in the workspace, written by
/// `outreach calibrate`. Every figure carries its interval and the observations behind it; a parameter the data
/// could not support is absent and listed in `gaps`, so the planner keeps its default there and says so.
public struct Calibration: Hashable, Sendable, Codable {
    public var version = 1
    /// The months the records cover that were used (inclusive).
    public var from: YearMonth
    public var through: YearMonth
    /// The record files read, relative to the workspace.
    public var files: [String]
    /// Multiplier of every session's yield by calendar month (January first, mean 1).
    public var season: [Estimate]?
    /// Per county (the city's direct divisions): its own seasonal multipliers, shrunk toward the city's.
    public var regionSeason: [String: [Double]]?
    /// Growth of yields per year, from the yearly factors; projections carry it forward from `through`.
    public var yearlyGrowth: Estimate?
    /// The yield level of the last twelve months relative to the mean year (1 = as fitted); yields below are at
    /// this level.
    public var fixedSites: [FixedSiteYield]
    public var drives: [DriveTurnout]
    /// Summaries by campaign template × venue kind × county, for people to read (the planner uses `drives`).
    public var groups: [GroupTurnout]
    /// Units per donation by venue kind.
    public var unitsPerDonation: [String: Estimate]
    public var deferralRate: Estimate?
    public var firstTimeShare: Estimate?
    /// The latest backtest (`outreach backtest`): how far to trust an expectation.
    public var backtest: BacktestSummary?
    public var gaps: [CalibrationGap]

    public init(
        from: YearMonth, through: YearMonth, files: [String], season: [Estimate]? = nil,
        regionSeason: [String: [Double]]? = nil, yearlyGrowth: Estimate? = nil, fixedSites: [FixedSiteYield] = [],
        drives: [DriveTurnout] = [], groups: [GroupTurnout] = [], unitsPerDonation: [String: Estimate] = [:],
        deferralRate: Estimate? = nil, firstTimeShare: Estimate? = nil, backtest: BacktestSummary? = nil,
        gaps: [CalibrationGap] = []
    ) {
        self.from = from
        self.through = through
        self.files = files
        self.season = season
        self.regionSeason = regionSeason
        self.yearlyGrowth = yearlyGrowth
        self.fixedSites = fixedSites
        self.drives = drives
        self.groups = groups
        self.unitsPerDonation = unitsPerDonation
        self.deferralRate = deferralRate
        self.firstTimeShare = firstTimeShare
        self.backtest = backtest
        self.gaps = gaps
    }

    /// A fitted value with its 80 % interval and the observations behind it.
    public struct Estimate: Hashable, Sendable, Codable {
        public var value: Double
        public var low: Double
        public var high: Double
        public var observations: Int

        public init(value: Double, low: Double, high: Double, observations: Int) {
            self.value = value
            self.low = low
            self.high = high
            self.observations = observations
        }
    }

    /// A fixed site's donations on an open day in a month of seasonal weight 1, at the level of `through`, with
    /// weekday multipliers (Monday first, mean 1 over the site's open days).
    public struct FixedSiteYield: Hashable, Sendable, Codable {
        public var venue: String
        public var donationsPerDay: Estimate
        public var weekday: [Double]

        public init(venue: String, donationsPerDay: Estimate, weekday: [Double]) {
            self.venue = venue
            self.donationsPerDay = donationsPerDay
            self.weekday = weekday
        }
    }

    /// A drive venue's donations per drive in a month of seasonal weight 1, at the level of `through`: its own
    /// drives shrunk toward its kind (`ownWeight` 1 = its own drives alone), and as a share of its reach.
    public struct DriveTurnout: Hashable, Sendable, Codable {
        public var venue: String
        public var donationsPerDrive: Estimate
        public var shareOfReach: Double
        public var ownWeight: Double

        public init(venue: String, donationsPerDrive: Estimate, shareOfReach: Double, ownWeight: Double) {
            self.venue = venue
            self.donationsPerDrive = donationsPerDrive
            self.shareOfReach = shareOfReach
            self.ownWeight = ownWeight
        }
    }

    public struct GroupTurnout: Hashable, Sendable, Codable {
        public var template: String
        public var kind: VenueKind
        public var region: String
        public var donationsPerDrive: Estimate
        public var shareOfReach: Double

        public init(
            template: String, kind: VenueKind, region: String, donationsPerDrive: Estimate, shareOfReach: Double
        ) {
            self.template = template
            self.kind = kind
            self.region = region
            self.donationsPerDrive = donationsPerDrive
            self.shareOfReach = shareOfReach
        }
    }

    /// Prediction error of region-months over the last finished quarters, against two baselines.
    public struct BacktestSummary: Hashable, Sendable, Codable {
        public var quarters: Int
        public var regionMonths: Int
        /// Mean absolute percentage error and mean signed error (share of recorded units).
        public var calibratedMAPE: Double
        public var calibratedBias: Double
        public var lastYearMAPE: Double?
        public var defaultsMAPE: Double

        public init(
            quarters: Int, regionMonths: Int, calibratedMAPE: Double, calibratedBias: Double, lastYearMAPE: Double?,
            defaultsMAPE: Double
        ) {
            self.quarters = quarters
            self.regionMonths = regionMonths
            self.calibratedMAPE = calibratedMAPE
            self.calibratedBias = calibratedBias
            self.lastYearMAPE = lastYearMAPE
            self.defaultsMAPE = defaultsMAPE
        }
    }
}

/// A parameter the records could not support, so its default stays.
public enum CalibrationGap: Hashable, Sendable, Codable {
    /// Fewer months than a seasonal profile needs.
    case seasonNeedsMonths(have: Int, need: Int)
    /// No venue-days (no import or simulated venue-days): drive turnout stays the campaign default.
    case noVenueDays
    /// A venue kind with too few past drives to estimate.
    case kindWithoutDrives(VenueKind, drives: Int)
    /// A fixed site without enough open days with donations.
    case fixedSiteWithoutDays(venue: String, days: Int)
    /// No month of records overlaps the venue-days.
    case venueDaysOutsideRecords
}
