import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach calibrate [--through YYYY-MM] [--format text|md|json]` and `outreach backtest [--quarters N]
/// [--format text|md|csv|json]`: the station's own expectations, and how well they would have predicted.
enum CalibrateCommand {
    /// A calibration is a document, not one table: no CSV, but its tables as a workbook.
    enum Format: String, CaseIterable {
        case text, md, json, xlsx
    }

    static let calibrate = CommandSpec(
        name: "calibrate", abstract: .calibrateAbstract,
        options: [
            OptionSpec("through", value: "YYYY-MM", help: .optionCalibrateThrough),
            OptionSpec("format", value: "text|md|json|xlsx", help: .optionFormat),
            OptionSpec("output", value: "FILE", help: .optionTableOutput),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static let backtest = CommandSpec(
        name: "backtest", abstract: .backtestAbstract,
        options: [
            OptionSpec("quarters", value: "N", help: .optionQuarters),
            OptionSpec("through", value: "YYYY-MM", help: .optionCalibrateThrough),
        ] + CommandSpec.tableFormatOptions + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func runCalibrate(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let chosen: Format
        do throws(UsageMessage) {
            chosen = try invocation.arguments.choice("format", default: Format.text)
        } catch { throw .usage(error) }
        let (workspace, calibrator, through) = try prepare(invocation)
        guard let (calibration, _) = calibrator.run(through: through) else {
            throw .message(invocation.strings.calibration(.nothingToCalibrate))
        }
        do throws(WriteFailure) { try CalibrationStore.save(calibration, to: invocation.paths) } catch {
            throw .message(
                invocation.strings.evaluation(
                    .writeFailed(path: error.path, reason: invocation.strings.writeReason(error))))
        }
        let report = CalibrationReport(calibration: calibration, workspace: workspace)
        guard let format = OutputFormat(rawValue: chosen.rawValue) else {
            return try invocation.respond(.xlsx, tables: { report.tables(invocation.strings) }, text: { _ in "" })
        }
        var output = report.render(invocation.strings, as: format)
        if format != .json {
            output +=
                invocation.strings.calibration(
                    .written(path: invocation.paths.workspaceDisplay + "/" + CalibrationStore.file)) + "\n"
        }
        return CommandResult(output: output)
    }

    static func runBacktest(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let format: TableFormat
        let quarters: Int
        do throws(UsageMessage) {
            format = try invocation.tableFormat
            quarters = try invocation.arguments.positiveInteger("quarters") ?? 4
        } catch { throw .usage(error) }
        let (workspace, calibrator, through) = try prepare(invocation)
        let backtest = Backtest.run(calibrator, through: through, quarters: quarters)
        let report = BacktestReport(backtest: backtest, workspace: workspace)
        return try invocation.respond(
            format, tables: { report.tables(invocation.strings) },
            text: { report.render(invocation.strings, as: $0) })
    }

    /// The workspace, a calibrator over its records, and the last month to use.
    static func prepare(_ invocation: Invocation) throws(CommandFailure) -> (Workspace, Calibrator, YearMonth) {
        let (workspace, store) = try invocation.loadForRecords()
        let chosen: YearMonth?
        do throws(UsageMessage) { chosen = try invocation.arguments.month("through") } catch { throw .usage(error) }
        guard let through = chosen ?? store.donations.map(\.month).max() else {
            throw .message(invocation.strings.calibration(.nothingToCalibrate))
        }
        let files = [RecordStore.donationsFile] + (store.drives.isEmpty ? [] : [RecordStore.drivesFile])
        let calibrator = Calibrator(
            workspace: workspace, donations: store.donations, drives: store.drives, files: files)
        return (workspace, calibrator, through)
    }
}
