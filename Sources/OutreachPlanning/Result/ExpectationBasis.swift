import OutreachModel

/// Where a plan's expectations came from, printed in its header so a leader knows how far to trust "预计采血":
/// the months a calibration used and its latest backtest error, or the defaults when there is no calibration.
public struct ExpectationBasis: Hashable, Sendable, Codable {
    /// nil: the campaign templates' and `planning.json` defaults.
    public var calibratedFrom: YearMonth?
    public var calibratedThrough: YearMonth?
    public var backtest: Calibration.BacktestSummary?
    /// Parameters the records could not support; their defaults stayed.
    public var gaps: [CalibrationGap]

    public init(_ calibration: Calibration?) {
        calibratedFrom = calibration?.from
        calibratedThrough = calibration?.through
        backtest = calibration?.backtest
        gaps = calibration?.gaps ?? []
    }
}
