import Foundation

/// The linear parts — region levels, month levels, coefficients — and the fit's error and regional pooling.
extension ChannelFitter {
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
            // What promotion explains, once per pass: the region levels and the error read it cell by cell.
            let promotion = promotionFitted()
            var levels = regionLevels
            for region in 0..<regionCount {
                var cross = 0.0
                var square = 0.0
                for month in 0..<monthCount {
                    let index = region * monthCount + month
                    let column = population[index] * monthLevels[month]
                    cross += weights[index] * column * (visits[index] - promotion[index])
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
            var current = 0.0
            for index in visits.indices {
                let residual = visits[index] - baseline(index) - promotion[index]
                current += weights[index] * residual * residual
            }
            if previous - current <= 1e-9 * max(1e-12, current) { break }
            previous = current
        }
    }

    /// Σ_c coefficient_c × feature_c, per cell.
    func promotionFitted() -> [Double] {
        var result = [Double](repeating: 0, count: visits.count)
        for channel in 0..<channelCount where coefficients[channel] != 0 {
            let coefficient = coefficients[channel]
            features[channel].withUnsafeBufferPointer { feature in
                for index in result.indices { result[index] += coefficient * feature[index] }
            }
        }
        return result
    }

    /// Month levels and coefficients jointly, given the region levels: the month columns are orthogonal, so they
    /// are eliminated exactly (Schur complement) and the coefficients solved by non-negative least squares.
    mutating func solveMonthsAndCoefficients(_ channelGram: [Double], _ channelRHS: [Double]) {
        var gram = channelGram
        var rhs = channelRHS
        var columnSquares = [Double](repeating: 0, count: monthCount)
        var columnVisits = [Double](repeating: 0, count: monthCount)
        var columnFeatures = [Double](repeating: 0, count: monthCount * channelCount)
        var weightedColumns = [Double](repeating: 0, count: visits.count)
        for region in 0..<regionCount {
            for month in 0..<monthCount {
                let index = region * monthCount + month
                let weighted = weights[index] * regionLevels[region] * population[index]
                weightedColumns[index] = weighted
                columnSquares[month] += weighted * regionLevels[region] * population[index]
                columnVisits[month] += weighted * visits[index]
            }
        }
        for channel in 0..<channelCount {
            features[channel].withUnsafeBufferPointer { feature in
                for region in 0..<regionCount {
                    for month in 0..<monthCount {
                        let index = region * monthCount + month
                        columnFeatures[month * channelCount + channel] += weightedColumns[index] * feature[index]
                    }
                }
            }
        }
        for month in 0..<monthCount {
            guard columnSquares[month] > 0 else { continue }
            for a in 0..<channelCount {
                let scaled = columnFeatures[month * channelCount + a] / columnSquares[month]
                rhs[a] -= scaled * columnVisits[month]
                for b in 0..<channelCount {
                    gram[a * channelCount + b] -= scaled * columnFeatures[month * channelCount + b]
                }
            }
        }
        for channel in 0..<channelCount {
            gram[channel * channelCount + channel] += ridge(features[channel], channel: channel)
            // Each experiment: (coefficient × modelled contrast − measured)², in noise variances.
            for calibration in calibrations[channel] {
                let modelled = calibration.modelled(features[channel], months: monthCount)
                let weight = noiseVariance / calibration.variance
                gram[channel * channelCount + channel] += weight * modelled * modelled
                rhs[channel] += weight * modelled * calibration.measured
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

    /// Each region's response to a channel relative to the city's, pooled partially: a group's (county's)
    /// multiplier is its regions' precision-weighted mean shrunk toward 1 by how much groups really differ, and a
    /// region's is its own estimate shrunk toward its group's by how much regions within groups differ (empirical
    /// Bayes at two levels, as the geo-hierarchical models of Meridian and PyMC-Marketing pool geos). Where the
    /// data show no real spread the pooling is full; where they show much, each region keeps its own.
    func multipliers() -> [[Double]] {
        var result = Array(repeating: Array(repeating: 1.0, count: channelCount), count: regionCount)
        let residuals = visits.indices.map { visits[$0] - fitted($0) }
        for channel in 0..<channelCount where coefficients[channel] > 0 {
            var raw = [Double?](repeating: nil, count: regionCount)
            var variances = [Double](repeating: 0, count: regionCount)
            for region in 0..<regionCount {
                var cross = 0.0
                var square = 0.0
                var noise = 0.0
                var count = 0.0
                for month in 0..<monthCount {
                    let index = region * monthCount + month
                    guard weights[index] > 0 else { continue }
                    let effect = coefficients[channel] * features[channel][index]
                    cross += weights[index] * effect * residuals[index]
                    square += weights[index] * effect * effect
                    noise += weights[index] * residuals[index] * residuals[index]
                    count += 1
                }
                guard square > 0, count > 1 else { continue }
                raw[region] = 1 + cross / square
                variances[region] = noise / (count - 1) / square
            }
            for (region, value) in Self.pooled(raw, variances, groups: panel.groups, groupCount: panel.groupCount)
                .enumerated()
            {
                result[region][channel] = min(3, max(0, value))
            }
        }
        return result
    }

    /// Two-level partial pooling of per-region estimates around 1 (see `multipliers`); regions without an
    /// estimate get their group's value.
    static func pooled(_ raw: [Double?], _ variances: [Double], groups: [Int], groupCount: Int) -> [Double] {
        let known = raw.indices.filter { raw[$0] != nil && variances[$0] > 0 }
        guard known.count >= 3 else { return raw.map { _ in 1 } }
        /// Between-unit variance by the method of moments: spread of the estimates beyond their noise.
        func between(_ values: [Double], _ noise: [Double], around center: [Double]) -> Double {
            guard values.count > 1 else { return 0 }
            let spread = zip(values, center).reduce(0.0) { $0 + pow($1.0 - $1.1, 2) } / Double(values.count - 1)
            return max(0, spread - noise.reduce(0, +) / Double(noise.count))
        }
        var groupMean = [Double](repeating: 1, count: groupCount)
        var groupVariance = [Double](repeating: .infinity, count: groupCount)
        for group in 0..<groupCount {
            let members = known.filter { groups[$0] == group }
            let precision = members.reduce(0.0) { $0 + 1 / variances[$1] }
            guard precision > 0 else { continue }
            groupMean[group] = members.reduce(0.0) { $0 + raw[$1]! / variances[$1] } / precision
            groupVariance[group] = 1 / precision
        }
        let estimated = (0..<groupCount).filter { groupVariance[$0].isFinite }
        let betweenGroups =
            estimated.count >= 3
            ? between(
                estimated.map { groupMean[$0] }, estimated.map { groupVariance[$0] },
                around: estimated.map { _ in 1 }) : 0
        let groupValue = (0..<groupCount).map { group -> Double in
            guard groupVariance[group].isFinite, betweenGroups > 0 else { return 1 }
            return 1 + betweenGroups / (betweenGroups + groupVariance[group]) * (groupMean[group] - 1)
        }
        let withinGroups = between(
            known.map { raw[$0]! }, known.map { variances[$0] }, around: known.map { groupValue[groups[$0]] })
        return raw.indices.map { region in
            let center = groupValue[groups[region]]
            guard let value = raw[region], variances[region] > 0, withinGroups > 0 else { return center }
            return center + withinGroups / (withinGroups + variances[region]) * (value - center)
        }
    }
}
