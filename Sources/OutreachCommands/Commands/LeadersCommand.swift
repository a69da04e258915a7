import OutreachModel
import OutreachReports

/// `outreach leaders [--at DATE]`
enum LeadersCommand {
    static let spec = CommandSpec(
        name: "leaders", abstract: .leadersAbstract,
        options: [OptionSpec("at", value: "DATE", help: .optionAt), CommandSpec.formatOption]
            + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let date: CivilDate
        let format: OutputFormat
        do throws(UsageMessage) {
            date = try invocation.arguments.date("at") ?? invocation.context.today
            format = try invocation.format
        } catch { throw .usage(error) }
        let workspace = try invocation.loadForViewing()
        let view = LeaderLoadView(workspace: workspace, on: date)
        return CommandResult(output: TableRenderer.render(view.table(invocation.strings), as: format))
    }
}
