import OutreachModel
import OutreachReports

/// `outreach leaders [--at DATE]`
enum LeadersCommand {
    static let spec = CommandSpec(
        name: "leaders", abstract: .leadersAbstract,
        options: [OptionSpec("at", value: "DATE", help: .optionAt)] + CommandSpec.tableFormatOptions
            + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let date: CivilDate
        let format: TableFormat
        do throws(UsageMessage) {
            date = try invocation.arguments.date("at") ?? invocation.context.today
            format = try invocation.tableFormat
        } catch { throw .usage(error) }
        let workspace = try invocation.loadForViewing()
        let view = LeaderLoadView(workspace: workspace, on: date)
        let table = view.table(invocation.strings)
        return try invocation.respond(format, tables: { [table] }, text: { TableRenderer.render(table, as: $0) })
    }
}
