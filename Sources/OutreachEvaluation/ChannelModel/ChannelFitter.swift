import Foundation

/// Fits `ChannelFit` by variable projection: a search over each channel's carry-over and saturation (a grid, then a
/// pattern search) with the linear parts — channel coefficients (non-negative), region and month levels — solved
/// exactly for every candidate curve. Weighted least squares with weight 1 / (region's mean visits)², so a small
/// region's months count as much as a large one's (the noise is multiplicative).
struct ChannelFitter {
    let panel: ChannelPanel
    let regionCount: Int
    let monthCount: Int
    let channelCount: Int
    /// Per observation (region-major): region weight × month weight.
    var weights: [Double]
    let visits: [Double]
    /// Population per observation.
    let population: [Double]
    /// Median non-zero events per month per million, per channel: the scale of the saturation grid.
    let typicalLevel: [Double]

    var curves: [ResponseCurve]
    var coefficients: [Double]
    var regionLevels: [Double] { didSet { refreshColumns() } }
    var monthLevels: [Double]
    /// Per channel, per observation.
    var features: [[Double]]
    /// Per observation: region level × population, the month-level columns' entries (kept with `regionLevels`).
    var columns: [Double] = []

    static let carryOverGrid = stride(from: 0.0, through: 0.7, by: 0.1).map { $0 }
    /// Multiples of the typical level tried as half-saturation points.
    static let saturationGrid = (-4...8).map { pow(2, Double($0) / 2) }
    static let carryOverRange = 0.0...0.8
    static let saturationRange = (1.0 / 8)...32

    /// Weak priors, so noise cannot push a curve to an extreme: carry-over about 0.3 (± 0.25), half-saturation
    /// about the typical level (a factor e either way is one standard deviation). The shape stays 1: a concave
    /// curve, which is what a dozen noisy months per region can support.
    static let carryOverPrior = (mean: 0.3, deviation: 0.25)
    static let saturationPriorDeviation = 1.0

    /// The noise variance of the weighted residuals, which puts the priors on the scale of the error.
    var noiseVariance = 1.0

    init(panel: ChannelPanel, monthWeights: [Double]) {
        self.panel = panel
        regionCount = panel.regionCount
        monthCount = panel.monthCount
        channelCount = panel.channelCount
        visits = panel.visits
        var weights: [Double] = []
        var population: [Double] = []
        for region in 0..<regionCount {
            let slice = panel.visits[(region * monthCount)..<((region + 1) * monthCount)]
            let mean = max(1, slice.reduce(0, +) / Double(max(1, monthCount)))
            weights += monthWeights.map { $0 / (mean * mean) }
            population += Array(repeating: panel.population[region], count: monthCount)
        }
        self.weights = weights
        self.population = population
        typicalLevel = (0..<panel.channelCount).map { channel in
            var levels: [Double] = []
            for region in 0..<panel.regionCount where panel.population[region] > 0 {
                for month in 0..<panel.monthCount {
                    let count = panel.events(region: region, channel: channel, month: month)
                    if count > 0 { levels.append(count / panel.population[region]) }
                }
            }
            levels.sort()
            return levels.isEmpty ? 1 : levels[levels.count / 2]
        }
        curves = typicalLevel.map { ResponseCurve(carryOver: 0.2, halfSaturation: $0, shape: 1) }
        coefficients = Array(repeating: 0, count: channelCount)
        regionLevels = Array(repeating: 1, count: regionCount)
        monthLevels = monthWeights.map { $0 > 0 ? 1 : 0 }
        features = []
        features = (0..<channelCount).map { feature(channel: $0, curve: curves[$0]) }
        for region in 0..<regionCount {
            let slice = (0..<monthCount).map { visits[region * monthCount + $0] }
            regionLevels[region] = slice.reduce(0, +) / Double(max(1, monthCount)) / max(1e-9, panel.population[region])
        }
        refreshColumns()
    }

    mutating func refreshColumns() {
        columns = (0..<(regionCount * monthCount)).map { regionLevels[$0 / monthCount] * population[$0] }
    }

    /// The full fit: grid sweeps from scratch, or a pattern search from `start` (bootstrap and validation refits).
    mutating func fit(start: [ResponseCurve]? = nil) -> ChannelFit {
        if let start {
            curves = start
            features = (0..<channelCount).map { feature(channel: $0, curve: curves[$0]) }
            solveLinear()
            estimateNoise()
            for _ in 0..<2 { refineSweep(initialStep: 0.5) }
        } else {
            solveLinear()
            estimateNoise()
            for _ in 0..<3 {
                for channel in 0..<channelCount { gridSearch(channel) }
                solveLinear()
            }
            for _ in 0..<2 { refineSweep(initialStep: 1) }
        }
        return ChannelFit(
            curves: curves, coefficients: coefficients, regionLevels: regionLevels, monthLevels: monthLevels,
            multipliers: multipliers(), error: error())
    }

    // MARK: Features

    func feature(channel: Int, curve: ResponseCurve) -> [Double] {
        Self.feature(panel: panel, channel: channel, curve: curve)
    }

    /// A channel's feature for every region and month, region-major.
    static func feature(panel: ChannelPanel, channel: Int, curve: ResponseCurve) -> [Double] {
        let months = panel.monthCount
        var output = [Double](repeating: 0, count: panel.regionCount * months)
        for region in 0..<panel.regionCount {
            let start = (region * panel.channelCount + channel) * months
            curve.feature(
                events: panel.events[start..<(start + months)], population: panel.population[region],
                into: &output, at: region * months)
        }
        return output
    }

    /// Visits not explained by the other channels, with the month levels projected out: what a channel's
    /// feature must explain once the month levels are refitted with it. (Holding the baseline fixed instead would
    /// leave a seasonal channel's effect in the month levels, where the first fit put it.)
    func partialResidual(excluding channel: Int) -> [Double] {
        var residual = [Double](repeating: 0, count: visits.count)
        for index in residual.indices {
            var value = visits[index]
            for other in 0..<channelCount where other != channel {
                value -= coefficients[other] * features[other][index]
            }
            residual[index] = value
        }
        return projected(residual)
    }

    /// A series minus its weighted projection on the month-level columns (regionLevel × population, per month).
    func projected(_ series: [Double]) -> [Double] {
        var result = series
        for month in 0..<monthCount {
            var cross = 0.0
            var square = 0.0
            for region in 0..<regionCount {
                let index = region * monthCount + month
                let column = regionLevels[region] * population[index]
                cross += weights[index] * column * series[index]
                square += weights[index] * column * column
            }
            guard square > 0 else { continue }
            let coefficient = cross / square
            for region in 0..<regionCount {
                let index = region * monthCount + month
                result[index] -= coefficient * regionLevels[region] * population[index]
            }
        }
        return result
    }

    @inline(__always) func baseline(_ index: Int) -> Double {
        regionLevels[index / monthCount] * population[index] * monthLevels[index % monthCount]
    }

    /// The error reduction a feature gives on a projected residual, with its best non-negative coefficient; the
    /// feature is projected the same way (Σ w x̃² = Σ w x² − Σ_t (Σ_r w a x)² / Σ_r w a²).
    @inline(__always)
    func gain(_ feature: [Double], _ residual: [Double]) -> (gain: Double, coefficient: Double) {
        var cross = 0.0
        var square = 0.0
        // Raw buffers: this runs for every candidate curve, and unchecked access keeps debug builds usable.
        feature.withUnsafeBufferPointer { feature in
            residual.withUnsafeBufferPointer { residual in
                weights.withUnsafeBufferPointer { weights in
                    columns.withUnsafeBufferPointer { columns in
                        for month in 0..<monthCount {
                            var columnCross = 0.0
                            var columnSquare = 0.0
                            var index = month
                            for region in 0..<regionCount {
                                let weighted = weights[index] * feature[index]
                                let column = columns[region * monthCount + month]
                                cross += weighted * residual[index]
                                square += weighted * feature[index]
                                columnCross += weighted * column
                                columnSquare += weights[index] * column * column
                                index += monthCount
                            }
                            if columnSquare > 0 { square -= columnCross * columnCross / columnSquare }
                        }
                    }
                }
            }
        }
        guard cross > 0, square > 1e-12 else { return (0, 0) }
        return (cross * cross / square, cross / square)
    }

    // MARK: Nonlinear search

    mutating func estimateNoise() {
        let observations = weights.filter { $0 > 0 }.count
        let parameters = regionCount + monthCount + 3 * channelCount
        noiseVariance = max(1e-12, error() / Double(max(1, observations - parameters)))
    }

    /// Minus the log prior of a curve (up to a constant), in units of the noise variance like the error gain.
    func penalty(_ curve: ResponseCurve, channel: Int) -> Double {
        let carry = (curve.carryOver - Self.carryOverPrior.mean) / Self.carryOverPrior.deviation
        let saturation =
            log((curve.halfSaturation ?? typicalLevel[channel] * 32) / typicalLevel[channel])
            / Self.saturationPriorDeviation
        return (carry * carry + saturation * saturation) / 2
    }

    /// How good a candidate is: the error it removes (in noise variances, i.e. log-likelihood) minus its prior.
    func score(_ gain: Double, _ curve: ResponseCurve, channel: Int) -> Double {
        gain / (2 * noiseVariance) - penalty(curve, channel: channel)
    }

    mutating func gridSearch(_ channel: Int) {
        let residual = partialResidual(excluding: channel)
        var best = gain(features[channel], residual)
        var bestScore = score(best.gain, curves[channel], channel: channel)
        var bestCurve = curves[channel]
        var bestFeature = features[channel]
        let typical = typicalLevel[channel]
        var candidate = [Double](repeating: 0, count: visits.count)
        for carryOver in Self.carryOverGrid {
            let adstock = feature(channel: channel, curve: ResponseCurve(carryOver: carryOver, halfSaturation: nil))
            let perMillion = adstock.indices.map { population[$0] > 0 ? adstock[$0] / population[$0] : 0 }
            for multiple in Self.saturationGrid {
                let half = typical * multiple
                for index in candidate.indices {
                    let value = perMillion[index]
                    candidate[index] = value > 0 ? population[index] * value / (value + half) : 0
                }
                let curve = ResponseCurve(carryOver: carryOver, halfSaturation: half)
                let tried = gain(candidate, residual)
                let triedScore = score(tried.gain, curve, channel: channel)
                if triedScore > bestScore {
                    (best, bestScore, bestCurve, bestFeature) = (tried, triedScore, curve, candidate)
                }
            }
        }
        curves[channel] = bestCurve
        features[channel] = bestFeature
        coefficients[channel] = best.coefficient
    }

    /// Coordinate pattern search on carry-over and log half-saturation, halving the steps until they are small;
    /// each channel in turn, then the linear parts again.
    mutating func refineSweep(initialStep: Double) {
        for channel in 0..<channelCount {
            let residual = partialResidual(excluding: channel)
            var current = curves[channel]
            var best = gain(features[channel], residual)
            var bestScore = score(best.gain, current, channel: channel)
            var bestFeature = features[channel]
            var steps = [0.1 * initialStep, 0.7 * initialStep]
            let typical = typicalLevel[channel]
            var evaluations = 0
            while steps[0] > 0.004, evaluations < 40 {
                var improved = false
                for coordinate in 0..<2 {
                    for direction in [-1.0, 1.0] {
                        var trial = current
                        if coordinate == 0 {
                            trial.carryOver = min(
                                Self.carryOverRange.upperBound,
                                max(Self.carryOverRange.lowerBound, current.carryOver + direction * steps[0]))
                        } else {
                            let multiple = exp(
                                log((current.halfSaturation ?? typical) / typical) + direction * steps[1])
                            trial.halfSaturation =
                                typical
                                * min(Self.saturationRange.upperBound, max(Self.saturationRange.lowerBound, multiple))
                        }
                        guard trial != current else { continue }
                        evaluations += 1
                        let candidate = feature(channel: channel, curve: trial)
                        let tried = gain(candidate, residual)
                        let triedScore = score(tried.gain, trial, channel: channel)
                        if triedScore > bestScore {
                            (best, bestScore, current, bestFeature) = (tried, triedScore, trial, candidate)
                            improved = true
                        }
                    }
                }
                if !improved { steps = steps.map { $0 / 2 } }
            }
            curves[channel] = current
            features[channel] = bestFeature
            coefficients[channel] = best.coefficient
        }
        solveLinear()
    }

    // MARK: Linear parts

    /// Alternates two exact block solves until the error stops falling: month levels with the coefficients (given
    /// the region levels, so season and channels are never traded off one at a time, which converges slowly), then
    /// each region's level in closed form.
    mutating func solveLinear() {
        var channelGram = [Double](repeating: 0, count: channelCount * channelCount)
        var channelRHS = [Double](repeating: 0, count: channelCount)
        for a in 0..<channelCount {
            for index in visits.indices { channelRHS[a] += weights[index] * features[a][index] * visits[index] }
            for b in a..<channelCount {
                var sum = 0.0
                for index in visits.indices { sum += weights[index] * features[a][index] * features[b][index] }
                channelGram[a * channelCount + b] = sum
                channelGram[b * channelCount + a] = sum
            }
        }
        var previous = Double.infinity
        for _ in 0..<40 {
            solveMonthsAndCoefficients(channelGram, channelRHS)
            var levels = regionLevels
            for region in 0..<regionCount {
                var cross = 0.0
                var square = 0.0
                for month in 0..<monthCount {
                    let index = region * monthCount + month
                    let column = population[index] * monthLevels[month]
                    var residual = visits[index]
                    for channel in 0..<channelCount { residual -= coefficients[channel] * features[channel][index] }
                    cross += weights[index] * column * residual
                    square += weights[index] * column * column
                }
                levels[region] = square > 0 ? max(0, cross / square) : 0
            }
            let weighted = monthLevels.filter { $0 > 0 }
            let mean = weighted.isEmpty ? 1 : weighted.reduce(0, +) / Double(weighted.count)
            if mean > 0 {
                monthLevels = monthLevels.map { $0 / mean }
                levels = levels.map { $0 * mean }
            }
            regionLevels = levels
            let current = error()
            if previous - current <= 1e-9 * max(1e-12, current) { break }
            previous = current
        }
    }

    /// Month levels and coefficients jointly, given the region levels: the month columns are orthogonal, so they
    /// are eliminated exactly (Schur complement) and the coefficients solved by non-negative least squares.
    mutating func solveMonthsAndCoefficients(_ channelGram: [Double], _ channelRHS: [Double]) {
        var gram = channelGram
        var rhs = channelRHS
        var columnSquares = [Double](repeating: 0, count: monthCount)
        var columnVisits = [Double](repeating: 0, count: monthCount)
        var columnFeatures = [Double](repeating: 0, count: monthCount * channelCount)
        for month in 0..<monthCount {
            for region in 0..<regionCount {
                let index = region * monthCount + month
                let weighted = weights[index] * regionLevels[region] * population[index]
                columnSquares[month] += weighted * regionLevels[region] * population[index]
                columnVisits[month] += weighted * visits[index]
                for channel in 0..<channelCount {
                    columnFeatures[month * channelCount + channel] += weighted * features[channel][index]
                }
            }
            guard columnSquares[month] > 0 else { continue }
            for a in 0..<channelCount {
                let scaled = columnFeatures[month * channelCount + a] / columnSquares[month]
                rhs[a] -= scaled * columnVisits[month]
                for b in 0..<channelCount {
                    gram[a * channelCount + b] -= scaled * columnFeatures[month * channelCount + b]
                }
            }
        }
        let trace =
            (0..<channelCount).reduce(0.0) { $0 + abs(gram[$1 * channelCount + $1]) } / Double(max(1, channelCount))
        coefficients = NonNegativeLeastSquares.solve(gram: gram, rhs: rhs, ridge: 1e-9 * max(trace, 1e-300))
        for month in 0..<monthCount {
            guard columnSquares[month] > 0 else {
                monthLevels[month] = 0
                continue
            }
            var value = columnVisits[month]
            for channel in 0..<channelCount {
                value -= columnFeatures[month * channelCount + channel] * coefficients[channel]
            }
            monthLevels[month] = max(0, value / columnSquares[month])
        }
    }

    func fitted(_ index: Int) -> Double {
        var value = baseline(index)
        for channel in 0..<channelCount { value += coefficients[channel] * features[channel][index] }
        return value
    }

    func error() -> Double {
        visits.indices.reduce(0.0) { sum, index in
            let residual = visits[index] - fitted(index)
            return sum + weights[index] * residual * residual
        }
    }

    // MARK: Partial pooling

    /// Each region's response to a channel relative to the city's, from its own residuals, shrunk toward 1 by
    /// how noisy it is compared with how much regions really differ (James–Stein / empirical Bayes).
    func multipliers() -> [[Double]] {
        var result = Array(repeating: Array(repeating: 1.0, count: channelCount), count: regionCount)
        let residuals = visits.indices.map { visits[$0] - fitted($0) }
        for channel in 0..<channelCount where coefficients[channel] > 0 {
            var raw: [Double?] = []
            var variances: [Double] = []
            for region in 0..<regionCount {
                var cross = 0.0
                var square = 0.0
                var noise = 0.0
                var count = 0.0
                for month in 0..<monthCount {
                    let index = region * monthCount + month
                    guard weights[index] > 0 else { continue }
                    let monthWeight = weights[index] * pow(max(1, regionMean(region)), 2)
                    let effect = coefficients[channel] * features[channel][index]
                    cross += monthWeight * effect * residuals[index]
                    square += monthWeight * effect * effect
                    noise += monthWeight * residuals[index] * residuals[index]
                    count += monthWeight
                }
                guard square > 0, count > 1 else {
                    raw.append(nil)
                    variances.append(0)
                    continue
                }
                raw.append(1 + cross / square)
                variances.append(noise / (count - 1) / square)
            }
            let known = raw.indices.filter { raw[$0] != nil }
            guard known.count >= 3 else { continue }
            let mean = known.reduce(0.0) { $0 + raw[$1]! } / Double(known.count)
            let spread = known.reduce(0.0) { $0 + pow(raw[$1]! - mean, 2) } / Double(known.count - 1)
            let noise = known.reduce(0.0) { $0 + variances[$1] } / Double(known.count)
            let between = max(0, spread - noise)
            for region in known {
                let shrink = between / (between + variances[region])
                result[region][channel] = min(3, max(0, 1 + (between > 0 ? shrink : 0) * (raw[region]! - 1)))
            }
        }
        return result
    }

    func regionMean(_ region: Int) -> Double {
        let slice = visits[(region * monthCount)..<((region + 1) * monthCount)]
        return slice.reduce(0, +) / Double(max(1, monthCount))
    }
}
