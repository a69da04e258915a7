import Foundation

/// How a channel's events turn into donor visits: geometric carry-over (adstock) then Hill saturation.
///
///     adstock(t) = events(t) + carryOver × adstock(t − 1)
///     effect     = coefficient × P × hill(adstock / P),  hill(u) = uˢ / (uˢ + Kˢ)
///
/// with P the region's population in millions, so K (events per month per million people at half the maximum
/// effect) means the same in a small and a large region. Without saturation (K = nil) the effect is linear:
/// coefficient × adstock, the coefficient being visits per event.
public struct ResponseCurve: Hashable, Sendable, Codable {
    public var carryOver: Double
    /// Adstock per million people at half the maximum effect; nil for a linear response.
    public var halfSaturation: Double?
    public var shape: Double

    public init(carryOver: Double, halfSaturation: Double?, shape: Double = 1) {
        self.carryOver = carryOver
        self.halfSaturation = halfSaturation
        self.shape = shape
    }

    /// The response to an adstock per million (before the coefficient and population).
    @inline(__always)
    public func response(perMillion adstock: Double) -> Double {
        guard let half = halfSaturation else { return adstock }
        guard adstock > 0 else { return 0 }
        let powered = shape == 1 ? adstock : pow(adstock, shape)
        return powered / (powered + (shape == 1 ? half : pow(half, shape)))
    }

    /// The monthly effect (before the coefficient) of holding `events` a month for long enough that carry-over has
    /// built up: the adstock settles at events / (1 − carryOver).
    public func steadyEffect(events: Double, population: Double) -> Double {
        guard population > 0 else { return 0 }
        let adstock = events / (1 - carryOver)
        return population * response(perMillion: adstock / population)
    }

    /// Months an event keeps working on average (1 for no carry-over).
    public var meanLag: Double { 1 / (1 - carryOver) }

    /// The model's feature for one region: population × response(adstock / population), month by month. The first
    /// month starts from the carry-over of the same level held before, so the series has no start-up dip.
    public func feature(events: ArraySlice<Double>, population: Double, into output: inout [Double], at offset: Int) {
        guard population > 0, let first = events.first else { return }
        var adstock = first * carryOver / (1 - carryOver)
        var index = offset
        for value in events {
            adstock = value + carryOver * adstock
            output[index] = halfSaturation == nil ? adstock : population * response(perMillion: adstock / population)
            index += 1
        }
    }
}
