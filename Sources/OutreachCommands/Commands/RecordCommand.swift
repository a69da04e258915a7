import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach record promotion|donations|targets FILE [--by NAME]`.
enum RecordCommand {
    static func spec(_ kind: RecordKind) -> CommandSpec {
        let abstract: Phrase =
            switch kind {
            case .promotion: .recordPromotionAbstract
            case .donations: .recordDonationsAbstract
            case .targets, .drives: .recordTargetsAbstract
            }
        return CommandSpec(
            name: "record " + kind.rawValue, abstract: abstract, arguments: [ArgumentSpec("file", help: .argumentFile)],
            options: [OptionSpec("by", value: "NAME", help: .optionBy)] + CommandSpec.commonOptions
                + [CommandSpec.helpOption])
    }

    static let commands = RecordKind.allCases.filter { $0 != .drives }.map { kind in
        Outreach.Command(spec: spec(kind)) { invocation throws(CommandFailure) in try run(kind, invocation) }
    }

    static func run(_ kind: RecordKind, _ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        guard let path = invocation.arguments.positionals.first else { throw .usage(.missingArgument("file")) }
        let workspace = try invocation.loadForPlanning()
        let report: IntakeReport
        do throws(IntakeFailure) {
            report = try invocation.intake(workspace).record(kind, file: invocation.fileURL(path), display: path)
        } catch { throw invocation.failure(error) }
        let strings = invocation.strings
        let lines = describe(report, kind: kind, file: path, strings)
        let warnings = report.warnings.map { ProblemReport.line($0, strings) + "\n" }.joined()
        return CommandResult(output: lines.joined(separator: "\n") + "\n", errorOutput: warnings)
    }

    /// What recording changed, a line each (at most 50 changes listed).
    static func describe(_ report: IntakeReport, kind: RecordKind, file: String, _ strings: any Catalog) -> [String] {
        let entry = report.entry
        var lines: [String] = []
        if report.foundUnauditedChange { lines.append(strings.evaluation(.unaudited(file: kind.rawValue))) }
        if report.isNoOp {
            lines.append(strings.evaluation(.recordedNothing(kind: kind.rawValue, file: file, rows: entry.rows)))
        } else {
            lines.append(
                strings.evaluation(
                    .recorded(
                        kind: kind.rawValue, file: file, rows: entry.rows, added: entry.added, removed: entry.removed,
                        changed: entry.changed, unchanged: entry.unchanged)))
            lines += report.details.prefix(50).map {
                strings.evaluation(.change(kind: $0.kind.rawValue, key: $0.key, fields: $0.fields))
            }
            if report.details.count > 50 { lines.append("  …") }
        }
        return lines
    }
}
