import OutreachModel

/// Computes a region's indicators for a month from the history, its targets and its population.
public struct IndicatorCalculator: Sendable {
    public let history: RecordHistory
    public let targets: TargetTable
    public let tree: RegionTree

    public init(history: RecordHistory, targets: TargetTable, tree: RegionTree) {
        self.history = history
        self.targets = targets
        self.tree = tree
    }

    /// Every indicator whose inputs exist; a missing input leaves the indicator out rather than showing 0.
    public func values(_ region: String, _ month: YearMonth) -> [Indicator: IndicatorValue] {
        var result: [Indicator: IndicatorValue] = [:]
        guard let cell = history.cell(region, month), history.hasDonations[cell] else {
            if let events = promotion(region, month) { result[.promotionRate] = events }
            return result
        }
        let visits = history.visits[cell]
        let units = history.units[cell]
        let population = Double(tree.region(code: region)?.population?.count ?? 0)
        func add(_ indicator: Indicator, _ numerator: Double, _ denominator: Double) {
            if denominator > 0 {
                result[indicator] = IndicatorValue(indicator, numerator: numerator, denominator: denominator)
            }
        }
        add(.donationRate, visits, population)
        if let target = targets.target(region, month) { add(.monthAttainment, units, target) }
        var unitsToDate = 0.0
        var targetToDate = 0.0
        for number in 1...month.month {
            let earlier = YearMonth(year: month.year, month: number)!
            guard let target = targets.target(region, earlier) else { continue }
            unitsToDate += self.history.units(region, earlier)
            targetToDate += target
        }
        add(.yearToDateAttainment, unitsToDate, targetToDate)
        for (indicator, lag) in [(Indicator.yearOnYear, 12), (.monthOnMonth, 1)] {
            let earlier = month.adding(months: -lag)
            if history.hasDonations(region, earlier) {
                let before = history.units(region, earlier)
                add(indicator, units - before, before)
            }
        }
        add(.unitsPerVisit, units, visits)
        add(.deferralRate, history.deferred[cell], history.visitsWithDeferred[cell] + history.deferred[cell])
        add(.firstTimeRate, history.firstTime[cell], history.visitsWithFirstTime[cell])
        if let events = promotion(region, month) { result[.promotionRate] = events }
        return result
    }

    private func promotion(_ region: String, _ month: YearMonth) -> IndicatorValue? {
        let population = Double(tree.region(code: region)?.population?.count ?? 0)
        let events = history.events(region, month)
        guard population > 0, events > 0 || history.hasDonations(region, month) else { return nil }
        return IndicatorValue(.promotionRate, numerator: events, denominator: population)
    }

    /// Donations per event of a channel over a span of months: visits at the venues it recruits for / its events.
    public func channelYield(_ region: String, _ channel: Channel, months: [YearMonth]) -> ChannelYield {
        var events = 0.0
        var visits = 0.0
        for month in months {
            events += history.events(region, month, channel: channel.code)
            visits += history.attributedVisits(region, month, channel: channel)
        }
        return ChannelYield(regionCode: region, channel: channel.code, events: events, attributedVisits: visits)
    }
}

/// A channel's events and the donor visits attributed to it in a region over some months.
public struct ChannelYield: Hashable, Sendable, Codable {
    public var regionCode: String
    public var channel: String
    public var events: Double
    public var attributedVisits: Double

    /// Donations per event, nil without events.
    public var perEvent: Double? { events > 0 ? attributedVisits / events : nil }
}
