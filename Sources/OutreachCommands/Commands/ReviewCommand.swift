import OutreachEvaluation
import OutreachModel
import OutreachReports

/// `outreach review --year YYYY`: the party branch's scorecard.
enum ReviewCommand {
    static let spec = CommandSpec(
        name: "review", abstract: .reviewAbstract,
        options: [
            OptionSpec("year", value: "YYYY", help: .optionYear),
            OptionSpec("format", value: "text|md|html|csv|json|xlsx", help: .optionEvaluationFormat),
            OptionSpec("output", value: "FILE", help: .optionTableOutput),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    enum Format: String, CaseIterable { case text, md, html, csv, json, xlsx }

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let year: Int
        let format: Format
        do throws(UsageMessage) {
            year = try invocation.arguments.positiveInteger("year") ?? invocation.context.today.year
            format = try invocation.arguments.choice("format", default: Format.text)
        } catch { throw .usage(error) }
        let (workspace, store) = try invocation.loadForRecords()
        let card = Scorecard(year: year, workspace: workspace, history: store.history(workspace))
        let strings = invocation.strings
        guard !card.months.isEmpty else { throw .message(strings.evaluation(.reviewNoData(year))) }
        let table = ScorecardView(scorecard: card, workspace: workspace).table(strings)
        switch format {
        case .html:
            return CommandResult(
                output: HTMLPage.document(
                    title: table.title ?? "",
                    body: "<h1>" + HTMLPage.escape(table.title ?? "") + "</h1>\n" + HTMLPage.section(table),
                    strings))
        case .text: return CommandResult(output: TableRenderer.render(table, as: .text))
        case .md: return CommandResult(output: TableRenderer.render(table, as: .md))
        case .csv: return CommandResult(output: TableRenderer.render(table, as: .csv))
        case .json: return CommandResult(output: TableRenderer.render(table, as: .json))
        case .xlsx: return try invocation.respond(.xlsx, tables: { [table] }, text: { _ in "" })
        }
    }
}
