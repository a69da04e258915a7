import Foundation
import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach simulate export FILE [--from DATE] [--to DATE] [--seed N] [--gb18030] [--bad-rows PERCENT]`: the
/// donations of the workspace's simulated world as a blood-management export of fictitious donors, in the generic
/// format: importing it reproduces the simulated months. To try `import records`, `recall`, `pools` and
/// `calibrate` before a station's own export is at hand.
enum SimulateExportCommand {
    static let spec = CommandSpec(
        name: "simulate export", abstract: .simulateExportAbstract,
        arguments: [ArgumentSpec("file", help: .argumentExportOutput)],
        options: [
            OptionSpec("from", value: "YYYY-MM-DD", help: .optionFromDate),
            OptionSpec("to", value: "YYYY-MM-DD", help: .optionToDate),
            OptionSpec("seed", value: "N", help: .optionExportSeed),
            OptionSpec("gb18030", help: .optionGB18030),
            OptionSpec("bad-rows", value: "PERCENT", help: .optionBadRows),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        guard let path = invocation.arguments.positionals.first else { throw .usage(.missingArgument("file")) }
        let (workspace, _) = try invocation.loadForRecords()
        let (truth, problems) = RecordStore.simulationTruth(invocation.paths)
        guard problems.isEmpty else { throw .problems(problems) }
        // The workspace's simulated world when it has one (its last twelve months by default), else a world of
        // the twelve finished months before this one.
        let thisMonth = YearMonth(invocation.context.today)
        let lastMonth = truth?.last ?? thisMonth.adding(months: -1)
        let from: CivilDate
        let to: CivilDate
        let seed: Int
        let badPercent: Int
        do throws(UsageMessage) {
            from = try invocation.arguments.date("from") ?? lastMonth.adding(months: -11).firstDay
            to = try invocation.arguments.date("to") ?? lastMonth.lastDay
            seed = try invocation.arguments.positiveInteger("seed") ?? 1
            badPercent = try invocation.arguments.positiveInteger("bad-rows") ?? 0
            guard badPercent <= 50 else {
                throw UsageMessage.invalidValue(option: "bad-rows", value: "\(badPercent)", expected: .oneOf(["1–50"]))
            }
        } catch { throw .usage(error) }
        guard from <= to else { throw .message(invocation.strings.importing(.exportPeriodEmpty(from: from, to: to))) }
        let world =
            if let truth {
                World(
                    workspace: workspace, from: truth.first, through: truth.last, seed: truth.seed,
                    settings: truth.settings)
            } else {
                World(
                    workspace: workspace, from: YearMonth(from), through: YearMonth(to), seed: UInt64(seed),
                    settings: .forCity(workspace.settings.cityCode))
            }
        var generator = ExportGenerator(workspace: workspace, from: from, to: to, seed: world.seed)
        generator.gb18030 = invocation.arguments.has("gb18030")
        generator.badShare = Double(badPercent) / 100
        let totals: ExportGenerator.Totals
        do { totals = try generator.write(world, to: invocation.fileURL(path)) } catch {
            throw .message(
                invocation.strings.importing(
                    .exportUnwritable(
                        path: path, reason: invocation.strings.writeReason(.from(error, path: path, step: .write)))))
        }
        let message = ImportMessage.exportWritten(
            path: path, encoding: generator.gb18030 ? "GB18030" : "UTF-8", rows: totals.rows, bad: totals.badRows,
            donors: totals.donors, from: from, to: to, ofRecords: truth != nil && totals.badRows == 0)
        return CommandResult(output: invocation.strings.importing(message) + "\n")
    }
}
