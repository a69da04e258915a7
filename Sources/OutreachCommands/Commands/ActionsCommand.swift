import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach actions add|list|close`: the meeting's actions, followed up month by month.
enum ActionsCommand {
    static let add = CommandSpec(
        name: "actions add", abstract: .actionsAddAbstract,
        options: [
            OptionSpec("region", value: "REGION", help: .optionActionRegion),
            OptionSpec("text", value: "TEXT", help: .optionText),
            OptionSpec("due", value: "YYYY-MM", help: .optionDue),
            OptionSpec("from-suggestion", value: "N", help: .optionFromSuggestion),
            OptionSpec("owner", value: "LEADER", help: .optionOwner),
            OptionSpec("indicator", value: "NAME", help: .optionIndicator),
            OptionSpec("month", value: "YYYY-MM", help: .optionMonth),
            OptionSpec("by", value: "NAME", help: .optionBy),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])
    static let list = CommandSpec(
        name: "actions list", abstract: .actionsListAbstract,
        options: [
            OptionSpec("open", help: .optionOpenOnly), OptionSpec("overdue", help: .optionOverdueOnly),
        ] + CommandSpec.tableFormatOptions + CommandSpec.commonOptions + [CommandSpec.helpOption])
    static let close = CommandSpec(
        name: "actions close", abstract: .actionsCloseAbstract, arguments: [ArgumentSpec("id", help: .argumentAction)],
        options: [
            OptionSpec("result", value: "TEXT", help: .optionResult, required: true),
            OptionSpec("by", value: "NAME", help: .optionBy),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    /// `--region`, `--text` and `--due` are required unless `--from-suggestion N` supplies them: the suggestion's
    /// region (where events are added), its words, and the month it is for.
    static func runAdd(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let (workspace, store) = try invocation.loadForRecords()
        let strings = invocation.strings
        let arguments = invocation.arguments
        let baseline = try invocation.evaluationMonth(store)
        let number: Int?
        let dueOption: YearMonth?
        let indicator: Indicator
        do throws(UsageMessage) {
            number = try arguments.positiveInteger("from-suggestion")
            if number == nil {
                for option in ["region", "text", "due"] where arguments.value(option) == nil {
                    throw .missingOption("--" + option)
                }
            }
            dueOption = try arguments.month("due")
            indicator = try Self.indicator(arguments.value("indicator"), strings)
        } catch { throw .usage(error) }
        let given = try number.map { number throws(CommandFailure) in
            try suggestion(number, workspace, store, month: baseline, strings)
        }
        let region =
            try arguments.value("region").map { name throws(CommandFailure) in
                try invocation.regionCode(name, in: workspace)
            } ?? given!.region
        let due = dueOption ?? given!.due
        let today = invocation.context.today
        guard due >= YearMonth(today) else { throw .message(strings.evaluation(.actionDuePast(due))) }
        let owner: String
        if let given = arguments.value("owner") {
            guard let leader = workspace.leader(named: given) else {
                throw .message(
                    strings.assignment(.unknownLeader(given, suggestion: workspace.leaderSuggestion(for: given))))
            }
            owner = leader.id
        } else {
            guard let held = workspace.responsibilities.responsibility(for: region, on: today) else {
                throw .message(strings.evaluation(.actionNoOwner(region: regionName(region, workspace, strings))))
            }
            owner = held.leaderID
        }
        let adding: RecordIntake.ActionAdding
        do throws(IntakeFailure) {
            adding = try invocation.intake(workspace).addAction(
                Action(
                    id: "", regionCode: region, text: arguments.value("text") ?? given!.text, owner: owner,
                    opened: today, baseline: baseline, due: due, indicator: indicator,
                    openedBy: arguments.value("by") ?? ""))
        } catch { throw invocation.failure(error) }
        guard case .added(let action) = adding else {
            if case .alreadyStored(let stored) = adding {
                return CommandResult(output: strings.evaluation(.actionAlreadyStored(id: stored.id)) + "\n")
            }
            return CommandResult()
        }
        let ownerName = workspace.leader(named: owner)?.name ?? owner
        return CommandResult(
            output: strings.evaluation(
                .actionAdded(
                    id: action.id, region: regionName(region, workspace, strings), owner: ownerName, due: due,
                    indicator: indicator)) + "\n", errorOutput: invocation.sampleNotice(workspace))
    }

    /// Suggestion `number` for the month after `month`, as an action's region, text and due month.
    static func suggestion(
        _ number: Int, _ workspace: Workspace, _ store: RecordStore, month: YearMonth, _ strings: any Catalog
    ) throws(CommandFailure) -> (region: String, text: String, due: YearMonth) {
        let analysis = ChannelModelSupport.analysis(workspace, store, through: month)
        guard let set = try ChannelModelSupport.suggestions(analysis, workspace, budget: .events, strings) else {
            throw .message(strings.model(.notFitted))
        }
        guard number >= 1, number <= set.moves.count else {
            throw .message(strings.model(.unknownSuggestion(number, count: set.moves.count)))
        }
        let move = set.moves[number - 1]
        let text = strings.model(
            .actionText(
                move: SuggestionReport.text(move, workspace: workspace, drives: set.drives, strings), gain: move.gain))
        return (move.regionCode, text, set.month)
    }

    static func runClose(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        guard let id = invocation.arguments.positionals.first else { throw .usage(.missingArgument("id")) }
        let (workspace, _) = try invocation.loadForRecords()
        let strings = invocation.strings
        let closing: RecordIntake.ActionClosing
        do throws(IntakeFailure) {
            closing = try invocation.intake(workspace).closeAction(
                id, result: invocation.arguments.value("result") ?? "")
        } catch { throw invocation.failure(error) }
        switch closing {
        case .unknown(let suggestion): throw .message(strings.evaluation(.actionUnknown(id, suggestion: suggestion)))
        case .alreadyClosed(let action): throw .message(strings.evaluation(.actionAlreadyClosed(action.id)))
        case .closed(let action):
            return CommandResult(
                output: strings.evaluation(.actionClosed(id: action.id)) + "\n",
                errorOutput: invocation.sampleNotice(workspace))
        }
    }

    static func runList(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let (workspace, store) = try invocation.loadForRecords()
        let format: TableFormat
        do throws(UsageMessage) { format = try invocation.tableFormat } catch { throw .usage(error) }
        let current = YearMonth(invocation.context.today)
        var shown = store.actions
        if invocation.arguments.has("open") { shown = shown.filter(\.isOpen) }
        if invocation.arguments.has("overdue") { shown = shown.filter { $0.isOverdue(in: current) } }
        let latest = store.donations.map(\.month).max() ?? current
        let evaluator = Evaluator(workspace: workspace, history: store.history(workspace), actions: shown)
        let progress = evaluator.progress(of: shown, in: latest, seenIn: current)
        let table = EvaluationPack.actionsTable(progress, workspace: workspace, invocation.strings)
        return try invocation.respond(format, tables: { [table] }, text: { TableRenderer.render(table, as: $0) })
    }

    static func regionName(_ code: String, _ workspace: Workspace, _ strings: any Catalog) -> String {
        EvaluationPack.regionName(code, workspace, strings)
    }

    /// `--indicator` by code (`monthAttainment`) or by its name in either language (当月完成率).
    static func indicator(_ text: String?, _ strings: any Catalog) throws(UsageMessage) -> Indicator {
        guard let text = text?.trimmingSpaces() else { return .yearToDateAttainment }
        if let indicator = Indicator(rawValue: text) { return indicator }
        let names = Language.allCases.map(\.strings)
        if let indicator = Indicator.allCases.first(where: { indicator in
            names.contains { $0.evaluation(.indicator(indicator)).lowercased() == text.lowercased() }
        }) {
            return indicator
        }
        throw .invalidValue(
            option: "--indicator", value: text,
            expected: .oneOf(Indicator.allCases.map { strings.evaluation(.indicator($0)) + " (" + $0.rawValue + ")" }))
    }
}
