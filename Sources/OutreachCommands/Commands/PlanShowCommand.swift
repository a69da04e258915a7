import OutreachLoading
import OutreachModel
import OutreachPlanning
import OutreachReports

/// `outreach plan show NAME [--leader L | --team T | --region R | --public] [--format …]`
enum PlanShowCommand {
    static let spec = CommandSpec(
        name: "plan show", abstract: .planShowAbstract,
        arguments: [ArgumentSpec("name", help: .argumentPlanName)],
        options: [
            OptionSpec("leader", value: "LEADER", help: .optionLeaderView),
            OptionSpec("team", value: "TEAM", help: .optionTeamView),
            OptionSpec("region", value: "REGION", help: .optionRegionView),
            OptionSpec("public", help: .optionPublic),
            OptionSpec("format", value: "text|md|html|csv|ics|json|xlsx", help: .optionPlanFormat),
            OptionSpec("output", value: "FILE", help: .optionTableOutput),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let format: PlanFormat
        do throws(UsageMessage) { format = try invocation.planFormat } catch { throw .usage(error) }
        let workspace = try invocation.loadForViewing()
        let plan = try invocation.loadPlan(invocation.arguments.positionals[0])
        let audience = try self.audience(invocation, workspace)
        let strings = invocation.strings
        let drives = PlanDrivesView(plan: plan, workspace: workspace, audience: audience)
        let summary = audience == .city ? PlanSummaryView(plan: plan, workspace: workspace) : nil
        let output: String
        switch format {
        case .json: output = summary != nil ? PlanStore.jsonText(plan) : TableRenderer.json(drives.table(strings))
        case .csv: output = TableRenderer.csv(drives.table(strings))
        case .ics: output = PlanCalendar.render(drives, strings)
        case .xlsx:
            return try invocation.respond(
                .xlsx,
                tables: {
                    (summary.map { [$0.targetsTable(strings), $0.teamsTable(strings)] } ?? [])
                        + (audience == .publicSchedule ? [drives.fixedSitesTable(strings)] : [])
                        + [drives.table(strings)]
                }, text: { _ in "" })
        case .html: output = PlanPage.render(summary: summary, drives: drives, strings)
        case .text, .md:
            let tableFormat: OutputFormat = format == .md ? .md : .text
            var text = summary?.render(strings, as: tableFormat) ?? ""
            if audience == .publicSchedule {
                let fixed = drives.fixedSitesTable(strings)
                text += TableRenderer.render(fixed, as: tableFormat) + "\n"
            }
            let table = drives.table(strings)
            text += TableRenderer.render(table, as: tableFormat)
            if audience == .publicSchedule { text += "\n" + strings.plan(.publicFooter) + "\n" }
            output = text
        }
        return CommandResult(output: output)
    }

    private static func audience(_ invocation: Invocation, _ workspace: Workspace) throws(CommandFailure)
        -> PlanAudience
    {
        let arguments = invocation.arguments
        if arguments.has("public") { return .publicSchedule }
        if let name = arguments.value("leader") {
            guard let leader = workspace.leader(named: name) else {
                throw .message(
                    invocation.strings.assignment(
                        .unknownLeader(name, suggestion: workspace.leaderSuggestion(for: name))))
            }
            return .leader(leader.id)
        }
        if let id = arguments.value("team") {
            guard workspace.teams.contains(where: { $0.id == id }) else {
                let suggestion = NearestName.suggestion(for: id, among: workspace.teams.map(\.id))
                throw .message(
                    invocation.strings.plan(.rule(.unknownTeam(id))) + (suggestion.map { " ('\($0)'?)" } ?? ""))
            }
            return .team(id)
        }
        if let region = arguments.value("region") { return .region(try invocation.regionCode(region, in: workspace)) }
        return .city
    }
}
