import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach check [--strict]`: every problem at once; exit 1 on errors (or on warnings with `--strict`).
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check", abstract: .checkAbstract,
        options: [
            OptionSpec("strict", help: .optionStrict), OptionSpec("format", value: "text|json", help: .optionFormat),
        ]
            + CommandSpec.commonOptions + [CommandSpec.helpOption])

    enum Format: String, CaseIterable { case text, json }

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let format: Format
        do throws(UsageMessage) { format = try invocation.arguments.choice("format", default: Format.text) } catch {
            throw .usage(error)
        }
        let loaded = try invocation.load()
        let problems = loaded.allProblems(today: invocation.context.today)
        let hasErrors = problems.contains { $0.severity == .error }
        let failed = hasErrors || (invocation.arguments.has("strict") && !problems.isEmpty)
        let output =
            format == .json
            ? ProblemReport.json(problems, invocation.strings) : ProblemReport.text(problems, invocation.strings)
        return CommandResult(exitCode: failed ? CommandResult.failure : CommandResult.success, output: output)
    }
}
