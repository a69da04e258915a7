import OutreachModel
import OutreachReports

/// `outreach regions [--at DATE] [--depth N] [REGION]`
enum RegionsCommand {
    static let spec = CommandSpec(
        name: "regions", abstract: .regionsAbstract,
        arguments: [ArgumentSpec("region", help: .argumentRegionFilter, optional: true)],
        options: [
            OptionSpec("at", value: "DATE", help: .optionAt), OptionSpec("depth", value: "N", help: .optionDepth),
        ] + CommandSpec.tableFormatOptions + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let date: CivilDate
        let depth: Int?
        let format: TableFormat
        do throws(UsageMessage) {
            date = try invocation.arguments.date("at") ?? invocation.context.today
            depth = try invocation.arguments.positiveInteger("depth")
            format = try invocation.tableFormat
        } catch { throw .usage(error) }
        let workspace = try invocation.loadForViewing()
        var root: Region?
        if let name = invocation.arguments.positionals.first {
            if let ambiguity = workspace.tree.ambiguity(name) { throw .problems([.error(ambiguity)]) }
            guard let found = workspace.tree.find(name) else {
                let suggestion = workspace.regionSuggestion(for: name)
                throw .problems([.error(.unknownReference(.region, name, suggestion: suggestion))])
            }
            root = found
        }
        let view = RegionTreeView(workspace: workspace, on: date, root: root, maximumDepth: depth)
        let table = view.table(invocation.strings)
        return try invocation.respond(format, tables: { [table] }, text: { TableRenderer.render(table, as: $0) })
    }
}
