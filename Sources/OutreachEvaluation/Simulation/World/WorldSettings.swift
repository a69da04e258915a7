import OutreachModel

/// The ground truth of the simulated world: how many donors a drive or a fixed-site day brings, by venue kind,
/// month and weekday, and how donors behave. Every figure is an assumption chosen to look like a city blood
/// station (the annual totals are Maoming's published ones); `records/simulation-truth.json` repeats them so a
/// calibration can be scored against them.
public struct WorldSettings: Hashable, Sendable, Codable {
    /// Annual city totals the world meets (units), with the growth used beyond them.
    public var anchors: [SimulationSettings.Anchor]
    public var growth: Double
    /// Twelve monthly weights (January first, mean 1 after normalising) of every venue's turnout; the Spring
    /// Festival month keeps `springFestivalDip` of the January–February mean.
    public var season: [Double]
    public var springFestivalDip: Double
    /// Donations per drive as a share of the venue's reach, by venue kind, before the year's level.
    public var turnoutShare: [String: Double]
    /// Multiplier of a campaign's turnout over its kind's (the civil-servant month, World Blood Donor Day).
    public var campaignLift: [String: Double]
    /// Spread (log-normal σ) of a venue's own turnout around its kind's.
    public var venueSpread: Double
    /// Donations on an ordinary fixed-site day as a share of the site's daily capacity, before level and season.
    public var fixedSiteShare: Double
    /// Fixed-site weekday factors, Monday first.
    public var fixedSiteWeekday: [Double]
    /// Turnout multiplier of a market drive with its science talk (seed 001 credits the talks with +42 %).
    public var talkLift: Double
    /// Lift of fixed-site days per county-month: at saturation, and events per million people at half of it.
    public var recallLift: [String: Double]
    public var recallHalfSaturation: Double
    /// Background events per million people per month, by channel (not tied to a drive).
    public var backgroundEvents: [String: Double]
    /// Share of whole-blood donations of 200, 300 and 400 ml.
    public var volumeShares: [Double]
    /// Share of fixed-site donations that are platelet apheresis (1 or 2 doses).
    public var plateletShare: Double
    /// Chance that a donation is by a donor not seen before (repeat donors come back after their interval).
    public var newDonorShare: Double
    /// Deferrals per attempt.
    public var deferralRate: Double
    /// Share of mobile-team working days a team is out on a drive.
    public var teamDaysUsed: Double

    /// Maoming's anchors and the defaults above.
    public static let maoming = WorldSettings(
        anchors: SimulationSettings.maoming.anchors, growth: SimulationSettings.maoming.growth,
        season: [8.6, 6.2, 8.6, 8.6, 8.9, 8.9, 7.0, 6.8, 8.9, 9.3, 9.1, 9.5], springFestivalDip: 0.8,
        turnoutShare: [
            "market": 0.0035, "street": 0.0009, "community": 0.0035, "college": 0.0035, "school": 0.003,
            "government": 0.011, "enterprise": 0.005,
        ],
        campaignLift: ["civil-servant-month": 1.6, "world-blood-donor-day": 1.3], venueSpread: 0.25,
        fixedSiteShare: 0.42, fixedSiteWeekday: [0.9, 0.88, 0.9, 0.92, 1.0, 1.25, 1.2], talkLift: 1.42,
        recallLift: ["sms": 0.06, "wechat-post": 0.05, "phone-follow-up": 0.05], recallHalfSaturation: 4,
        backgroundEvents: ["sms": 3, "wechat-post": 6, "phone-follow-up": 3, "poster": 4],
        volumeShares: [0.3, 0.25, 0.45], plateletShare: 0.06, newDonorShare: 0.5, deferralRate: 0.095,
        teamDaysUsed: 0.85)

    /// The world for a workspace: Maoming's published totals for Maoming; for another city no anchors, because
    /// the sample venue lists are partial and could not carry a whole city's totals (its level then follows these
    /// shares and capacities, growing 5 % a year).
    public static func forCity(_ code: String) -> WorldSettings {
        var settings = maoming
        if code != "440900" { settings.anchors = [] }
        return settings
    }

    /// Units of a mean whole-blood donation (one unit is 200 ml).
    public var meanWholeBloodUnits: Double {
        volumeShares.count == 3 ? volumeShares[0] + 1.5 * volumeShares[1] + 2 * volumeShares[2] : 1.5
    }

    /// What a year is anchored to (see `SimulationSettings.calibrationTarget`).
    public func anchor(_ year: Int) -> SimulationSettings.Anchor {
        SimulationSettings(
            anchors: anchors, growth: growth, noise: 0, channels: [], baselineVenueShares: [:], firstTimeShare: 0,
            deferralRate: 0, plateletDosesPerFixedSiteVisit: 0, springFestivalDip: 1
        ).calibrationTarget(year)
    }
}
