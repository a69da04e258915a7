import OutreachEvaluation
import OutreachModel
import OutreachReports

/// `outreach model [--month YYYY-MM] [--format text|md|csv|json]`: what each promotion channel brings.
enum ModelCommand {
    static let spec = CommandSpec(
        name: "model", abstract: .modelAbstract,
        options: [OptionSpec("month", value: "YYYY-MM", help: .optionModelMonth)] + CommandSpec.tableFormatOptions
            + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let format: TableFormat
        do throws(UsageMessage) { format = try invocation.tableFormat } catch { throw .usage(error) }
        let (workspace, store) = try invocation.loadForRecords()
        let month = try invocation.coveredMonth(store, workspace)
        let analysis = ChannelModelSupport.analysis(workspace, store, through: month)
        let report = ChannelModelReport(analysis: analysis, workspace: workspace)
        let strings = invocation.strings
        return try invocation.respond(
            format, tables: { [report.channelsTable(strings)] },
            text: { report.render(strings, as: $0, month: month) })
    }
}

/// `outreach suggest [--month YYYY-MM] [--budget events|cost] [--format …]`: where to move promotion next month.
enum SuggestCommand {
    static let spec = CommandSpec(
        name: "suggest", abstract: .suggestAbstract,
        options: [
            OptionSpec("month", value: "YYYY-MM", help: .optionModelMonth),
            OptionSpec("budget", value: "events|cost", help: .optionBudget),
        ] + CommandSpec.tableFormatOptions + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let format: TableFormat
        let budget: Allocator.Budget
        do throws(UsageMessage) {
            format = try invocation.tableFormat
            budget = try invocation.arguments.choice("budget", default: Allocator.Budget.events)
        } catch { throw .usage(error) }
        let (workspace, store) = try invocation.loadForRecords()
        let strings = invocation.strings
        let month = try invocation.coveredMonth(store, workspace)
        let analysis = ChannelModelSupport.analysis(workspace, store, through: month)
        guard let suggestions = try ChannelModelSupport.suggestions(analysis, workspace, budget: budget, strings) else {
            let report = ChannelModelReport(analysis: analysis, workspace: workspace)
            return CommandResult(
                output: (report.summary(strings) + [strings.model(.notFitted)]).joined(separator: "\n") + "\n")
        }
        let report = SuggestionReport(suggestions: suggestions, settings: analysis.settings, workspace: workspace)
        let title = strings.model(
            .suggestTitle(
                workspace: strings.localized(workspace.settings.name, english: workspace.settings.englishName),
                month: suggestions.month))
        return try invocation.respond(
            format, tables: { [report.table(strings)] }, text: { report.render(strings, as: $0, title: title) })
    }
}
