import OutreachLoading
import OutreachModel
import OutreachPlanning
import OutreachReports

/// `outreach brief LEADER [--month YYYY-MM] [--format text|md|html|xlsx] [--output FILE]`: one leader's page.
enum BriefCommand {
    static let spec = CommandSpec(
        name: "brief", abstract: .briefAbstract, arguments: [ArgumentSpec("leader", help: .argumentLeader)],
        options: [
            OptionSpec("month", value: "YYYY-MM", help: .optionMonth),
            OptionSpec("format", value: "text|md|html|xlsx", help: .optionFormat),
            OptionSpec("output", value: "FILE", help: .optionTableOutput),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    enum Format: String, CaseIterable { case text, md, html, xlsx }

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        guard let name = invocation.arguments.positionals.first else { throw .usage(.missingArgument("leader")) }
        let format: Format
        do throws(UsageMessage) { format = try invocation.arguments.choice("format", default: Format.text) } catch {
            throw .usage(error)
        }
        let (workspace, store) = try invocation.loadForRecords()
        if let ambiguity = workspace.leaderAmbiguity(name) { throw .problems([.error(ambiguity)]) }
        guard let leader = workspace.leader(named: name) else {
            throw .problems([
                .error(.unknownReference(.leader, name, suggestion: workspace.leaderSuggestion(for: name)))
            ])
        }
        let month = try invocation.coveredMonth(store, workspace)
        let pack = EvaluateCommand.makePack(
            month, workspace: workspace, store: store, paths: invocation.paths, suggesting: false)
        let plans = PlanStore.names(in: invocation.paths).compactMap { try? PlanStore.load($0, in: invocation.paths) }
        let brief = LeaderBrief(
            leader: leader, pack: pack, plans: plans, from: YearMonth(invocation.context.today))
        let strings = invocation.strings
        switch format {
        case .text: return CommandResult(output: brief.text(strings))
        case .md: return CommandResult(output: brief.markdown(strings))
        case .html:
            guard let output = invocation.arguments.value("output") else {
                return CommandResult(output: brief.html(strings))
            }
            try invocation.write(Array(brief.html(strings).utf8), to: output)
            return CommandResult(output: strings.evaluation(.wrote(path: output)) + "\n")
        case .xlsx:
            return try invocation.respond(.xlsx, tables: { brief.tables(strings) }, text: { _ in "" })
        }
    }
}
