import OutreachLoading
import OutreachModel
import OutreachPlanning
import OutreachReports

/// `outreach plan explain NAME DRIVE`
enum PlanExplainCommand {
    static let spec = CommandSpec(
        name: "plan explain", abstract: .planExplainAbstract,
        arguments: [ArgumentSpec("name", help: .argumentPlanName), ArgumentSpec("drive", help: .argumentDrive)],
        options: [OptionSpec("format", value: "text|json", help: .optionFormat)] + CommandSpec.commonOptions + [
            CommandSpec.helpOption
        ])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let format: TextOrJSON
        do throws(UsageMessage) {
            format = try invocation.arguments.choice("format", default: TextOrJSON.text)
        } catch { throw .usage(error) }
        let strings = invocation.strings
        let workspace = try invocation.forPlanning(try invocation.loadForViewing())
        let plan = try invocation.loadPlan(invocation.arguments.positionals[0])
        let text = invocation.arguments.positionals[1]
        guard let id = DriveID(text), plan.drives.contains(where: { $0.id == id }) else {
            let suggestion = NearestName.suggestion(for: text, among: plan.drives.map(\.id.description))
            throw .message(strings.plan(.driveNotInPlan(text, suggestion: suggestion)))
        }
        let problem: PlanningProblem
        do throws(PlanningError) { problem = try PlanMaker.problem(of: plan, workspace: workspace) } catch {
            throw invocation.failure(error)
        }
        guard let explanation = DriveExplanation.explain(id, plan: plan, problem: problem) else {
            throw .message(strings.plan(.driveNotInPlan(text, suggestion: nil)))
        }
        if format == .json { return CommandResult(output: PlanStore.jsonText(explanation)) }
        return CommandResult(
            output: ExplanationView(explanation: explanation, workspace: workspace).lines(strings).joined(
                separator: "\n") + "\n")
    }
}
