import OutreachModel
import OutreachReports

/// The `outreach` command line: parses, dispatches to one command, and turns every failure into text and an
/// exit code. Runs in-process so tests drive it exactly as users do.
public enum Outreach {
    public static let version = "0.1.0"
    public static let toolName = "outreach"

    struct Command: Sendable {
        var spec: CommandSpec
        var run: @Sendable (Invocation) throws(CommandFailure) -> CommandResult
    }

    static let commands =
        [
            Command(spec: InitCommand.spec, run: InitCommand.run),
            Command(spec: RegionsCommand.spec, run: RegionsCommand.run),
            Command(spec: LeadersCommand.spec, run: LeadersCommand.run),
            Command(spec: AssignCommand.spec, run: AssignCommand.run),
            Command(spec: CheckCommand.spec, run: CheckCommand.run),
            Command(spec: PlanCommand.spec, run: PlanCommand.run),
            Command(spec: PlanShowCommand.spec, run: PlanShowCommand.run),
            Command(spec: PlanExplainCommand.spec, run: PlanExplainCommand.run),
            Command(spec: PlanScoreCommand.spec, run: PlanScoreCommand.run),
        ] + RecordCommand.commands + [
            Command(spec: ImportCommand.spec, run: ImportCommand.run),
            Command(spec: HistoryCommand.history, run: HistoryCommand.runHistory),
            Command(spec: HistoryCommand.undo, run: HistoryCommand.runUndo),
            Command(spec: RecallCommand.recall, run: RecallCommand.runRecall),
            Command(spec: RecallCommand.pools, run: RecallCommand.runPools),
            Command(spec: EvaluateCommand.spec, run: EvaluateCommand.run),
            Command(spec: BriefCommand.spec, run: BriefCommand.run),
            Command(spec: ModelCommand.spec, run: ModelCommand.run),
            Command(spec: SuggestCommand.spec, run: SuggestCommand.run),
            Command(spec: ExperimentCommand.design, run: ExperimentCommand.runDesign),
            Command(spec: ActionsCommand.add, run: ActionsCommand.runAdd),
            Command(spec: ActionsCommand.list, run: ActionsCommand.runList),
            Command(spec: ActionsCommand.close, run: ActionsCommand.runClose),
            Command(spec: ReviewCommand.spec, run: ReviewCommand.run),
            Command(spec: CalibrateCommand.calibrate, run: CalibrateCommand.runCalibrate),
            Command(spec: CalibrateCommand.backtest, run: CalibrateCommand.runBacktest),
            Command(spec: SimulateCommand.spec, run: SimulateCommand.run),
            Command(spec: SimulateExportCommand.spec, run: SimulateExportCommand.run),
            Command(spec: StockCommand.simulate, run: StockCommand.runSimulate),
            Command(spec: StockCommand.spec, run: StockCommand.run),
            Command(spec: DemoCommand.spec, run: DemoCommand.run),
        ]

    public static func run(_ arguments: [String], context: CommandContext) -> CommandResult {
        let requested = valueOf("lang", in: arguments)
        let language = requested.flatMap(Language.init(rawValue:)) ?? .zh
        let strings = language.strings
        if let lang = requested, Language(rawValue: lang) == nil {
            let problem = UsageMessage.invalidValue(option: "--lang", value: lang, expected: .oneOf(["zh", "en"]))
            return usageFailure(problem, spec: nil, strings: strings)
        }
        // Common options may come before the command (`outreach --lang en regions`).
        let position: Int?
        do throws(UsageMessage) { position = try commandPosition(in: arguments) } catch {
            return usageFailure(error, spec: nil, strings: strings)
        }
        let leading = arguments[..<(position ?? arguments.count)]
        if leading.contains("--version") { return CommandResult(output: version + "\n") }
        guard let position, arguments[position] != "help" || position + 1 < arguments.count,
            !leading.contains("--help"), !leading.contains("-h")
        else {
            return CommandResult(output: HelpFormatter.overview(commands.map(\.spec), tool: toolName, strings: strings))
        }
        let asksForHelp = arguments[position] == "help"
        var namePosition = asksForHelp ? position + 1 : position
        var name = arguments[namePosition]
        // Two-word commands (`plan show`) take the longer match.
        if namePosition + 1 < arguments.count,
            commands.contains(where: { $0.spec.name == name + " " + arguments[namePosition + 1] })
        {
            name += " " + arguments[namePosition + 1]
            namePosition += 1
        }
        let group = commands.filter { $0.spec.name.hasPrefix(name + " ") }.map(\.spec)
        let rest = arguments[(namePosition + 1)...]
        if !group.isEmpty, commands.allSatisfy({ $0.spec.name != name }),
            asksForHelp || rest.isEmpty || rest.contains("--help") || rest.contains("-h")
        {
            return CommandResult(output: HelpFormatter.group(name, group, tool: toolName, strings: strings))
        }
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            let names = group.isEmpty ? commands.map(\.spec.name) : group.map(\.name)
            if !group.isEmpty, let word = rest.first {
                return usageFailure(
                    .unknownCommand(
                        name + " " + word, suggestion: NearestName.suggestion(for: name + " " + word, among: names)),
                    spec: nil, strings: strings)
            }
            return usageFailure(
                .unknownCommand(name, suggestion: NearestName.suggestion(for: name, among: names)), spec: nil,
                strings: strings)
        }
        if asksForHelp {
            return CommandResult(output: HelpFormatter.help(command.spec, tool: toolName, strings: strings))
        }
        let parsed: ParsedArguments
        do throws(UsageMessage) {
            parsed = try ArgumentParser.parse(Array(leading) + Array(rest), for: command.spec)
        } catch {
            return usageFailure(error, spec: command.spec, strings: strings)
        }
        if parsed.has("help") {
            return CommandResult(output: HelpFormatter.help(command.spec, tool: toolName, strings: strings))
        }
        if let invalid = context.invalidToday {
            return usageFailure(
                .invalidEnvironment(variable: "OUTREACH_TODAY", value: invalid, expected: .date), spec: command.spec,
                strings: strings)
        }
        let invocation = Invocation(arguments: parsed, context: context, language: language)
        do throws(CommandFailure) {
            return try command.run(invocation)
        } catch {
            switch error {
            case .usage(let message): return usageFailure(message, spec: command.spec, strings: strings)
            case .problems(let problems):
                return CommandResult(
                    exitCode: CommandResult.failure,
                    errorOutput: problems.map { ProblemReport.line($0, strings) + "\n" }.joined())
            case .refused(let problems, let note):
                return CommandResult(
                    exitCode: CommandResult.failure,
                    errorOutput: problems.map { ProblemReport.line($0, strings) + "\n" }.joined() + note + "\n")
            case .message(let text):
                let label = strings.text(.severityError)
                return CommandResult(exitCode: CommandResult.failure, errorOutput: "\(label): \(text)\n")
            }
        }
    }

    /// `Error: …`, the usage line, and where to get help; exit 64.
    static func usageFailure(_ message: UsageMessage, spec: CommandSpec?, strings: any Catalog) -> CommandResult {
        var text = strings.text(.severityError) + ": " + strings.usage(message) + "\n"
        if let spec {
            text += strings.text(.usageLabel) + ": " + HelpFormatter.usageLine(spec, tool: toolName) + "\n"
            text += "  " + strings.usage(.seeHelp(command: "\(toolName) \(spec.name)")) + "\n"
        } else {
            text += "  " + strings.usage(.seeHelp(command: toolName)) + "\n"
        }
        return CommandResult(exitCode: CommandResult.usageError, errorOutput: text)
    }

    /// The index of the command name: the first argument that is neither an option nor a leading option's value.
    /// Only common options, `--help` and `--version` may precede it.
    static func commandPosition(in arguments: [String]) throws(UsageMessage) -> Int? {
        let takesValue = Set((CommandSpec.commonOptions + [CommandSpec.formatOption]).map(\.spelling))
        let flags: Set<String> = ["--help", "-h", "--version"]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if !argument.hasPrefix("-") { return index }
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            guard takesValue.contains(name) || flags.contains(argument) else {
                let suggestion = NearestName.suggestion(for: name, among: (takesValue.union(flags)).sorted())
                throw .unknownOption(argument, suggestion: suggestion)
            }
            index += takesValue.contains(argument) ? 2 : 1
        }
        return nil
    }

    /// The value of an option wherever it stands; the language is needed before parsing, so that even usage
    /// errors come out in the user's language.
    private static func valueOf(_ option: String, in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" + option, index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--\(option)=") { return String(argument.dropFirst(option.count + 3)) }
        }
        return nil
    }
}
