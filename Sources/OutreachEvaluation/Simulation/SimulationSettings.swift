import Foundation
import OutreachModel

/// The ground-truth response model of the simulator, with Maoming's published totals as its calibration anchors.
/// Every figure other than the anchors is an assumption chosen to look like a city blood station; the truth file
/// the simulator writes repeats them so a model can be scored against them.
public struct SimulationSettings: Hashable, Sendable, Codable {
    /// City totals a year must match: over the first `months` months of `year`.
    public struct Anchor: Hashable, Sendable, Codable {
        public var year: Int
        public var months: Int
        public var visits: Double
        public var units: Double
        public var source: String
    }

    /// One channel's response: visits per month per million people at saturation (`peak`), geometric carry-over
    /// of events into later months (`carryOver`), events per million per month at half effect
    /// (`halfSaturation`), the Hill shape, and how often the station holds it.
    public struct ChannelTruth: Hashable, Sendable, Codable {
        public var code: String
        public var peak: Double
        public var carryOver: Double
        public var halfSaturation: Double
        public var shape: Double
        /// Mean events per month per million people.
        public var eventsPerMillion: Double
        /// Twelve multipliers of `eventsPerMillion` (January first): vacations, July, June 14 …
        public var activity: [Double]
        public var reachPerEvent: Double
        public var costPerEvent: Double
    }

    public var anchors: [Anchor]
    /// Yearly growth of the totals after the last anchor (and before the first, backwards).
    public var growth: Double
    /// Standard deviation of the multiplicative month-to-month noise of a region's donations.
    public var noise: Double
    public var channels: [ChannelTruth]
    /// How donations not brought by a channel split over venue kinds.
    public var baselineVenueShares: [String: Double]
    public var firstTimeShare: Double
    public var deferralRate: Double
    /// Platelet doses per fixed-site visit.
    public var plateletDosesPerFixedSiteVisit: Double
    /// The Spring Festival month keeps this share of the January–February mean; the other month takes the rest.
    public var springFestivalDip: Double

    /// Maoming's published totals (domain reference §3; 2022 covers January–November) and the defaults above.
    public static let maoming = SimulationSettings(
        anchors: [
            Anchor(year: 2018, months: 12, visits: 56_593, units: 83_852.3, source: "seed 000/001"),
            Anchor(year: 2019, months: 12, visits: 64_182, units: 97_307.4, source: "seed 000/001"),
            Anchor(year: 2020, months: 12, visits: 72_119, units: 111_838.4, source: "seed 000/001"),
            Anchor(year: 2021, months: 12, visits: 81_455, units: 125_360.2, source: "seed 000/001"),
            Anchor(year: 2022, months: 11, visits: 74_538, units: 119_331.45, source: "seed 003 (Jan–Nov)"),
        ],
        growth: 0.05, noise: 0.08,
        channels: [
            channel(
                "school-talk", 130, 0.3, 6, 1.2, 8, [0.1, 0.1, 1.2, 1, 1, 1, 0.1, 0.1, 1.4, 1.4, 1.2, 1], 180, 300),
            channel("government-notice", 60, 0.2, 2, 1, 2, [1, 0.5, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1], 400, 50),
            channel("township-talk", 120, 0.4, 8, 1.3, 10, [1.3, 0.6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2], 120, 400),
            channel("street-bloodmobile", 90, 0.1, 10, 1.5, 10, Array(repeating: 1, count: 12), 250, 600),
            channel("poster", 15, 0.5, 20, 1, 15, Array(repeating: 1, count: 12), 500, 80),
            channel("wechat-post", 40, 0.3, 8, 0.9, 8, Array(repeating: 1, count: 12), 3_000, 0),
            channel("sms", 35, 0.2, 4, 1, 3, Array(repeating: 1, count: 12), 5_000, 500),
            channel("phone-follow-up", 30, 0.2, 3, 1, 3, Array(repeating: 1, count: 12), 80, 100),
            channel("enterprise", 60, 0.3, 3, 1.2, 3, [1, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 300, 200),
            channel("donor-day", 40, 0.2, 1, 1, 2, [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0].map { $0 * 6 }, 1_000, 3_000),
            channel(
                "emergency-appeal", 70, 0, 1, 1, 1, [0.1, 1.5, 1.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3],
                20_000, 0),
        ],
        baselineVenueShares: ["fixed-site": 0.6, "street": 0.25, "community": 0.15],
        firstTimeShare: 0.58, deferralRate: 0.095, plateletDosesPerFixedSiteVisit: 0.06, springFestivalDip: 0.85)

    private static func channel(
        _ code: String, _ peak: Double, _ carryOver: Double, _ halfSaturation: Double, _ shape: Double,
        _ events: Double, _ activity: [Double], _ reach: Double, _ cost: Double
    ) -> ChannelTruth {
        ChannelTruth(
            code: code, peak: peak, carryOver: carryOver, halfSaturation: halfSaturation, shape: shape,
            eventsPerMillion: events, activity: activity, reachPerEvent: reach, costPerEvent: cost)
    }

    /// What a year is calibrated to: an anchored year's published totals over its months; any other year, twelve
    /// months grown from the nearest anchor (a partial anchor first scaled to twelve months).
    public func calibrationTarget(_ year: Int) -> Anchor {
        if let anchor = anchors.first(where: { $0.year == year }) { return anchor }
        guard let first = anchors.first, let last = anchors.last else {
            return Anchor(year: year, months: 12, visits: 0, units: 0, source: "")
        }
        let nearest = year < first.year ? first : last
        let scale = 12 / Double(nearest.months) * pow(1 + growth, Double(year - nearest.year))
        return Anchor(
            year: year, months: 12, visits: nearest.visits * scale, units: nearest.units * scale,
            source: "extrapolated from \(nearest.year) at \(Int(growth * 100))%/yr")
    }
}
