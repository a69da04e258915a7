import Foundation
import OutreachModel

/// `outreach backtest`: for each of the last finished quarters, calibrate on the months before it only, predict
/// each county-month's units — fixed sites on their open days, plus the drives actually held (from the venue-days;
/// without them the month's recorded drive units) — and compare with what was recorded, beside two baselines:
/// the same month last year × the year's trend, and the planner's uncalibrated defaults.
public struct Backtest: Sendable {
    public struct RegionMonth: Sendable, Hashable {
        public var region: String
        public var month: YearMonth
        public var recorded: Double
        public var calibrated: Double
        public var lastYear: Double?
        public var defaults: Double
    }

    public var quarters: [YearMonth]
    public var rows: [RegionMonth]

    /// The last `quarters` finished quarters up to `through`, each predicted from the months before it.
    public static func run(_ calibrator: Calibrator, through: YearMonth, quarters count: Int) -> Backtest {
        let lastStart = YearMonth(year: through.year, month: (through.month - 1) / 3 * 3 + 1)!
        let lastQuarter = through.month % 3 == 0 ? lastStart : lastStart.adding(months: -3)
        let starts = (0..<count).map { lastQuarter.adding(months: -3 * $0) }.reversed()
        let predictor = Predictor(calibrator.workspace)
        var rows: [RegionMonth] = []
        var quarters: [YearMonth] = []
        for start in starts {
            guard let calibration = calibrator.calibrate(through: start.adding(months: -1)),
                calibration.through == start.adding(months: -1)
            else { continue }
            quarters.append(start)
            for offset in 0..<3 {
                rows += predictor.predict(
                    start.adding(months: offset), calibration: calibration, donations: calibrator.donations,
                    drives: calibrator.drives)
            }
        }
        return Backtest(quarters: quarters, rows: rows)
    }

    /// Mean absolute percentage error of the region-months, and the signed error of the totals.
    public var summary: Calibration.BacktestSummary {
        func mape(_ value: (RegionMonth) -> Double?) -> Double? {
            let errors = rows.compactMap { row in value(row).map { abs($0 - row.recorded) / row.recorded } }
            return errors.isEmpty ? nil : errors.reduce(0, +) / Double(errors.count)
        }
        let recorded = rows.reduce(0) { $0 + $1.recorded }
        return .init(
            quarters: quarters.count, regionMonths: rows.count, calibratedMAPE: mape { $0.calibrated } ?? 0,
            calibratedBias: recorded > 0 ? rows.reduce(0) { $0 + $1.calibrated - $1.recorded } / recorded : 0,
            lastYearMAPE: mape { $0.lastYear }, defaultsMAPE: mape { $0.defaults } ?? 0)
    }

    /// MAPE per county: calibrated, last year, defaults.
    public var byRegion: [(region: String, calibrated: Double, lastYear: Double?, defaults: Double, bias: Double)] {
        Dictionary(grouping: rows, by: \.region).map { region, rows in
            func mape(_ value: (RegionMonth) -> Double?) -> Double? {
                let errors = rows.compactMap { row in value(row).map { abs($0 - row.recorded) / row.recorded } }
                return errors.isEmpty ? nil : errors.reduce(0, +) / Double(errors.count)
            }
            let recorded = rows.reduce(0) { $0 + $1.recorded }
            return (
                region, mape { $0.calibrated } ?? 0, mape { $0.lastYear }, mape { $0.defaults } ?? 0,
                recorded > 0 ? rows.reduce(0) { $0 + $1.calibrated - $1.recorded } / recorded : 0
            )
        }.sorted { $0.region < $1.region }
    }
}
