import Foundation
import OutreachModel

/// Fits the channel model to a panel: screens channels, fits, bootstraps months for intervals, measures the
/// forecast error from a rolling origin and flags channels the data cannot tell apart.
public enum ChannelModeler {
    public static func analyse(_ panel: ChannelPanel, settings: ModelSettings) -> ChannelAnalysis {
        let fitted = screen(panel, settings: settings)
        var analysis = ChannelAnalysis(
            status: .fitted, panel: panel, settings: settings, fittedChannels: fitted, fit: nil, replicates: [],
            channels: (0..<panel.channelCount).map { unestimated(panel, $0) }, validation: nil)
        if panel.monthCount < settings.minimumMonths {
            analysis.status = .tooFewMonths(panel.monthCount)
        } else if panel.regionCount < settings.minimumRegions {
            analysis.status = .tooFewRegions(panel.regionCount)
        } else if fitted.isEmpty {
            analysis.status = .noPromotion
        }
        guard analysis.isFitted else { return analysis }

        let model = panel.keeping(channels: fitted)
        var fitter = ChannelFitter(
            panel: model, monthWeights: Array(repeating: 1.0, count: panel.monthCount), priors: settings.priors)
        let fit = fitter.fit()
        var random = SeededRandom(seed: settings.seed)
        let resamples = (0..<max(0, settings.bootstrapReplicates)).map { _ in
            var weights = Array(repeating: 0.0, count: panel.monthCount)
            for _ in 0..<panel.monthCount { weights[Int(random.next() % UInt64(panel.monthCount))] += 1 }
            return weights
        }
        let start = fit.curves
        let replicates = parallelMap(resamples.count) { index in
            var replicate = ChannelFitter(panel: model, monthWeights: resamples[index], priors: settings.priors)
            return replicate.fit(start: start)
        }
        let collinearity = Collinearity(model)
        for (position, channel) in fitted.enumerated() {
            var estimate = estimate(position, of: model, fit: fit, replicates: replicates, settings: settings)
            estimate.inflation = collinearity.inflation[position]
            if collinearity.inflation[position] > settings.collinearity {
                estimate.status = .collinear(with: collinearity.partners(of: position).map { model.channels[$0] })
            }
            analysis.channels[channel] = estimate
        }
        analysis.fit = fit
        analysis.replicates = replicates
        analysis.validation = validate(model, settings: settings)
        return analysis
    }

    /// The channels held in enough regions (`minimumRegions`), in enough of those regions' months
    /// (`minimumEventShare`) and at least a dozen times in all, to be estimated. The share is over the regions
    /// that held the channel at all: at township grain an SMS campaign recorded at each county's seat is held in
    /// six townships out of a hundred, every month.
    static func screen(_ panel: ChannelPanel, settings: ModelSettings) -> [Int] {
        (0..<panel.channelCount).filter { channel in
            var held = 0.0
            var total = 0.0
            var regions = 0
            for region in 0..<panel.regionCount {
                var heldHere = 0.0
                for month in 0..<panel.monthCount {
                    let count = panel.events(region: region, channel: channel, month: month)
                    total += count
                    if count > 0 { heldHere += 1 }
                }
                if heldHere > 0 { regions += 1 }
                held += heldHere
            }
            let cells = Double(regions * panel.monthCount)
            // Drives held without their lead channel are counted, not chosen: a few dozen anywhere tell the
            // lead channel's share of a drive's turnout.
            let isCount = panel.channels[channel].hasPrefix(DriveCount.prefix)
            return regions >= settings.minimumRegions && cells > 0
                && (isCount || held / cells >= settings.minimumEventShare) && total >= 12
        }
    }

    /// One fitted channel's figures, with intervals from the bootstrap fits.
    static func estimate(
        _ channel: Int, of panel: ChannelPanel, fit: ChannelFit, replicates: [ChannelFit], settings: ModelSettings
    ) -> ChannelAnalysis.ChannelEstimate {
        let last = panel.monthCount - 1
        let curve = fit.curves[channel]
        var estimate = unestimated(panel, channel)
        estimate.status = .estimated
        estimate.curve = curve
        let perEvent = { (fit: ChannelFit) in Self.perEvent(fit, panel, channel) }
        estimate.perEvent = interval(perEvent(fit), replicates.map(perEvent), coverage: settings.intervalCoverage)
        let marginal = { (fit: ChannelFit) in Self.marginal(fit, panel, channel, month: last) }
        estimate.marginal = interval(marginal(fit), replicates.map(marginal), coverage: settings.intervalCoverage)
        if curve.halfSaturation != nil {
            var reached = 0.0
            var weight = 0.0
            for region in 0..<panel.regionCount {
                let events = panel.events(region: region, channel: channel, month: last)
                let adstock = events / (1 - curve.carryOver) / max(1e-9, panel.population[region])
                reached += panel.population[region] * curve.response(perMillion: adstock)
                weight += panel.population[region]
            }
            estimate.saturation = weight > 0 ? reached / weight : nil
        }
        return estimate
    }

    /// The fit with the given curves held (only the linear parts solved): to compare a fit's error with the
    /// error at the true curves.
    public static func fit(_ panel: ChannelPanel, curves: [ResponseCurve]) -> ChannelFit {
        var fitter = ChannelFitter(panel: panel, monthWeights: Array(repeating: 1, count: panel.monthCount))
        fitter.curves = curves
        fitter.features = (0..<panel.channelCount).map { fitter.feature(channel: $0, curve: curves[$0]) }
        fitter.solveLinear()
        return ChannelFit(
            curves: curves, coefficients: fitter.coefficients, regionLevels: fitter.regionLevels,
            monthLevels: fitter.monthLevels, multipliers: fitter.multipliers(), error: fitter.error())
    }

    /// A channel with only its last month's events: before (or without) an estimate.
    static func unestimated(_ panel: ChannelPanel, _ channel: Int) -> ChannelAnalysis.ChannelEstimate {
        let last = panel.monthCount - 1
        let current =
            last >= 0
            ? (0..<panel.regionCount).reduce(0.0) { $0 + panel.events(region: $1, channel: channel, month: last) }
            : 0
        return ChannelAnalysis.ChannelEstimate(
            code: panel.channels[channel], status: .tooFewEvents, currentEvents: current, perEvent: nil, marginal: nil,
            curve: nil, saturation: nil, inflation: nil)
    }

    /// Visits attributed to the channel over all months divided by its events.
    static func perEvent(_ fit: ChannelFit, _ panel: ChannelPanel, _ channel: Int) -> Double {
        let features = ChannelFitter.feature(panel: panel, channel: channel, curve: fit.curves[channel])
        var effect = 0.0
        var events = 0.0
        for region in 0..<panel.regionCount {
            for month in 0..<panel.monthCount {
                effect +=
                    fit.coefficients[channel] * fit.multipliers[region][channel]
                    * features[region * panel.monthCount + month]
                events += panel.events(region: region, channel: channel, month: month)
            }
        }
        return events > 0 ? effect / events : 0
    }

    /// One more event a month, at the given month's level, averaged over regions weighted by their events (by
    /// population where the channel was not held that month).
    static func marginal(_ fit: ChannelFit, _ panel: ChannelPanel, _ channel: Int, month: Int) -> Double {
        let events = (0..<panel.regionCount).map { panel.events(region: $0, channel: channel, month: month) }
        let total = events.reduce(0, +)
        var sum = 0.0
        var weight = 0.0
        for region in 0..<panel.regionCount {
            let share = total > 0 ? events[region] : panel.population[region]
            sum +=
                share
                * fit.marginal(
                    region: region, channel: channel, events: events[region], population: panel.population[region])
            weight += share
        }
        return weight > 0 ? sum / weight : 0
    }

    /// The marginal of a channel under another fit (the truth, when scoring), as `marginal` computes it.
    public static func marginalForScoring(
        _ fit: ChannelFit, _ analysis: ChannelAnalysis, _ position: Int, month: Int
    ) -> Double {
        marginal(fit, analysis.panel.keeping(channels: analysis.fittedChannels), position, month: month)
    }

    static func interval(_ value: Double, _ samples: [Double], coverage: Double) -> ChannelAnalysis.Estimate {
        guard !samples.isEmpty else { return .init(value: value, low: value, high: value) }
        let sorted = samples.sorted()
        let tail = (1 - coverage) / 2
        func quantile(_ p: Double) -> Double {
            let position = p * Double(sorted.count - 1)
            let below = Int(position.rounded(.down))
            let above = min(sorted.count - 1, below + 1)
            return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
        }
        return .init(value: value, low: quantile(tail), high: quantile(1 - tail))
    }

    // MARK: Validation

    /// Refits on the months before each of the last `validationMonths` months and forecasts that month: the month
    /// level from the same month a year earlier times the past year's growth, the promotion as recorded.
    static func validate(_ panel: ChannelPanel, settings: ModelSettings) -> ChannelAnalysis.Validation? {
        let months = panel.monthCount
        let origins = max(0, min(settings.validationMonths, months - settings.minimumMonths))
        guard origins > 0 else { return nil }
        var modelErrors: [Double] = []
        var naiveErrors: [Double] = []
        let first = months - origins
        let refits = parallelMap(origins) { offset in
            let weights = (0..<months).map { $0 < first + offset ? 1.0 : 0 }
            var fitter = ChannelFitter(panel: panel, monthWeights: weights, priors: settings.priors)
            return (fitter.fit(), fitter.features)
        }
        for (offset, (fit, features)) in refits.enumerated() {
            let origin = first + offset
            let yearAgo = origin - 12
            let growth: Double = {
                guard yearAgo - 12 >= 0 else { return 1 }
                let recent = fit.monthLevels[(origin - 12)..<origin].reduce(0, +)
                let earlier = fit.monthLevels[(origin - 24)..<(origin - 12)].reduce(0, +)
                return earlier > 0 ? recent / earlier : 1
            }()
            let level = fit.monthLevels[yearAgo] * growth
            for region in 0..<panel.regionCount {
                let actual = panel.visits(region: region, month: origin)
                guard actual > 0 else { continue }
                var forecast = fit.regionLevels[region] * panel.population[region] * level
                for channel in 0..<panel.channelCount {
                    forecast +=
                        fit.coefficients[channel] * fit.multipliers[region][channel]
                        * features[channel][region * months + origin]
                }
                modelErrors.append(abs(forecast - actual) / actual)
                let series = (0..<months).map { panel.visits(region: region, month: $0) }
                let recent = series[(origin - 12)..<origin].reduce(0, +)
                let earlier = yearAgo - 12 >= 0 ? series[(origin - 24)..<(origin - 12)].reduce(0, +) : recent
                let ratio: Double = earlier > 0 ? recent / earlier : 1
                let naive = series[yearAgo] * ratio
                naiveErrors.append(abs(naive - actual) / actual)
            }
        }
        guard !modelErrors.isEmpty else { return nil }
        let checked: [YearMonth] = Array(panel.months[(months - origins)...])
        let modelError: Double = modelErrors.reduce(0, +) / Double(modelErrors.count)
        let naiveError: Double = naiveErrors.reduce(0, +) / Double(naiveErrors.count)
        return ChannelAnalysis.Validation(months: checked, modelError: modelError, naiveError: naiveError)
    }
}
