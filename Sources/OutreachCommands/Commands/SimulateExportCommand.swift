import Foundation
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach simulate export FILE [--rows N] [--from DATE] [--to DATE] [--seed N] [--gb18030] [--bad-rows PERCENT]`:
/// a blood-management export of fictitious donors for the workspace's venues, in the generic format, to try
/// `import records`, `recall` and `pools` on before a station's own export is at hand.
enum SimulateExportCommand {
    static let spec = CommandSpec(
        name: "simulate export", abstract: .simulateExportAbstract,
        arguments: [ArgumentSpec("file", help: .argumentExportOutput)],
        options: [
            OptionSpec("rows", value: "N", help: .optionRows),
            OptionSpec("from", value: "YYYY-MM-DD", help: .optionFromDate),
            OptionSpec("to", value: "YYYY-MM-DD", help: .optionToDate),
            OptionSpec("seed", value: "N", help: .optionExportSeed),
            OptionSpec("gb18030", help: .optionGB18030),
            OptionSpec("bad-rows", value: "PERCENT", help: .optionBadRows),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        guard let path = invocation.arguments.positionals.first else { throw .usage(.missingArgument("file")) }
        // By default the twelve finished months before this one: every row then counts when imported.
        let thisMonth = YearMonth(invocation.context.today)
        let rows: Int
        let from: CivilDate
        let to: CivilDate
        let seed: Int
        let badPercent: Int
        do throws(UsageMessage) {
            rows = try invocation.arguments.positiveInteger("rows") ?? 20_000
            from = try invocation.arguments.date("from") ?? thisMonth.adding(months: -12).firstDay
            to = try invocation.arguments.date("to") ?? thisMonth.firstDay.adding(days: -1)
            seed = try invocation.arguments.positiveInteger("seed") ?? 1
            badPercent = try invocation.arguments.positiveInteger("bad-rows") ?? 0
            guard badPercent <= 50 else {
                throw UsageMessage.invalidValue(option: "bad-rows", value: "\(badPercent)", expected: .oneOf(["1–50"]))
            }
        } catch { throw .usage(error) }
        guard from <= to else { throw .message(invocation.strings.importing(.exportPeriodEmpty(from: from, to: to))) }
        let (workspace, _) = try invocation.loadForRecords()
        var generator = ExportGenerator(workspace: workspace, from: from, to: to, seed: UInt64(seed))
        generator.gb18030 = invocation.arguments.has("gb18030")
        generator.badShare = Double(badPercent) / 100
        let totals: ExportGenerator.Totals
        do { totals = try generator.write(rows: rows, to: invocation.fileURL(path)) } catch {
            throw .message(invocation.strings.importing(.exportUnwritable(path: path, reason: "\(error)")))
        }
        let message = ImportMessage.exportWritten(
            path: path, encoding: generator.gb18030 ? "GB18030" : "UTF-8", rows: totals.rows, bad: totals.badRows,
            donors: totals.donors, from: from, to: to)
        return CommandResult(output: invocation.strings.importing(message) + "\n")
    }
}
