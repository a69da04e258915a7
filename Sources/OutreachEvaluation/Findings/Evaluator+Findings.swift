import OutreachModel

extension Evaluator {
    /// Every finding for the month, largest first (units a month); the pack shows the red and amber regions' and
    /// then the largest others up to `findings.top`, the CSV all.
    func findings(_ month: YearMonth, window: [YearMonth], regions: [RegionResult], progress: [ActionProgress])
        -> [Finding]
    {
        let rules = settings.findings
        var found: [Finding] = []
        let baseline = SeasonalBaseline(
            citySeries: history.unitSeries(cityCode, through: month.adding(months: -1)), first: history.first,
            profile: workspace.planning.seasonalProfile)
        var assessments: [String: SeasonalBaseline.Assessment] = [:]
        for region in [cityCode] + history.recordedRegions where history.hasDonations(region, month) {
            guard let assessment = baseline.assess(history.unitSeries(region, through: month), first: history.first)
            else { continue }
            assessments[region] = assessment
            if abs(assessment.score) >= rules.anomalyScore {
                found.append(.anomaly(region: region, assessment: assessment))
            }
        }
        let trough = nextTrough(after: month)
        let effects = ModelEffects(model)
        var gaps: [String: Double] = [:]
        for result in regions {
            let lights = [result.lights[.monthAttainment], result.lights[.yearToDateAttainment]].compactMap { $0 }
            guard let light = lights.min(), light != .green,
                let gap = gap(result.regionCode, month, assessment: assessments[result.regionCode], effects)
            else { continue }
            gaps[result.regionCode] = gap.total
            found.append(
                .behind(
                    region: result.regionCode, light: light, gap: gap,
                    yearToDate: result.value(.yearToDateAttainment), trough: trough))
        }
        found += effects.map { channelCuts(month, window: window, $0) } ?? []
        for item in progress where item.action.isOpen && item.action.baseline < month {
            if let change = item.change, abs(change) < rules.actionMovement {
                let county = history.reportingRegion(of: item.action.regionCode)
                found.append(.actionNotMoving(item, gap: gaps[county] ?? 0))
            }
        }
        return found.sorted { ($0.size, $1.regionCode, $1.code) > ($1.size, $0.regionCode, $0.code) }
    }

    /// The first month within `troughLookahead` whose seasonal weight is a trough.
    func nextTrough(after month: YearMonth) -> YearMonth? {
        let rules = settings.findings
        let profile = workspace.planning.seasonalProfile
        let mean = profile.count == 12 ? profile.reduce(0, +) / 12 : 0
        return (1...max(1, rules.troughLookahead)).map { month.adding(months: $0) }.first {
            mean > 0 && profile[$0.month - 1] < rules.troughShare * mean
        }
    }

    /// The month's gap to target taken apart: season (target phasing against the region's own season), trend
    /// (run-rate against the year's target pace), promotion (the model's effect of last year's mix less this
    /// month's) and the rest.
    func gap(
        _ region: String, _ month: YearMonth, assessment: SeasonalBaseline.Assessment?, _ effects: ModelEffects?
    ) -> Finding.Gap? {
        guard let target = calculator.targets.target(region, month) else { return nil }
        let actual = history.units(region, month)
        let year = (1...12).compactMap { calculator.targets.target(region, YearMonth(year: month.year, month: $0)!) }
        guard let assessment, year.count == 12 else {
            return Finding.Gap(
                target: target, actual: actual, season: 0, trend: 0, promotion: nil, other: target - actual,
                isSplit: false)
        }
        let pace = year.reduce(0, +) / 12 * assessment.seasonalIndex
        let visits = history.visits(region, month)
        let unitsPerVisit = visits > 0 ? actual / visits : 0
        let promotion = effects.flatMap { promotionChange(region, month, $0) }.map { $0 * unitsPerVisit }
        return Finding.Gap(
            target: target, actual: actual, season: target - pace, trend: pace - assessment.expected,
            promotion: promotion, other: assessment.expected - actual - (promotion ?? 0))
    }

    /// Visits promotion brought the region in the same month last year less this month, by the channel model.
    func promotionChange(_ region: String, _ month: YearMonth, _ effects: ModelEffects) -> Double? {
        let model = effects.analysis
        guard let now = model.panel.months.firstIndex(of: month), now >= 12 else { return nil }
        let members = model.regions(under: region)
        guard !members.isEmpty else { return nil }
        let months = model.panel.monthCount
        return effects.point.reduce(0.0) { sum, channel in
            sum + members.reduce(0.0) { $0 + channel[$1 * months + now - 12] - channel[$1 * months + now] }
        }
    }

    /// Channels whose events in a region fell by half or more against the same months a year earlier, where the
    /// model's interval for the visits lost excludes zero.
    func channelCuts(_ month: YearMonth, window: [YearMonth], _ effects: ModelEffects) -> [Finding] {
        let model = effects.analysis
        let panel = model.panel
        let months = window.compactMap { panel.months.firstIndex(of: $0) }.filter { $0 >= 12 }
        guard months.count == window.count else { return [] }
        var found: [Finding] = []
        for region in history.recordedRegions {
            let members = model.regions(under: region)
            let visits = history.visits(region, month)
            let unitsPerVisit = visits > 0 ? history.units(region, month) / visits : 0
            for (position, channel) in model.fittedChannels.enumerated()
            where model.channels[channel].status == .estimated {
                func events(_ shift: Int) -> Double {
                    members.reduce(0.0) { sum, member in
                        sum
                            + months.reduce(0.0) {
                                $0 + panel.events(region: member, channel: channel, month: $1 - shift)
                            }
                    }
                }
                let (now, before) = (events(0), events(12))
                guard before >= Double(settings.findings.minimumEvents), now <= before / 2 else { continue }
                // A lead channel cut while its drives went on: the loss is net of those drives' turnout.
                let partners =
                    [position]
                    + model.fittedChannels.indices.filter { other in
                        other != position
                            && panel.channels[model.fittedChannels[other]]
                                == panel.driveTemplates[channel].map(DriveCount.code)
                    }
                let lost = effects.interval { effects in
                    var sum = 0.0
                    for partner in partners {
                        for member in members {
                            for month in months {
                                sum +=
                                    effects[partner][member * panel.monthCount + month - 12]
                                    - effects[partner][member * panel.monthCount + month]
                            }
                        }
                    }
                    return sum / Double(months.count)
                }
                guard lost.low > 0 else { continue }
                found.append(
                    .channelCut(
                        region: region, channel: panel.channels[channel], events: now, eventsBefore: before,
                        lost: lost, unitsPerVisit: unitsPerVisit))
            }
        }
        return found
    }
}
