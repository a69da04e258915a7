import Foundation

/// Axis ticks at "nice" numbers (1, 2, 5 × 10ⁿ) that cover a range, as a person would draw them.
public struct NiceScale: Equatable, Sendable {
    public var ticks: [Double]
    public var upper: Double

    /// Ticks from 0 to at least `maximum`, about `count` of them.
    public init(maximum: Double, count: Int = 5) {
        let top = maximum > 0 && maximum.isFinite ? maximum : 1
        let rough = top / Double(max(1, count - 1))
        let magnitude = pow(10, floor(log10(rough)))
        let fraction = rough / magnitude
        let step = (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) * magnitude
        let steps = Int(ceil(top / step - 1e-9))
        ticks = (0...max(1, steps)).map { Double($0) * step }
        upper = ticks.last ?? 1
    }
}
