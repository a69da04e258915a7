import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach check [--strict]`: every problem at once; exit 1 on errors (or on warnings with `--strict`).
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check", abstract: .checkAbstract,
        options: [
            OptionSpec("strict", help: .optionStrict), OptionSpec("format", value: "text|json", help: .optionFormat),
            OptionSpec("all", help: .optionAll),
        ]
            + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let format: TextOrJSON
        do throws(UsageMessage) { format = try invocation.arguments.choice("format", default: TextOrJSON.text) } catch {
            throw .usage(error)
        }
        let loaded = try invocation.load()
        let problems =
            loaded.allProblems(today: invocation.context.today)
            + RecordCheck.problems(invocation.paths, workspace: loaded.workspace)
        let hasErrors = problems.contains { $0.severity == .error }
        let failed = hasErrors || (invocation.arguments.has("strict") && !problems.isEmpty)
        let strings = invocation.strings
        let output =
            format == .json
            ? ProblemReport.json(problems, strings)
            : todo(loaded, invocation)
                + ProblemReport.text(problems, strings, sameKind: invocation.arguments.has("all") ? nil : 5)
        return CommandResult(exitCode: failed ? CommandResult.failure : CommandResult.success, output: output)
    }

    /// What a workspace still being filled in lacks, as steps in order; empty once everything is there.
    static func todo(_ loaded: LoadedWorkspace, _ invocation: Invocation) -> String {
        let workspace = loaded.workspace
        let strings = invocation.strings
        func file(_ name: String) -> String { invocation.paths.workspaceDisplay + "/" + name }
        var steps: [String] = []
        let withoutPopulation = workspace.regions.count { $0.population == nil }
        if withoutPopulation > 0 {
            steps.append(strings.history(.todoPopulation(regions: withoutPopulation, file: file("regions.csv"))))
        }
        if workspace.leaders.isEmpty { steps.append(strings.history(.todoLeaders(file: file("leaders.csv")))) }
        let tree = workspace.tree
        let held = Set(workspace.assignments.map(\.regionCode))
        let uncovered = workspace.regions.count { region in
            !held.contains(region.code) && !tree.ancestors(of: region.code).contains { held.contains($0.code) }
        }
        if workspace.assignments.isEmpty || uncovered == workspace.regions.count {
            steps.append(strings.history(.todoAssignments(regions: uncovered)))
        }
        if workspace.venues.isEmpty { steps.append(strings.history(.todoVenues(file: file("venues.csv")))) }
        if workspace.teams.isEmpty { steps.append(strings.history(.todoTeams(file: file("teams.csv")))) }
        if workspace.targets.isEmpty { steps.append(strings.history(.todoTargets(file: file("targets.csv")))) }
        guard !steps.isEmpty else { return "" }
        return ([strings.history(.todoTitle)] + steps).joined(separator: "\n") + "\n\n"
    }
}
