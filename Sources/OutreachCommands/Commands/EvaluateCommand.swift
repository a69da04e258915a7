import Foundation
import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach evaluate [--month YYYY-MM] [--output DIR]`: writes the meeting pack and prints its Markdown.
enum EvaluateCommand {
    static let spec = CommandSpec(
        name: "evaluate", abstract: .evaluateAbstract,
        options: [
            OptionSpec("month", value: "YYYY-MM", help: .optionMonth),
            OptionSpec("output", value: "DIR", help: .optionOutput),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let (workspace, store) = try invocation.loadForRecords()
        let month = try invocation.coveredMonth(store, workspace)
        let pack = makePack(month, workspace: workspace, store: store, paths: invocation.paths)
        let folder = invocation.arguments.value("output") ?? "evaluation-\(month)"
        let written = try write(pack, to: folder, invocation)
        let strings = invocation.strings
        let notes = written.map { strings.evaluation(.wrote(path: $0)) }.joined(separator: "\n")
        return CommandResult(output: pack.markdown(strings) + "\n" + notes + "\n")
    }

    /// The month's pack; `suggesting: false` skips the allocation search behind the suggestions (the brief has none).
    static func makePack(
        _ month: YearMonth, workspace: Workspace, store: RecordStore, paths: WorkspacePaths, suggesting: Bool = true
    ) -> EvaluationPack {
        let history = store.history(workspace, through: max(month, store.donations.map(\.month).max() ?? month))
        let analysis = ChannelModelSupport.analysis(workspace, store, through: month)
        let evaluation = Evaluator(workspace: workspace, history: history, actions: store.actions, model: analysis)
            .evaluate(month)
        // Without a fit there are no suggestions; the model's summary in the pack says why.
        let suggestions =
            suggesting ? try? ChannelModelSupport.advisor(analysis, workspace, budget: .events).suggest() : nil
        return EvaluationPack(
            evaluation: evaluation, workspace: workspace, isSynthetic: store.isSynthetic(paths),
            channelModel: ChannelModelReport(analysis: analysis, workspace: workspace),
            suggestions: suggestions.map {
                SuggestionReport(suggestions: $0, settings: analysis.settings, workspace: workspace)
            })
    }

    /// pack.html, pack.md, one CSV per table and the tables again as one workbook (a sheet each); returns the paths
    /// written.
    static func write(_ pack: EvaluationPack, to folder: String, _ invocation: Invocation) throws(CommandFailure)
        -> [String]
    {
        let strings = invocation.strings
        let url = invocation.fileURL(folder)
        var written = [
            try invocation.writeOutput(pack.html(strings), to: url, name: "pack.html", display: folder),
            try invocation.writeOutput(pack.markdown(strings), to: url, name: "pack.md", display: folder),
        ]
        let tables = pack.tables(strings)
        for (name, table) in tables {
            written.append(
                try invocation.writeOutput(TableRenderer.csv(table), to: url, name: name + ".csv", display: folder))
        }
        let workbook = TableWorkbook.xlsx(tables.map(\.1), names: tables.map { $0.1.title ?? $0.0 })
        written.append(try invocation.writeOutput(workbook, to: url, name: "pack.xlsx", display: folder))
        return written
    }
}
