import OutreachModel

/// The data the channel model is fitted on: donor visits and promotion events per region and month, with the
/// regions' populations. Flat arrays, so fitting many candidate curves stays cheap.
public struct ChannelPanel: Sendable {
    public var regions: [String]
    /// Population in millions, per region.
    public var population: [Double]
    public var months: [YearMonth]
    public var channels: [String]
    /// Donor visits at `region * months.count + month`.
    public var visits: [Double]
    /// Events at `(region * channels.count + channel) * months.count + month`.
    public var events: [Double]
    /// Recorded cost per event by channel, nil where no cost was recorded.
    public var costPerEvent: [Double?]

    public init(
        regions: [String], population: [Double], months: [YearMonth], channels: [String], visits: [Double],
        events: [Double], costPerEvent: [Double?]? = nil
    ) {
        self.regions = regions
        self.population = population
        self.months = months
        self.channels = channels
        self.visits = visits
        self.events = events
        self.costPerEvent = costPerEvent ?? channels.map { _ in nil }
    }

    /// The recorded regions with donations in every month from the first month both tables share through `last`.
    /// Regions without a population are left out: the model scales by population.
    public init(
        history: RecordHistory, tree: RegionTree, through last: YearMonth, promotion: [PromotionRecord] = []
    ) {
        let regions = history.recordedRegions.filter { (tree.region(code: $0)?.population?.count ?? 0) > 0 }
        let span = (0...max(0, history.first.months(to: last))).map { history.first.adding(months: $0) }
        let first = span.firstIndex { month in regions.allSatisfy { history.hasDonations($0, month) } }
        let months = first.map { Array(span[$0...]) } ?? []
        let channels = history.channels.map(\.code).filter { channel in
            regions.contains { region in months.contains { history.events(region, $0, channel: channel) > 0 } }
        }
        var visits: [Double] = []
        var events: [Double] = []
        for region in regions {
            visits += months.map { history.visits(region, $0) }
            for channel in channels { events += months.map { history.events(region, $0, channel: channel) } }
        }
        let costs = channels.map { channel -> Double? in
            let rows = promotion.filter { $0.channel == channel && $0.cost != nil && months.contains($0.month) }
            let count = rows.reduce(0) { $0 + $1.events }
            return count > 0 ? rows.reduce(0) { $0 + $1.cost! } / Double(count) : nil
        }
        self.init(
            regions: regions,
            population: regions.map { Double(tree.region(code: $0)?.population?.count ?? 0) / 1_000_000 },
            months: months, channels: channels, visits: visits, events: events, costPerEvent: costs)
    }

    public var regionCount: Int { regions.count }
    public var monthCount: Int { months.count }
    public var channelCount: Int { channels.count }

    public func visits(region: Int, month: Int) -> Double { visits[region * monthCount + month] }

    public func events(region: Int, channel: Int, month: Int) -> Double {
        events[(region * channelCount + channel) * monthCount + month]
    }

    /// A region's events of every channel in one month.
    public func mix(month: Int) -> [[Double]] {
        (0..<regionCount).map { region in
            (0..<channelCount).map { events(region: region, channel: $0, month: month) }
        }
    }

    /// The panel with only the listed channels, in that order.
    public func keeping(channels kept: [Int]) -> ChannelPanel {
        var events: [Double] = []
        for region in 0..<regionCount {
            for channel in kept {
                let start = (region * channelCount + channel) * monthCount
                events += self.events[start..<(start + monthCount)]
            }
        }
        return ChannelPanel(
            regions: regions, population: population, months: months, channels: kept.map { channels[$0] },
            visits: visits, events: events, costPerEvent: kept.map { costPerEvent[$0] })
    }
}
