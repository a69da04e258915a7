import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach history [--all]` and `outreach undo [--dry-run] [--by NAME]`: the changes to the stored data, and
/// putting the last one back.
enum HistoryCommand {
    static let history = CommandSpec(
        name: "history", abstract: .historyAbstract,
        options: [OptionSpec("all", help: .optionAll)] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static let undo = CommandSpec(
        name: "undo", abstract: .undoAbstract,
        options: [OptionSpec("dry-run", help: .optionDryRun), OptionSpec("by", value: "NAME", help: .optionBy)]
            + CommandSpec.commonOptions + [CommandSpec.helpOption])

    /// Changes listed without `--all`.
    static let shown = 20

    static func runHistory(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let workspace = try invocation.loadForViewing()
        let strings = invocation.strings
        let changes = RecordedChange.all(invocation.paths)
        guard !changes.isEmpty else { return CommandResult(output: strings.history(.historyEmpty) + "\n") }
        let next = changes.last { $0.kept.map { !$0.isUndone } ?? false }?.kept?.id
        let listed = invocation.arguments.has("all") ? changes : Array(changes.suffix(shown))
        let lines = listed.reversed().map { change in
            let state: HistoryMessage.UndoState =
                switch change.kept {
                case .none: .notKept
                case .some(let kept) where kept.isUndone: .undone
                case .some(let kept): kept.id == next ? .next : .kept
                }
            return strings.history(
                .historyLine(
                    time: change.time, by: change.by, command: change.command, file: change.file,
                    tables: change.tables, added: change.added, removed: change.removed, changed: change.changed,
                    undo: state))
        }
        let title = strings.history(
            .historyTitle(
                workspace: strings.localized(workspace.settings.name, english: workspace.settings.englishName)))
        return CommandResult(output: ([title, ""] + lines).joined(separator: "\n") + "\n")
    }

    static func runUndo(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        // A change that left the workspace with errors must still be undoable: load problems do not stop undo.
        let workspace = try invocation.load().workspace
        let entry: HistoryEntry
        do throws(IntakeFailure) { entry = try invocation.intake(workspace).undo() } catch {
            throw invocation.failure(error)
        }
        let strings = invocation.strings
        let tables = entry.tables.map { invocation.paths.workspaceDisplay + "/" + $0.path }
        let text =
            invocation.arguments.has("dry-run")
            ? strings.history(.undoPreview(time: entry.time, command: entry.command, file: entry.file, tables: tables))
            : strings.history(.undone(time: entry.time, command: entry.command, file: entry.file, tables: tables))
        return CommandResult(output: text + "\n", errorOutput: invocation.sampleNotice(workspace))
    }
}
