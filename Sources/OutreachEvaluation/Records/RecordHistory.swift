import OutreachModel

/// Monthly figures of every region, rolled up the region tree, in flat arrays indexed by region and month.
///
/// A row recorded for a township also counts for its county and the city, so any region's totals are at hand
/// without summing at read time. Rows must not be recorded at two levels of one branch (intake refuses it).
public struct RecordHistory: Sendable {
    public let first: YearMonth
    public let monthCount: Int
    /// Every region of the tree, in tree order; indices into the arrays below.
    public let regionCodes: [String]
    public let regionIndex: [String: Int]
    /// The regions the evaluation reports on: each region with rows, or, for rows below a county (townships), the
    /// county — the grain targets and the accountable leaders are set at.
    public let recordedRegions: [String]
    /// The regions rows are recorded at, in tree order: townships where the records are kept per township.
    public let leafRegions: [String]
    /// Each recorded row's region → the region it is reported under (`recordedRegions`).
    let reporting: [String: String]
    public let channels: [Channel]
    let channelIndex: [String: Int]

    var visits: [Double]
    var units: [Double]
    var firstTime: [Double]
    var visitsWithFirstTime: [Double]
    var deferred: [Double]
    var visitsWithDeferred: [Double]
    /// Events by region, month and channel.
    var events: [Double]
    /// Visits by region, month and venue kind.
    var kindVisits: [Double]
    var hasDonations: [Bool]

    static let kinds = VenueKind.allCases

    public init(
        tree: RegionTree, channels: [Channel], promotion: [PromotionRecord], donations: [DonationRecord],
        through last: YearMonth? = nil
    ) {
        let months = promotion.map(\.month) + donations.map(\.month)
        let first = months.min() ?? last ?? YearMonth(year: 2000, month: 1)!
        let end = last ?? months.max() ?? first
        self.first = first
        monthCount = max(1, first.months(to: end) + 1)
        regionCodes = tree.regions.map(\.code)
        var index: [String: Int] = [:]
        for (position, code) in regionCodes.enumerated() { index[code] = position }
        regionIndex = index
        self.channels = channels
        var channelPositions: [String: Int] = [:]
        for (position, channel) in channels.enumerated() { channelPositions[channel.code] = position }
        channelIndex = channelPositions
        var reporting: [String: String] = [:]
        for code in Set(promotion.map(\.regionCode) + donations.map(\.regionCode)) {
            let chain = [code] + tree.ancestors(of: code).map(\.code)
            reporting[code] = chain.count > 2 ? chain[chain.count - 2] : code
        }
        self.reporting = reporting
        func inTreeOrder(_ codes: Set<String>) -> [String] {
            codes.sorted { (index[$0] ?? Int.max, $0) < (index[$1] ?? Int.max, $1) }
        }
        recordedRegions = inTreeOrder(Set(reporting.values))
        leafRegions = inTreeOrder(Set(reporting.keys))
        let cells = regionCodes.count * monthCount
        visits = Array(repeating: 0, count: cells)
        units = visits
        firstTime = visits
        visitsWithFirstTime = visits
        deferred = visits
        visitsWithDeferred = visits
        hasDonations = Array(repeating: false, count: cells)
        events = Array(repeating: 0, count: cells * channels.count)
        kindVisits = Array(repeating: 0, count: cells * Self.kinds.count)

        // Each recorded region adds into itself and its ancestors.
        var chains: [String: [Int]] = [:]
        func chain(_ code: String) -> [Int] {
            if let known = chains[code] { return known }
            let result = ([code] + tree.ancestors(of: code).map(\.code)).compactMap { index[$0] }
            chains[code] = result
            return result
        }
        let kindPosition = Dictionary(uniqueKeysWithValues: Self.kinds.enumerated().map { ($1, $0) })
        for row in donations {
            let month = first.months(to: row.month)
            guard month >= 0, month < monthCount else { continue }
            let visits = Double(row.visits)
            for region in chain(row.regionCode) {
                let cell = region * monthCount + month
                self.visits[cell] += visits
                units[cell] += row.units
                hasDonations[cell] = true
                if let count = row.firstTime {
                    firstTime[cell] += Double(count)
                    visitsWithFirstTime[cell] += visits
                }
                if let count = row.deferred {
                    deferred[cell] += Double(count)
                    visitsWithDeferred[cell] += visits
                }
                kindVisits[cell * Self.kinds.count + kindPosition[row.venueKind]!] += visits
            }
        }
        for row in promotion {
            let month = first.months(to: row.month)
            guard month >= 0, month < monthCount, let channel = channelPositions[row.channel] else { continue }
            for region in chain(row.regionCode) {
                events[(region * monthCount + month) * channels.count + channel] += Double(row.events)
            }
        }
    }

    public var last: YearMonth { first.adding(months: monthCount - 1) }

    /// The region a recorded region is reported under: its county for a township, itself otherwise.
    public func reportingRegion(of code: String) -> String { reporting[code] ?? code }

    /// The cell of a region and month, nil outside the recorded range.
    func cell(_ region: String, _ month: YearMonth) -> Int? {
        guard let position = regionIndex[region] else { return nil }
        let offset = first.months(to: month)
        guard offset >= 0, offset < monthCount else { return nil }
        return position * monthCount + offset
    }

    public func visits(_ region: String, _ month: YearMonth) -> Double { cell(region, month).map { visits[$0] } ?? 0 }
    public func units(_ region: String, _ month: YearMonth) -> Double { cell(region, month).map { units[$0] } ?? 0 }

    /// Whether donations were recorded for the region (or below it) in the month; a month without rows is unknown,
    /// not zero.
    public func hasDonations(_ region: String, _ month: YearMonth) -> Bool {
        cell(region, month).map { hasDonations[$0] } ?? false
    }

    public func events(_ region: String, _ month: YearMonth, channel: String? = nil) -> Double {
        guard let cell = cell(region, month) else { return 0 }
        let base = cell * channels.count
        if let channel {
            return channelIndex[channel].map { events[base + $0] } ?? 0
        }
        return events[base..<(base + channels.count)].reduce(0, +)
    }

    /// Donor visits at the venues a channel recruits for (all venues when the channel names none).
    public func attributedVisits(_ region: String, _ month: YearMonth, channel: Channel) -> Double {
        guard let cell = cell(region, month) else { return 0 }
        if channel.venueKinds.isEmpty { return visits[cell] }
        let base = cell * Self.kinds.count
        return channel.venueKinds.reduce(0) { sum, kind in
            sum + kindVisits[base + Self.kinds.firstIndex(of: kind)!]
        }
    }

    /// The units series of a region from the first recorded month through `month`.
    public func unitSeries(_ region: String, through month: YearMonth) -> [Double] {
        guard let position = regionIndex[region] else { return [] }
        let count = min(monthCount, first.months(to: month) + 1)
        guard count > 0 else { return [] }
        let start = position * monthCount
        return Array(units[start..<(start + count)])
    }
}
