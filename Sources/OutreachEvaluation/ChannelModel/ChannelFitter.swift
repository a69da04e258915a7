import Foundation
import OutreachModel

/// Fits `ChannelFit` by variable projection: a search over each channel's carry-over and saturation (a grid, then a
/// pattern search) with the linear parts — channel coefficients (non-negative), region and month levels — solved
/// exactly for every candidate curve. Weighted least squares with weight 1 / (m + (φ m)²), m the region's mean
/// visits: Poisson counts with a multiplicative spread φ, so a township of a dozen visits a month counts for what
/// its counts can say and a large district does not drown the rest.
struct ChannelFitter {
    let panel: ChannelPanel
    let priors: ModelPriors
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

    /// Per channel, whether it counts drives: a fixed linear response (a drive's turnout is that month's), no
    /// curve search and no peak prior.
    let isDrive: [Bool]
    /// Per channel, the experiments that calibrate its coefficient.
    let calibrations: [[ExperimentCalibration]]
    /// Per channel, the mean visits per region-month that the peak prior scales by (see `ModelPriors`).
    let meanVisits: Double

    /// The noise variance of the weighted residuals, which puts the priors on the scale of the error.
    var noiseVariance = 1.0

    init(panel: ChannelPanel, monthWeights: [Double], priors: ModelPriors = ModelPriors()) {
        self.panel = panel
        self.priors = priors
        regionCount = panel.regionCount
        monthCount = panel.monthCount
        channelCount = panel.channelCount
        visits = panel.visits
        var weights: [Double] = []
        var population: [Double] = []
        for region in 0..<regionCount {
            let slice = panel.visits[(region * monthCount)..<((region + 1) * monthCount)]
            let mean = max(1, slice.reduce(0, +) / Double(max(1, monthCount)))
            let variance = mean + pow(priors.multiplicativeNoise * mean, 2)
            weights += monthWeights.map { $0 / variance }
            population += Array(repeating: panel.population[region], count: monthCount)
        }
        self.weights = weights
        self.population = population
        meanVisits = max(1e-9, panel.visits.reduce(0, +) / Double(max(1, panel.visits.count)))
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
        isDrive = panel.driveTemplates.map { $0 != nil }
        calibrations = panel.channels.map { code in
            panel.experiments.filter { $0.channel == code }.compactMap { ExperimentCalibration($0, panel: panel) }
        }
        curves = zip(typicalLevel, isDrive).map { level, isDrive in
            isDrive
                ? ResponseCurve(carryOver: 0, halfSaturation: nil)
                : ResponseCurve(carryOver: 0.2, halfSaturation: level)
        }
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
    func gain(_ feature: [Double], _ residual: [Double], channel: Int) -> (gain: Double, coefficient: Double) {
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
        let penalised = square + ridge(feature, channel: channel)
        return (cross * cross / penalised, cross / penalised)
    }

    /// The peak prior as a ridge on a channel's coefficient: the half-normal on the share of visits the feature
    /// brings (coefficient × mean feature ÷ mean visits), in the units of the weighted squared error. Drives carry
    /// none: their turnout is counted, not a promotion effect expected to be small.
    func ridge(_ feature: [Double], channel: Int) -> Double {
        guard !isDrive[channel] else { return 0 }
        let mean = feature.reduce(0, +) / Double(max(1, feature.count))
        let scale = mean / (meanVisits * priors.peakShareDeviation)
        return noiseVariance * scale * scale
    }
}
