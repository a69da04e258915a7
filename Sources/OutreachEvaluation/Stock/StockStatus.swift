import OutreachModel

/// Where each series of stock stands on a day: units on the shelves, the issues expected per day, the days of
/// supply they make, and the alert level reached under `stock.json`'s rules; with the daily history behind it.
public struct StockStatus: Sendable {
    public struct Series: Sendable {
        public var series: StockSeries
        /// The day of the last row on or before the status day.
        public var date: CivilDate
        public var inStock: Int
        /// The mean of the last `trailingDays` days' issues, times `seasonFactor`.
        public var expectedDailyIssues: Double
        /// Last year's issues in the coming weeks over those in the weeks before (1 without a year of history): the
        /// rise after Spring Festival is seen before it comes.
        public var seasonFactor: Double
        /// Stock ÷ expected daily issues; nil when no issues are expected.
        public var daysOfSupply: Double?
        /// Index into the settings' levels: the strictest level reached; nil below none.
        public var level: Int?
        /// Days of supply on each day with a row, oldest first.
        public var history: [(date: CivilDate, daysOfSupply: Double?)]
        /// Collections per day (stock − yesterday's stock + issued, or the sheet's own), the last `trailingDays`.
        public var meanDailyCollections: Double
    }

    public var at: CivilDate
    public var series: [Series]

    /// The strictest level any series has reached.
    public var level: Int? { series.compactMap(\.level).max() }

    /// The series at `level` or stricter.
    public func series(atLeast level: Int) -> [Series] { series.filter { ($0.level ?? -1) >= level } }

    /// The shortage plan this status calls for: the strictest level reached by a series that issues at least
    /// `minimumDailyIssues` a day (a rare group's handful of units is met by recall, not by a city's plan), with
    /// every such series at a level as the short ones; nil when none is, or the last row is over a week old.
    public func trigger(_ settings: StockSettings) -> StockTrigger? {
        let counted = series.filter {
            $0.level != nil && $0.expectedDailyIssues >= settings.minimumDailyIssues && $0.date >= at.adding(days: -7)
        }
        guard let level = counted.compactMap(\.level).max() else { return nil }
        return StockTrigger(
            date: at, level: settings.levels[level],
            short: counted.map {
                StockTrigger.Short(
                    group: $0.series.group, component: $0.series.component, daysOfSupply: $0.daysOfSupply)
            })
    }

    /// The status on `at` from every row on or before it; series without a row are left out.
    public static func on(_ at: CivilDate, records: [StockRecord], settings: StockSettings) -> StockStatus {
        let bySeries = Dictionary(grouping: records.filter { $0.date <= at }, by: \.series)
        let series = bySeries.keys.sorted().compactMap { key -> Series? in
            let rows = bySeries[key]!.sorted { $0.date < $1.date }
            return evaluate(rows, on: at, settings: settings)
        }
        return StockStatus(at: at, series: series)
    }

    static func evaluate(_ rows: [StockRecord], on at: CivilDate, settings: StockSettings) -> Series? {
        guard let last = rows.last else { return nil }
        let issues = Dictionary(rows.map { ($0.date, Double($0.issued)) }, uniquingKeysWith: { first, _ in first })
        let trailing = max(1, settings.trailingDays)
        /// Mean daily issues over the `trailing` days ending on `day` (days without a row left out).
        func mean(endingOn day: CivilDate) -> Double? {
            let values = (0..<trailing).compactMap { issues[day.adding(days: -$0)] }
            return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
        func season(on day: CivilDate) -> Double {
            let yearAgo = day.adding(days: -364)  // the same weekday a year before
            // Too few issues a year ago (a rare group) make a ratio of noise.
            guard let before = mean(endingOn: yearAgo), before * Double(trailing) >= 20,
                let coming = mean(endingOn: yearAgo.adding(days: trailing))
            else { return 1 }
            return min(2, max(0.5, coming / before))
        }
        func supply(_ row: StockRecord) -> Double? {
            guard let daily = mean(endingOn: row.date), daily > 0 else { return nil }
            return Double(row.inStock) / (daily * season(on: row.date))
        }
        let history = rows.map { (date: $0.date, daysOfSupply: supply($0)) }
        let factor = season(on: last.date)
        let expected = (mean(endingOn: last.date) ?? 0) * factor
        // Reached when the days of supply stayed below the level's days on `consecutiveDays` days in a row.
        var level: Int?
        for (index, rule) in settings.levels.enumerated() {
            guard let threshold = rule.days(for: last.series.component), history.count >= rule.consecutiveDays else {
                continue
            }
            let recent = history.suffix(rule.consecutiveDays)
            let consecutive = recent.first!.date.adding(days: rule.consecutiveDays - 1) == last.date
            if consecutive, recent.allSatisfy({ ($0.daysOfSupply ?? .infinity) < threshold }) { level = index }
        }
        var collected: [Double] = []
        for (index, row) in rows.enumerated().suffix(trailing) where index > 0 || row.collected != nil {
            if let value = row.collected {
                collected.append(Double(value))
            } else if rows[index - 1].date.adding(days: 1) == row.date {
                collected.append(max(0, Double(row.inStock - rows[index - 1].inStock + row.issued)))
            }
        }
        return Series(
            series: last.series, date: last.date, inStock: last.inStock, expectedDailyIssues: expected,
            seasonFactor: factor, daysOfSupply: expected > 0 ? Double(last.inStock) / expected : nil, level: level,
            history: history,
            meanDailyCollections: collected.isEmpty ? 0 : collected.reduce(0, +) / Double(collected.count))
    }
}
