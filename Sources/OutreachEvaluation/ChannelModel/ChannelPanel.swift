import OutreachModel

/// The data the channel model is fitted on: donor visits and promotion events per region and month, with the
/// regions' populations and the group (county) each region is pooled toward. Flat arrays, so fitting many candidate
/// curves stays cheap.
public struct ChannelPanel: Sendable {
    public var regions: [String]
    /// Per channel, the campaign template whose drives it counts, else nil: the template's lead channel counts
    /// the drives held with it, `drive:<template>` those held without.
    public var driveTemplates: [String?]
    /// Experiments recorded for the panel's channels; the fit calibrates on their contrasts.
    public var experiments: [Experiment] = []
    /// Per region, the index into `groupCodes` of the group it is pooled within (its county for a township).
    public var groups: [Int]
    public var groupCodes: [String]
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
        events: [Double], costPerEvent: [Double?]? = nil, groups: [Int]? = nil, groupCodes: [String]? = nil,
        driveTemplates: [String?]? = nil
    ) {
        self.regions = regions
        self.driveTemplates = driveTemplates ?? channels.map { _ in nil }
        self.groups = groups ?? regions.map { _ in 0 }
        self.groupCodes = groupCodes ?? [""]
        self.population = population
        self.months = months
        self.channels = channels
        self.visits = visits
        self.events = events
        self.costPerEvent = costPerEvent ?? channels.map { _ in nil }
    }

    /// The regions rows are recorded at (townships where the records are kept per township), grouped by the
    /// county they roll up to, over the months from the first in which every county has donations through `last`.
    /// A region without a row in such a month had no donations there. Regions without a population are left out:
    /// the model scales by population.
    ///
    /// With the drives recorded (`records/drives.csv`) and the campaign templates, each template a channel comes
    /// with (`Channel.campaign`) adds a channel `drive:<template>` counting its drives, and the other promotion a
    /// drive brings along (the SMS and posters of a market-day drive) is taken off those channels' events: what
    /// is left is stand-alone promotion. A drive's turnout is then the drive's, not its SMS's.
    public init(
        history: RecordHistory, tree: RegionTree, through last: YearMonth, promotion: [PromotionRecord] = [],
        drives: [DriveRecord] = [], campaigns: [CampaignTemplate] = []
    ) {
        let regions = history.leafRegions.filter { (tree.region(code: $0)?.population?.count ?? 0) > 0 }
        let groupOf = Dictionary(uniqueKeysWithValues: regions.map { ($0, history.reportingRegion(of: $0)) })
        let groupCodes = history.recordedRegions.filter { code in regions.contains { groupOf[$0] == code } }
        let span = (0...max(0, history.first.months(to: last))).map { history.first.adding(months: $0) }
        let first = span.firstIndex { month in groupCodes.allSatisfy { history.hasDonations($0, month) } }
        let months = first.map { Array(span[$0...]) } ?? []
        let counted = DriveCount(
            drives: drives, templates: campaigns, channels: history.channels, regions: regions, months: months)
        var codes: [String] = []
        var driveTemplates: [String?] = []
        var events: [[Double]] = []  // per channel, region-major
        for channel in history.channels {
            var series: [Double] = []
            for region in regions { series += months.map { history.events(region, $0, channel: channel.code) } }
            series = counted.standalone(channel, series)
            guard series.contains(where: { $0 > 0 }) else { continue }
            codes.append(channel.code)
            driveTemplates.append(counted.leads[channel.code])
            events.append(series)
        }
        for (template, drives) in counted.perTemplate {
            let lead = counted.leads.first { $0.value == template }.flatMap { codes.firstIndex(of: $0.key) }
            let series = counted.withoutLead(template, drives: drives, leadEvents: lead.map { events[$0] })
            guard series.contains(where: { $0 > 0 }) else { continue }
            codes.append(DriveCount.code(template))
            driveTemplates.append(template)
            events.append(series)
        }
        var visits: [Double] = []
        var flat: [Double] = []
        for (position, region) in regions.enumerated() {
            visits += months.map { history.visits(region, $0) }
            let range = (position * months.count)..<((position + 1) * months.count)
            for series in events { flat += series[range] }
        }
        let costs = codes.map { channel -> Double? in
            let rows = promotion.filter { $0.channel == channel && $0.cost != nil && months.contains($0.month) }
            let count = rows.reduce(0) { $0 + $1.events }
            return count > 0 ? rows.reduce(0) { $0 + $1.cost! } / Double(count) : nil
        }
        self.init(
            regions: regions,
            population: regions.map { Double(tree.region(code: $0)?.population?.count ?? 0) / 1_000_000 },
            months: months, channels: codes, visits: visits, events: flat, costPerEvent: costs,
            groups: regions.map { groupCodes.firstIndex(of: groupOf[$0]!) ?? 0 }, groupCodes: groupCodes,
            driveTemplates: driveTemplates)
    }

    /// Channel code → the campaign template whose drives it counts.
    public var drives: [String: String] {
        Dictionary(
            uniqueKeysWithValues: zip(channels, driveTemplates).compactMap { code, template in
                template.map { (code, $0) }
            })
    }

    public var regionCount: Int { regions.count }
    public var monthCount: Int { months.count }
    public var channelCount: Int { channels.count }
    public var groupCount: Int { groupCodes.count }

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
        var result = ChannelPanel(
            regions: regions, population: population, months: months, channels: kept.map { channels[$0] },
            visits: visits, events: events, costPerEvent: kept.map { costPerEvent[$0] }, groups: groups,
            groupCodes: groupCodes, driveTemplates: kept.map { driveTemplates[$0] })
        result.experiments = experiments
        return result
    }
}
