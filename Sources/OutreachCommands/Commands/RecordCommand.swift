import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach record promotion|donations|targets|stock FILE [--by NAME]`.
enum RecordCommand {
    static func spec(_ kind: RecordKind) -> CommandSpec {
        let abstract: Phrase =
            switch kind {
            case .promotion: .recordPromotionAbstract
            case .donations: .recordDonationsAbstract
            case .targets, .drives: .recordTargetsAbstract
            case .stock: .recordStockAbstract
            }
        return CommandSpec(
            name: "record " + kind.rawValue, abstract: abstract, arguments: [ArgumentSpec("file", help: .argumentFile)],
            options: [
                OptionSpec("by", value: "NAME", help: .optionBy),
                OptionSpec("sheet", value: "NAME", help: .optionSheet),
            ]
                + CommandSpec.writeOptions
                + CommandSpec.commonOptions + [CommandSpec.helpOption],
            columns: kind.columns)
    }

    static let commands = RecordKind.allCases.filter { $0 != .drives }.map { kind in
        Outreach.Command(spec: spec(kind)) { invocation throws(CommandFailure) in try run(kind, invocation) }
    }

    static func run(_ kind: RecordKind, _ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        guard let path = invocation.arguments.positionals.first else { throw .usage(.missingArgument("file")) }
        let workspace = try invocation.loadForPlanning()
        let report: IntakeReport
        do throws(IntakeFailure) {
            report = try invocation.intake(workspace).record(
                kind, file: invocation.fileURL(path), display: path, sheet: invocation.arguments.value("sheet"))
        } catch { throw invocation.failure(error) }
        let strings = invocation.strings
        let lines = describe([report], file: path, workspace: workspace, strings)
        let warnings = report.warnings.map { ProblemReport.line($0, strings) + "\n" }.joined()
        return CommandResult(
            output: lines.joined(separator: "\n") + "\n", errorOutput: warnings + invocation.sampleNotice(workspace))
    }

    /// Each table's periods with rows added, removed and changed and totals before and after.
    static func periodLines(_ reports: [IntakeReport], _ strings: any Catalog) -> [String] {
        reports.filter { !$0.periods.isEmpty }.flatMap { report in
            (reports.count > 1 ? [strings.history(.table(report.kind.rawValue))] : [])
                + report.periods.map { strings.history(.period($0)) }
        }
    }

    /// What recording changed (or, in a dry run, would change): the summary, each period's totals before and after,
    /// then the rows, named in words (at most 50 listed).
    static func describe(_ reports: [IntakeReport], file: String, workspace: Workspace, _ strings: any Catalog)
        -> [String]
    {
        guard let report = reports.first else { return [] }
        let entry = report.entry
        var lines: [String] = []
        if report.isDryRun { lines.append(strings.history(.dryRun(file: file))) }
        for unaudited in reports where unaudited.foundUnauditedChange {
            lines.append(strings.evaluation(.unaudited(file: unaudited.kind.rawValue)))
        }
        if reports.allSatisfy(\.isNoOp) {
            lines.append(strings.evaluation(.recordedNothing(kind: report.kind.rawValue, file: file, rows: entry.rows)))
            return lines
        }
        if !report.isDryRun {
            lines.append(
                strings.evaluation(
                    .recorded(
                        kind: report.kind.rawValue, file: file, rows: entry.rows, added: entry.added,
                        removed: entry.removed, changed: entry.changed, unchanged: entry.unchanged)))
        }
        lines += periodLines(reports, strings)
        let threshold = workspace.evaluation.records.shrinkThreshold
        if report.isDryRun, reports.contains(where: { $0.shrinks(threshold: threshold) }) {
            lines.append(strings.history(.dryRunWouldShrink(threshold: threshold)))
        }
        let details = report.details
        lines += details.prefix(50).map {
            strings.evaluation(
                .change(kind: $0.kind.rawValue, key: keyName($0.key, workspace, strings), fields: $0.fields))
        }
        if details.count > 50 { lines.append("  …") }
        if !report.isDryRun && report.entry.removed > 0 { lines.append(strings.history(.undoHint)) }
        return lines
    }

    /// `2026-11|440902|college` in words: `2026-11 茂南区 高校`.
    static func keyName(_ key: String, _ workspace: Workspace, _ strings: any Catalog) -> String {
        key.split(separator: "|").map { part in
            let text = String(part)
            if let region = workspace.tree.region(code: text) { return region.name }
            if let kind = VenueKind(rawValue: text) { return strings.name(of: kind) }
            if workspace.channels.contains(where: { $0.code == text }) {
                return ChannelModelReport.channelName(text, workspace, strings)
            }
            return text
        }.joined(separator: " ")
    }
}
