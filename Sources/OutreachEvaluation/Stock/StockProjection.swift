import OutreachModel

/// Stock carried forward day by day: yesterday's stock, plus the day's expected collections, less the expected
/// issues (never below zero; platelets keep 5 days, so stock above 5 days' issues is discarded as it expires).
public struct StockProjection: Sendable {
    public struct Day: Sendable, Hashable {
        public var date: CivilDate
        public var stock: Double
        public var daysOfSupply: Double?
    }

    public var series: StockSeries
    public var days: [Day]
    /// Days of supply the series must be back above: its current level's, or the mildest level's.
    public var threshold: Double?
    /// The first projected day at or above `threshold` after being below it; nil when it stays below, or never was.
    public var backAboveOn: CivilDate?

    /// Platelets expire after 5 days (GB 18469-2012 keeps apheresis platelets 5 days at 22 °C).
    public static let plateletShelfDays = 5.0

    /// `collections` gives the units (doses) expected in on a day; issues stay at the status's expected rate.
    public static func project(
        _ status: StockStatus.Series, days: Int, settings: StockSettings, collections: (CivilDate) -> Double
    ) -> StockProjection {
        let issues = status.expectedDailyIssues
        let component = status.series.component
        let level = status.level ?? 0
        let threshold = settings.levels.indices.contains(level) ? settings.levels[level].days(for: component) : nil
        var stock = Double(status.inStock)
        var projected: [Day] = []
        var wasBelow = threshold.map { (status.daysOfSupply ?? .infinity) < $0 } ?? false
        var backAbove: CivilDate?
        for offset in 1...max(1, days) {
            let date = status.date.adding(days: offset)
            stock = max(0, stock + collections(date) - issues)
            if component == .platelets { stock = min(stock, issues * plateletShelfDays) }
            let supply = issues > 0 ? stock / issues : nil
            projected.append(Day(date: date, stock: stock, daysOfSupply: supply))
            guard let threshold else { continue }
            let below = (supply ?? .infinity) < threshold
            if wasBelow, !below, backAbove == nil { backAbove = date }
            if below { backAbove = nil }
            wasBelow = wasBelow || below
        }
        return StockProjection(series: status.series, days: projected, threshold: threshold, backAboveOn: backAbove)
    }
}
