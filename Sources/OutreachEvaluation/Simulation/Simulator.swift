import Foundation
import OutreachModel

/// Generates monthly promotion and donations per region from the ground-truth model of `SimulationSettings`:
///
///     visits(r, t) = noise(r, t) × [level(year) × baseline(r, t) + Σ_c peak_c · P_r · hill_c(adstock_c(r, t))]
///
/// where baseline = P_r × propensity_r × season(t) × within-year growth, P_r is the population in millions,
/// adstock_c(t) = events_c(t) + carryOver_c × adstock_c(t − 1), and hill(a) = a^s / (a^s + (K·P_r)^s). Each
/// year's level is solved so that the city's realised total over the calibration months equals the anchor, and
/// the year's units per visit likewise; so the published totals are met up to rounding whatever the noise.
public struct Simulator: Sendable {
    public var settings: SimulationSettings
    /// The twelve-month seasonal profile (any scale); the Spring Festival moves the January–February dip.
    public var profile: [Double]
    public var springFestival: [Int: CivilDate]

    public init(settings: SimulationSettings, profile: [Double], springFestival: [Int: CivilDate]) {
        self.settings = settings
        self.profile = profile
        self.springFestival = springFestival
    }

    /// - Parameters:
    ///   - dropLastMonths: one region stops its strongest local channel for this many final months, so the
    ///     evaluator has something real to find; the truth file records which.
    ///   - collinearPlan: every channel follows one campaign rhythm (same season, same regional emphasis and a
    ///     shared monthly push), so channels rise and fall together — the hard case for telling them apart.
    public func run(
        regions: [Region], from first: YearMonth, through last: YearMonth, channels: [Channel], seed: UInt64,
        dropLastMonths: Int = 4, collinearPlan: Bool = false
    ) -> SimulationResult {
        var random = SeededRandom(seed: seed)
        let start = YearMonth(year: first.year, month: 1)!
        let months = start.months(to: YearMonth(year: last.year, month: 12)!) + 1
        let truths = settings.channels.filter { truth in channels.contains { $0.code == truth.code } }
        let venueKinds = Dictionary(uniqueKeysWithValues: channels.map { ($0.code, $0.venueKinds) })
        let scale = regions.map { Double($0.population?.count ?? 0) / 1_000_000 }
        let propensity = regions.map { _ in 0.85 + 0.3 * random.unit() }
        var style = regions.map { _ in truths.map { _ in 0.6 + 0.8 * random.unit() } }
        let season = (0..<months).map { self.season(start.adding(months: $0)) }
        var push = regions.map { _ in Array(repeating: 1.0, count: months) }
        var activity = truths.map(\.activity)
        if collinearPlan {
            style = style.map { row in row.map { _ in row[0] } }
            push = push.map { row in row.map { _ in exp(0.6 * random.normal() - 0.18) } }
            activity = activity.map { _ in activity.first ?? Array(repeating: 1, count: 12) }
        }

        // The promotion plan, with one scripted drop.
        var events = regions.indices.map { r in
            truths.indices.map { c in
                (0..<months).map { t -> Double in
                    let month = start.adding(months: t)
                    let mean =
                        truths[c].eventsPerMillion * scale[r] * style[r][c] * activity[c][month.month - 1] * push[r][t]
                    return Double(random.poisson(mean))
                }
            }
        }
        var episode: SimulationResult.Episode?
        let lastOffset = start.months(to: last)
        if dropLastMonths > 0, !regions.isEmpty,
            let channel = truths.indices.max(by: { truths[$0].peak < truths[$1].peak })
        {
            let region = Int(random.next() % UInt64(regions.count))
            let from = max(0, lastOffset - dropLastMonths + 1)
            for t in from...lastOffset { events[region][channel][t] = 0 }
            episode = .init(
                regionCode: regions[region].code, channel: truths[channel].code, from: start.adding(months: from),
                through: last)
        }

        // Expected channel contributions and baseline shape.
        var contribution = regions.indices.map { _ in truths.indices.map { _ in Array(repeating: 0.0, count: months) } }
        for r in regions.indices {
            for c in truths.indices {
                let truth = truths[c]
                var adstock = 0.0
                for t in 0..<months {
                    adstock = events[r][c][t] + truth.carryOver * adstock
                    let half = pow(truth.halfSaturation * scale[r], truth.shape)
                    let response = adstock > 0 ? pow(adstock, truth.shape) / (pow(adstock, truth.shape) + half) : 0
                    contribution[r][c][t] = truth.peak * scale[r] * response
                }
            }
        }
        let shape = regions.indices.map { r in
            (0..<months).map { t in
                scale[r] * propensity[r] * season[t] * pow(1 + settings.growth, (Double(t % 12) - 5.5) / 12)
            }
        }
        let noise = regions.indices.map { _ in
            (0..<months).map { _ in exp(settings.noise * random.normal() - settings.noise * settings.noise / 2) }
        }

        // Calibrate each year's level and units per visit on the realised draw.
        var levels: [Int: Double] = [:]
        var unitsPerVisit: [Int: Double] = [:]
        var visits = regions.indices.map { _ in Array(repeating: 0, count: months) }
        let unitNoise = regions.indices.map { _ in (0..<months).map { _ in 1 + 0.02 * random.normal() } }
        for year in first.year...last.year {
            let target = settings.calibrationTarget(year)
            let yearStart = start.months(to: YearMonth(year: year, month: 1)!)
            let anchorMonths = yearStart..<(yearStart + target.months)
            var base = 0.0
            var channelsTotal = 0.0
            for r in regions.indices {
                for t in anchorMonths {
                    base += noise[r][t] * shape[r][t]
                    channelsTotal += noise[r][t] * truths.indices.reduce(0) { $0 + contribution[r][$1][t] }
                }
            }
            let level = base > 0 ? max(0, (target.visits - channelsTotal) / base) : 0
            levels[year] = level
            var weighted = 0.0
            for r in regions.indices {
                for t in yearStart..<(yearStart + 12) {
                    let expected = level * shape[r][t] + truths.indices.reduce(0) { $0 + contribution[r][$1][t] }
                    visits[r][t] = Int((noise[r][t] * expected).rounded())
                    if anchorMonths.contains(t) { weighted += Double(visits[r][t]) * unitNoise[r][t] }
                }
            }
            unitsPerVisit[year] = weighted > 0 ? target.units / weighted : 1.5
        }

        // Rows, split by venue kind.
        var promotion: [PromotionRecord] = []
        var donations: [DonationRecord] = []
        var cells: [SimulationResult.Cell] = []
        let firstOffset = start.months(to: first)
        for t in firstOffset...lastOffset {
            let month = start.adding(months: t)
            for r in regions.indices {
                var shares: [VenueKind: Double] = [:]
                let baseline = levels[month.year]! * shape[r][t]
                for (kind, share) in settings.baselineVenueShares {
                    if let kind = VenueKind(rawValue: kind) { shares[kind, default: 0] += baseline * share }
                }
                for c in truths.indices {
                    let kinds = venueKinds[truths[c].code] ?? []
                    let spread =
                        kinds.isEmpty
                        ? settings.baselineVenueShares.compactMap { key, value in
                            VenueKind(rawValue: key).map { ($0, value) }
                        } : kinds.map { ($0, 1 / Double(kinds.count)) }
                    for (kind, share) in spread { shares[kind, default: 0] += contribution[r][c][t] * share }
                    if events[r][c][t] > 0 {
                        let count = events[r][c][t]
                        promotion.append(
                            PromotionRecord(
                                month: month, regionCode: regions[r].code, channel: truths[c].code, events: Int(count),
                                reach: Int((count * truths[c].reachPerEvent * (0.8 + 0.4 * random.unit())).rounded()),
                                cost: (count * truths[c].costPerEvent).rounded(), source: Self.source(seed)))
                    }
                }
                let units = Self.halfUnits(Double(visits[r][t]) * unitsPerVisit[month.year]! * unitNoise[r][t])
                let kinds = VenueKind.allCases.filter { (shares[$0] ?? 0) > 0 }
                let kindVisits = Self.apportion(visits[r][t], weights: kinds.map { shares[$0]! })
                let kindUnits = Self.apportionHalves(units, weights: kindVisits.map(Double.init))
                for (index, kind) in kinds.enumerated() where kindVisits[index] > 0 {
                    let count = Double(kindVisits[index])
                    let deferral = min(0.3, max(0.02, settings.deferralRate + 0.01 * random.normal()))
                    donations.append(
                        DonationRecord(
                            month: month, regionCode: regions[r].code, venueKind: kind, visits: kindVisits[index],
                            units: kindUnits[index],
                            firstTime: Int(
                                (count * min(0.95, max(0.05, settings.firstTimeShare + 0.03 * random.normal())))
                                    .rounded()),
                            deferred: Int((count * deferral / (1 - deferral)).rounded()),
                            plateletDoses: kind == .fixedSite
                                ? Int((count * settings.plateletDosesPerFixedSiteVisit).rounded()) : nil,
                            source: Self.source(seed)))
                }
                cells.append(
                    .init(
                        month: month, regionCode: regions[r].code, baseline: baseline,
                        channels: Dictionary(
                            uniqueKeysWithValues: truths.indices.map { (truths[$0].code, contribution[r][$0][t]) }),
                        noise: noise[r][t], visits: visits[r][t], units: units))
            }
        }
        let truth = SimulationResult.Truth(
            model: Self.modelDescription, seed: seed, settings: settings,
            regions: regions.indices.map { r in
                .init(
                    code: regions[r].code, population: regions[r].population?.count ?? 0, propensity: propensity[r],
                    channelStyle: Dictionary(
                        uniqueKeysWithValues: truths.indices.map { (truths[$0].code, style[r][$0]) }))
            },
            years: (first.year...last.year).map {
                .init(
                    year: $0, level: levels[$0]!, unitsPerVisit: unitsPerVisit[$0]!,
                    target: settings.calibrationTarget($0))
            },
            episode: episode, cells: cells)
        return SimulationResult(promotion: promotion, donations: donations, truth: truth)
    }

    public static let modelDescription =
        "SYNTHETIC DATA. visits(r,t) = noise(r,t) × [level(year) × P_r × propensity_r × season(t) × growth^((m−6.5)/12) + Σ_c peak_c × P_r × a^s/(a^s + (K_c×P_r)^s)], a = adstock_c(t) = events_c(t) + carryOver_c × a(t−1); P_r = population in millions; level and units per visit solved per year to meet the anchors."

    /// Marks every simulated row, so synthetic figures are never taken for a station's own.
    static func source(_ seed: UInt64) -> String { "模拟数据 synthetic (outreach simulate, seed \(seed))" }

    /// The seasonal weight of a month (mean 1 over a year), with the Spring Festival month taking the dip.
    func season(_ month: YearMonth) -> Double {
        let weights = profile.count == 12 ? profile : Array(repeating: 1, count: 12)
        let mean = weights.reduce(0, +) / 12
        guard mean > 0 else { return 1 }
        if month.month <= 2, let festival = springFestival[month.year] {
            let pair = (weights[0] + weights[1]) / 2
            let dip = settings.springFestivalDip
            return (festival.month == month.month ? pair * dip : pair * (2 - dip)) / mean
        }
        return weights[month.month - 1] / mean
    }

    /// Splits a whole number by weights so the parts sum exactly (largest remainder).
    static func apportion(_ total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, total > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { Double(total) * $0 / sum }
        var parts = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { (exact[$0] - Double(parts[$0]), $1) > (exact[$1] - Double(parts[$1]), $0) }
        for index in order.prefix(total - parts.reduce(0, +)) { parts[index] += 1 }
        return parts
    }

    /// Splits units in half-unit steps so the parts sum exactly.
    static func apportionHalves(_ units: Double, weights: [Double]) -> [Double] {
        apportion(Int((units * 2).rounded()), weights: weights).map { Double($0) / 2 }
    }

    static func halfUnits(_ value: Double) -> Double { (value * 2).rounded() / 2 }
}

extension SeededRandom {
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u = max(unit(), 1e-12)
        return sqrt(-2 * log(u)) * cos(2 * Double.pi * unit())
    }

    /// Poisson: Knuth's product method for small means, a rounded normal for large ones.
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 30 { return max(0, Int((mean + sqrt(mean) * normal()).rounded())) }
        let limit = exp(-mean)
        var count = 0
        var product = unit()
        while product > limit {
            count += 1
            product *= unit()
        }
        return count
    }
}
