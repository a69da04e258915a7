/// Median and MAD: statistics that a single extreme month cannot drag, unlike mean and standard deviation.
public enum RobustStatistics {
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Median absolute deviation from the median, scaled by 1.4826 so it estimates σ for normal data.
    public static func scaledMAD(_ values: [Double]) -> Double? {
        guard let center = median(values) else { return nil }
        return median(values.map { abs($0 - center) }).map { $0 * 1.4826 }
    }

    /// Modified z-score of `value` against `reference` (Iglewicz and Hoaglin); nil when the reference has no
    /// spread. When more than half the deviations are zero the MAD is zero, and the mean absolute deviation
    /// (scaled by 1.2533) stands in.
    public static func score(_ value: Double, against reference: [Double]) -> Double? {
        guard let center = median(reference), let mad = scaledMAD(reference) else { return nil }
        var spread = mad
        if spread == 0 {
            spread = reference.reduce(0) { $0 + abs($1 - center) } / Double(reference.count) * 1.2533
        }
        guard spread > 0 else { return nil }
        return (value - center) / spread
    }
}
