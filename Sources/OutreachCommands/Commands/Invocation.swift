import Foundation
import OutreachLoading
import OutreachModel
import OutreachReports

/// One parsed command line with its context, language and workspace folders.
struct Invocation {
    let arguments: ParsedArguments
    let context: CommandContext
    let strings: any Catalog
    let paths: WorkspacePaths

    init(arguments: ParsedArguments, context: CommandContext, language: Language) {
        self.arguments = arguments
        self.context = context
        strings = language.strings
        var paths = WorkspacePaths.resolve(
            workspace: arguments.value("workspace"), templates: arguments.value("templates"),
            environment: context.environment, currentDirectory: context.currentDirectory)
        if let notice = context.notice {
            let strings = strings
            paths.onLockWait = { notice(strings.history(.lockWait($0))) }
        }
        self.paths = paths
    }

    var format: OutputFormat {
        get throws(UsageMessage) { try arguments.choice("format", default: OutputFormat.text) }
    }

    /// Loads the workspace; a missing folder is a usage error.
    func load() throws(CommandFailure) -> LoadedWorkspace {
        do throws(WorkspaceNotFound) { return try WorkspaceLoader.load(paths) } catch {
            throw .usage(.workspaceNotFound(error.path))
        }
    }

    /// Loads the workspace for a read-only view; reading errors end the command (exit 1) rather than show
    /// a partial picture as if it were whole.
    func loadForViewing() throws(CommandFailure) -> Workspace {
        let loaded = try load()
        let errors = loaded.loadProblems.filter { $0.severity == .error }
        guard errors.isEmpty else { throw .problems(errors) }
        return loaded.workspace
    }
}

/// How a command ends when it does not succeed.
enum CommandFailure: Error {
    case usage(UsageMessage)
    case problems([Problem])
    /// Problems, then a closing line (e.g. "nothing was recorded").
    case refused([Problem], note: String)
    case message(String)
}
