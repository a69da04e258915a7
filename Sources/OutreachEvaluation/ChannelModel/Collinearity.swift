/// Whether the promotion plan lets channels be told apart: the correlation of their events per person once each
/// region's and each month's average is removed (that is all the model identifies a channel from), and from it
/// each channel's variance inflation. It is a property of the plan, so the events are compared with one common
/// carry-over rather than with each channel's fitted curve.
struct Collinearity {
    let count: Int
    /// Row-major correlation matrix.
    let correlations: [Double]
    /// Per channel: 1 when it varies independently of the others; large when the others explain its variation.
    let inflation: [Double]

    init(_ panel: ChannelPanel) {
        count = panel.channelCount
        let regions = panel.regionCount
        let months = panel.monthCount
        let common = ResponseCurve(carryOver: 0.3, halfSaturation: nil)
        let series = (0..<count).map { channel -> [Double] in
            let adstock = ChannelFitter.feature(panel: panel, channel: channel, curve: common)
            var scaled = adstock.indices.map { adstock[$0] / max(1e-9, panel.population[$0 / max(1, months)]) }
            // Removing region means then month means, three times over, converges on the two-way demeaned series.
            for _ in 0..<3 {
                for region in 0..<regions {
                    let range = (region * months)..<((region + 1) * months)
                    let mean = range.reduce(0.0) { $0 + scaled[$1] } / Double(months)
                    for index in range { scaled[index] -= mean }
                }
                for month in 0..<months {
                    let mean = (0..<regions).reduce(0.0) { $0 + scaled[$1 * months + month] } / Double(regions)
                    for region in 0..<regions { scaled[region * months + month] -= mean }
                }
            }
            return scaled
        }
        let norms = series.map { $0.reduce(0.0) { $0 + $1 * $1 }.squareRoot() }
        var matrix = [Double](repeating: 0, count: count * count)
        for a in 0..<count {
            for b in 0..<count {
                let dot = zip(series[a], series[b]).reduce(0.0) { $0 + $1.0 * $1.1 }
                matrix[a * count + b] = norms[a] > 0 && norms[b] > 0 ? dot / (norms[a] * norms[b]) : (a == b ? 1 : 0)
            }
        }
        correlations = matrix
        if count > 1 {
            // A small ridge keeps the inverse finite when two channels move in lockstep (then it is very large).
            var ridged = matrix
            for index in 0..<count { ridged[index * count + index] += 1e-6 }
            let inverse = GaussianElimination.inverse(ridged, size: count)
            let size = count
            inflation = (0..<size).map { max(1, inverse[$0 * size + $0]) }
        } else {
            inflation = Array(repeating: 1, count: count)
        }
    }

    /// The channels most correlated with one: those above 0.7, or the single strongest.
    func partners(of channel: Int) -> [Int] {
        let others = (0..<count).filter { $0 != channel }.sorted {
            abs(correlations[channel * count + $0]) > abs(correlations[channel * count + $1])
        }
        let strong = others.filter { abs(correlations[channel * count + $0]) > 0.7 }
        return strong.isEmpty ? Array(others.prefix(1)) : strong
    }
}
