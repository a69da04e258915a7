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
