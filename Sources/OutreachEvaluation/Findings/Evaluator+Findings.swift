import OutreachModel

extension Evaluator {
    /// Every finding for the month, most important first.
    func findings(_ month: YearMonth, window: [YearMonth], regions: [RegionResult], progress: [ActionProgress])
        -> [Finding]
    {
        let rules = settings.findings
        var found: [Finding] = []
        let baseline = SeasonalBaseline(
            citySeries: history.unitSeries(cityCode, through: month.adding(months: -1)), first: history.first,
            profile: workspace.planning.seasonalProfile)
        for region in [cityCode] + history.recordedRegions where history.hasDonations(region, month) {
            let series = history.unitSeries(region, through: month)
            if let assessment = baseline.assess(series, first: history.first),
                abs(assessment.score) >= rules.anomalyScore
            {
                found.append(.anomaly(region: region, assessment: assessment))
            }
        }

        let before = window.map { $0.adding(months: -12) }
        if let earliest = before.first, history.first <= earliest {
            for channel in history.channels {
                let cityBefore = calculator.channelYield(cityCode, channel, months: before)
                for region in [cityCode] + history.recordedRegions {
                    let now = calculator.channelYield(region, channel, months: window)
                    let then =
                        region == cityCode ? cityBefore : calculator.channelYield(region, channel, months: before)
                    let minimum = Double(rules.minimumEvents)
                    if now.events >= minimum, then.events >= minimum, let after = now.perEvent,
                        let earlier = then.perEvent, earlier > 0, abs(after - earlier) / earlier >= rules.channelChange
                    {
                        found.append(
                            .channelYieldChanged(region: region, channel: channel.code, now: now, before: then))
                    }
                    if region != cityCode, then.events >= minimum, now.events <= then.events / 4,
                        let earlier = then.perEvent, let cityRate = cityBefore.perEvent, earlier >= cityRate / 2
                    {
                        found.append(
                            .channelDropped(
                                region: region, channel: channel.code, now: now, before: then, cityRate: cityRate))
                    }
                }
            }
        }

        let profile = workspace.planning.seasonalProfile
        let mean = profile.count == 12 ? profile.reduce(0, +) / 12 : 0
        let troughs = (1...max(1, rules.troughLookahead)).map { month.adding(months: $0) }.filter {
            mean > 0 && profile[$0.month - 1] < rules.troughShare * mean
        }
        if let trough = troughs.first {
            for region in regions {
                guard let value = region.values[.yearToDateAttainment], let attainment = value.value,
                    attainment < rules.behindTarget
                else { continue }
                found.append(
                    .behindBeforeTrough(
                        region: region.regionCode, attainment: attainment, gap: value.denominator - value.numerator,
                        trough: trough))
            }
        }

        for item in progress where item.action.isOpen && item.action.baseline < month {
            if let change = item.change, abs(change) < rules.actionMovement { found.append(.actionNotMoving(item)) }
        }
        return found.sorted { ($0.weight, $1.regionCode) > ($1.weight, $0.regionCode) }
    }
}
