import Foundation

/// The search over each channel's carry-over and saturation, with weak priors.
extension ChannelFitter {
    mutating func estimateNoise() {
        let observations = weights.filter { $0 > 0 }.count
        let parameters = regionCount + monthCount + 3 * channelCount
        noiseVariance = max(1e-12, error() / Double(max(1, observations - parameters)))
    }

    /// Minus the log prior of a curve (up to a constant), in units of the noise variance like the error gain.
    func penalty(_ curve: ResponseCurve, channel: Int) -> Double {
        let carry = (curve.carryOver - priors.carryOverMean) / priors.carryOverDeviation
        let saturation =
            log((curve.halfSaturation ?? typicalLevel[channel] * 32) / typicalLevel[channel])
            / priors.saturationDeviation
        return (carry * carry + saturation * saturation) / 2
    }

    /// How good a candidate is: the error it removes (in noise variances, i.e. log-likelihood) minus its prior.
    func score(_ gain: Double, _ curve: ResponseCurve, channel: Int) -> Double {
        gain / (2 * noiseVariance) - penalty(curve, channel: channel)
    }

    mutating func gridSearch(_ channel: Int) {
        guard !isDrive[channel] else { return }
        let residual = partialResidual(excluding: channel)
        var best = gain(features[channel], residual, channel: channel)
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
                let tried = gain(candidate, residual, channel: channel)
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
        for channel in 0..<channelCount where !isDrive[channel] {
            let residual = partialResidual(excluding: channel)
            var current = curves[channel]
            var best = gain(features[channel], residual, channel: channel)
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
                        let tried = gain(candidate, residual, channel: channel)
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
}
