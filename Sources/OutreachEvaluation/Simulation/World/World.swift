import Foundation
import OutreachModel

/// One simulated city, from which both the monthly records (`outreach simulate`) and the donation-level export
/// (`outreach simulate export`) are drawn, so the two always describe the same donations.
///
/// Teams go out on their working days to the venue that promises most among those open that day, whose campaign
/// allows the day and whose revisit interval has passed; fixed sites collect on their opening days. A session's
/// expected donations are
///
///     level(year) × county_c × venue_v × season(month) × [share_kind × reach_v × lift_campaign × talk | fixedShare
///     × capacity_v × weekday × recall_c(month)]
///
/// and the realised count is Poisson, capped by the team's chairs and the venue's capacity. Each year's level and
/// each county's effect are solved on the realised draw, so the city meets the year's anchor and each county its
/// population share ±10 %. Donors are drawn per donation (`forEachDonation`): a repeat donor of the venue whose
/// interval has passed, else a new one.
public struct World: Sendable {
    public let settings: WorldSettings
    public let seed: UInt64
    /// The months the records cover; sessions run from the January before, so donors have a history.
    public let first: YearMonth
    public let last: YearMonth
    public let venues: [Venue]
    /// The county (child of the city) of each venue.
    public let venueCounty: [String]
    public let sessions: [Session]
    public let levels: [Int: Double]
    public let venueEffect: [Double]
    public let countyEffect: [String: Double]
    /// Background promotion events by county code and month offset from `start`, per channel.
    public let background: [String: [[String: Int]]]
    public let episode: SimulationResult.Episode?
    /// The campaigns drives were held under.
    public let campaigns: [CampaignTemplate]
    let start: YearMonth
    let springFestival: [Int: CivilDate]
    /// The donation intervals donors keep (GB 18467-2011 from the workspace's rules).
    let rules: DonationRules?

    /// A drive or a fixed-site day.
    public struct Session: Sendable {
        public var venue: Int
        public var date: CivilDate
        /// The campaign template; nil for a fixed-site day.
        public var template: String?
        public var team: String?
        /// Whether a market drive had its science talk.
        public var talk: Bool
        public var expected: Double
        public var donations: Int
        public var deferred: Int
    }

    public init(
        workspace: Workspace, from first: YearMonth, through last: YearMonth, seed: UInt64,
        settings: WorldSettings = .maoming
    ) {
        self.settings = settings
        self.seed = seed
        self.first = first
        self.last = last
        let tree = workspace.tree
        let cityCode = workspace.settings.cityCode
        start = YearMonth(year: first.year, month: 1)!
        let end = YearMonth(year: last.year, month: 12)!
        springFestival = workspace.calendar.holidays.springFestival
        rules = workspace.donationRules
        var random = SeededRandom(seed: seed)
        campaigns = workspace.templates
        venues = workspace.venues.filter { tree.region(code: $0.regionCode) != nil }.sorted { $0.id < $1.id }
        venueCounty = venues.map { tree.division(of: $0.regionCode, in: cityCode) }
        venueEffect = venues.map { _ in
            exp(settings.venueSpread * random.normal() - settings.venueSpread * 0.5 * settings.venueSpread)
        }
        let (venues, venueCounty, venueEffect) = (self.venues, self.venueCounty, self.venueEffect)
        let counties = Array(Set(venueCounty)).sorted()
        let population = Dictionary(
            uniqueKeysWithValues: counties.map { ($0, Double(tree.region(code: $0)?.population?.count ?? 0)) })
        let months = start.months(to: end) + 1

        // Background promotion per county and month, and the lift it gives fixed sites.
        var background: [String: [[String: Int]]] = [:]
        for county in counties {
            let millions = (population[county] ?? 0) / 1_000_000
            background[county] = (0..<months).map { _ in
                var row: [String: Int] = [:]
                for (channel, rate) in settings.backgroundEvents.sorted(by: { $0.key < $1.key }) {
                    let count = random.poisson(rate * millions)
                    if count > 0 { row[channel] = count }
                }
                return row
            }
        }
        self.background = background

        // The scripted episode: one county stops the science talks at its market drives for the last four months.
        let marketCounties = Array(Set(zip(venues, venueCounty).filter { $0.0.kind == .market }.map(\.1))).sorted()
        var episode: SimulationResult.Episode?
        if !marketCounties.isEmpty {
            let county = marketCounties[Int(random.next() % UInt64(marketCounties.count))]
            episode = .init(regionCode: county, channel: "township-talk", from: last.adding(months: -3), through: last)
        }
        self.episode = episode

        var sessions = Self.schedule(
            workspace: workspace, venues: venues, venueCounty: venueCounty, effect: venueEffect, settings: settings,
            from: start.firstDay, to: end.lastDay, episode: episode, random: &random)
        // Expected donations at level 1 and county effect 1.
        let templates = Dictionary(campaigns.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for index in sessions.indices {
            let session = sessions[index]
            let venue = venues[session.venue]
            let month = YearMonth(session.date)
            var expected = venueEffect[session.venue] * Self.season(month, settings, springFestival)
            if let id = session.template {
                expected *= (settings.turnoutShare[venue.kind.rawValue] ?? 0) * Double(venue.reach)
                expected *= (settings.campaignLift[id] ?? 1) * (session.talk ? settings.talkLift : 1)
            } else {
                let weekday = settings.fixedSiteWeekday[session.date.weekday.rawValue - 1]
                let events = background[venueCounty[session.venue]]?[start.months(to: month)] ?? [:]
                let millions = max(0.01, (population[venueCounty[session.venue]] ?? 0) / 1_000_000)
                let lift = settings.recallLift.reduce(0.0) { sum, entry in
                    let count = Double(events[entry.key] ?? 0)
                    return sum + entry.value * count / (count + settings.recallHalfSaturation * millions)
                }
                expected *= settings.fixedSiteShare * Double(venue.capacityPerDay) * weekday * (1 + lift)
            }
            sessions[index].expected = expected
        }
        // Realised counts: Poisson around the mean, capped by chairs and the venue's capacity. Each year's level is
        // solved so the realised city units meet the year's anchor, and each county's effect so its realised share
        // follows its population share ±10 % (the same draws each round, so both settle).
        let totalPopulation = counties.reduce(0) { $0 + (population[$1] ?? 0) }
        var countyShare: [String: Double] = [:]
        for county in counties {
            let share = totalPopulation > 0 ? (population[county] ?? 0) / totalPopulation : 1 / Double(counties.count)
            countyShare[county] = share * (0.9 + 0.2 * random.unit())
        }
        let shareTotal = countyShare.values.reduce(0, +)
        let chairsPerHour = workspace.planning.donorsPerChairHour
        let teamChairs = Dictionary(workspace.teams.map { ($0.id, $0.chairs) }, uniquingKeysWith: { first, _ in first })
        let caps = sessions.map { session -> Int in
            let venue = venues[session.venue]
            guard let id = session.template, let team = session.team, let template = templates[id] else {
                return venue.capacityPerDay
            }
            return min(venue.capacityPerDay, Int(Double(teamChairs[team] ?? 0) * template.hoursPerDay * chairsPerHour))
        }
        let draws = sessions.map { _ in (random.unit(), random.unit()) }
        let base = sessions.map(\.expected)
        // Without anchors (a city whose totals the sample's partial venue list could not carry) the level is 1 in
        // the last year and grows by `growth` a year, and counties keep effect 1.
        var levels = Dictionary(
            uniqueKeysWithValues: (start.year...end.year).map { ($0, pow(1 + settings.growth, Double($0 - last.year))) }
        )
        let solve = !settings.anchors.isEmpty
        var countyEffect = Dictionary(uniqueKeysWithValues: counties.map { ($0, 1.0) })
        let wholeBloodUnits = sessions.map { session in
            (session.template == nil ? 1 - settings.plateletShare : 1) * settings.meanWholeBloodUnits
        }
        for round in 0..<12 {
            var realised: [Int: Double] = [:]
            var byCounty: [String: Double] = [:]
            for index in sessions.indices {
                let session = sessions[index]
                let county = venueCounty[session.venue]
                let mean = base[index] * levels[session.date.year]! * countyEffect[county]!
                let count = min(caps[index], Self.poisson(mean, draws[index]))
                sessions[index].expected = mean
                sessions[index].donations = count
                let units = Double(count) * wholeBloodUnits[index]
                byCounty[county, default: 0] += units
                if session.date.month <= settings.anchor(session.date.year).months {
                    realised[session.date.year, default: 0] += units
                }
            }
            guard solve, round < 11 else { break }
            for year in levels.keys {
                if let units = realised[year], units > 0 { levels[year]! *= settings.anchor(year).units / units }
            }
            // Counties settle first; the last rounds move only the levels, so the anchors are met at the end.
            let total = byCounty.values.reduce(0, +)
            for county in counties where round < 7 {
                guard let units = byCounty[county], units > 0 else { continue }
                countyEffect[county]! *= countyShare[county]! / shareTotal * total / units
            }
        }
        self.countyEffect = countyEffect
        self.levels = levels
        let rate = settings.deferralRate
        for index in sessions.indices {
            sessions[index].deferred = random.poisson(Double(sessions[index].donations) * rate / (1 - rate))
        }
        self.sessions = sessions.filter { $0.donations + $0.deferred > 0 }
    }

    /// A Poisson count from two uniforms: inversion for small means, a rounded normal beyond 30.
    static func poisson(_ mean: Double, _ draw: (Double, Double)) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 30 {
            let normal = sqrt(-2 * log(max(draw.0, 1e-12))) * cos(2 * Double.pi * draw.1)
            return max(0, Int((mean + sqrt(mean) * normal).rounded()))
        }
        var probability = exp(-mean)
        var cumulative = probability
        var count = 0
        while cumulative < draw.0 && count < 200 {
            count += 1
            probability *= mean / Double(count)
            cumulative += probability
        }
        return count
    }

    /// The seasonal weight of a month (mean 1 over a year), with the Spring Festival month taking the dip.
    static func season(_ month: YearMonth, _ settings: WorldSettings, _ springFestival: [Int: CivilDate]) -> Double {
        let weights = settings.season.count == 12 ? settings.season : Array(repeating: 1, count: 12)
        let mean = weights.reduce(0, +) / 12
        if month.month <= 2, let festival = springFestival[month.year] {
            let pair = (weights[0] + weights[1]) / 2
            let dip = settings.springFestivalDip
            return (festival.month == month.month ? pair * dip : pair * (2 - dip)) / mean
        }
        return weights[month.month - 1] / mean
    }

    public static let modelDescription =
        "SYNTHETIC DATA. One world: teams hold drives on venue calendars; donations per drive ~ Poisson(level(year) × county × venue × season(month) × share(kind) × reach × campaign lift × talk lift), capped by chairs; fixed-site days ~ Poisson(level × county × venue × season × share × capacity × weekday × (1 + recall lift)); donors return after their interval. Monthly records and the export are sums of the same donations."
}
