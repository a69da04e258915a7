import OutreachLoading
import OutreachModel
import OutreachPlanning
import OutreachReports

/// `outreach plan score FILE --instance FILE`
enum PlanScoreCommand {
    static let spec = CommandSpec(
        name: "plan score", abstract: .planScoreAbstract,
        arguments: [ArgumentSpec("schedule", help: .argumentSchedule)],
        options: [
            OptionSpec("instance", value: "FILE", help: .optionInstance, required: true),
            OptionSpec("format", value: "text|json", help: .optionFormat),
        ]
            + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let format: TextOrJSON
        do throws(UsageMessage) {
            format = try invocation.arguments.choice("format", default: TextOrJSON.text)
        } catch { throw .usage(error) }
        let schedulePath = invocation.arguments.positionals[0]
        let instancePath = invocation.arguments.value("instance") ?? ""
        let schedule: DriveSchedule
        let problem: PlanningProblem
        do throws(PlanStore.Failure) {
            schedule = try PlanStore.read(
                DriveSchedule.self, url: invocation.fileURL(schedulePath), display: schedulePath)
            problem = try PlanStore.read(
                PlanningProblem.self, url: invocation.fileURL(instancePath), display: instancePath)
        } catch { throw invocation.failure(error) }
        let score = InstanceScorer.score(schedule, against: problem)
        let exitCode = score.violations.isEmpty ? CommandResult.success : CommandResult.failure
        if format == .json { return CommandResult(exitCode: exitCode, output: PlanStore.jsonText(score)) }
        let strings = invocation.strings
        var lines = [
            strings.plan(.scoreSummary(value: score.value, drives: score.drives, violations: score.violations.count))
        ]
        lines.append(
            strings.plan(
                .objectiveTerms(
                    target: score.objective.targetValue,
                    group: score.objective.groupValue == 0 ? nil : score.objective.groupValue,
                    fairness: score.objective.fairnessPenalty,
                    travel: score.objective.travelPenalty)))
        lines += score.violations.map { strings.plan(.violation(drive: $0.drive.description, rule: $0.rule)) }
        return CommandResult(exitCode: exitCode, output: lines.joined(separator: "\n") + "\n")
    }
}
