import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach assign REGION LEADER --from DATE [--to DATE] --reason TEXT`
enum AssignCommand {
    static let spec = CommandSpec(
        name: "assign", abstract: .assignAbstract,
        arguments: [ArgumentSpec("region", help: .argumentRegion), ArgumentSpec("leader", help: .argumentLeader)],
        options: [
            OptionSpec("from", value: "DATE", help: .optionFrom, required: true),
            OptionSpec("to", value: "DATE", help: .optionTo),
            OptionSpec("reason", value: "TEXT", help: .optionReason, required: true),
            OptionSpec("by", value: "NAME", help: .optionBy),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let arguments = invocation.arguments
        let period: Period
        do throws(UsageMessage) {
            guard let start = try arguments.date("from") else { throw .missingOption("--from") }
            period = Period(start: start, end: try arguments.date("to"))
        } catch { throw .usage(error) }
        let request = AssignmentRequest(
            region: arguments.positionals[0], leader: arguments.positionals[1], period: period,
            reason: arguments.value("reason") ?? "")
        let strings = invocation.strings
        let outcome: AssignmentOutcome
        do throws(AssignmentFailure) {
            outcome = try AssignmentRecorder.record(
                request, in: invocation.paths, today: invocation.context.today, time: invocation.timestamp,
                by: invocation.arguments.value("by") ?? "")
        } catch {
            throw failure(error, strings: strings)
        }
        guard let added = outcome.added else { return CommandResult(output: strings.text(.assignUnchanged) + "\n") }
        var output = ""
        if let closed = outcome.closed, let end = closed.period.end {
            let name = describe(outcome.closedLeader, id: closed.leaderID)
            output += strings.assignment(.closed(leader: name, lastDay: end)) + "\n"
        }
        output +=
            strings.assignment(
                .recorded(
                    region: "\(outcome.region.name)(\(outcome.region.code))",
                    leader: describe(outcome.leader, id: outcome.leader.id), period: added.period, reason: added.reason)
            )
            + "\n"
        return CommandResult(output: output, errorOutput: invocation.sampleNotice(isSample: outcome.isSample))
    }

    private static func failure(_ error: AssignmentFailure, strings: any Catalog) -> CommandFailure {
        switch error {
        case .workspaceNotFound(let path): return .usage(.workspaceNotFound(path))
        case .workspaceHasErrors(let problems):
            return .message(strings.assignment(.workspaceHasErrors) + "\n" + problemLines(problems, strings))
        case .wouldBreak(let problems):
            return .message(strings.assignment(.wouldBreak) + "\n" + problemLines(problems, strings))
        case .unknownRegion(let name, let suggestion):
            return .message(strings.assignment(.unknownRegion(name, suggestion: suggestion)))
        case .unknownLeader(let name, let suggestion):
            return .message(strings.assignment(.unknownLeader(name, suggestion: suggestion)))
        case .ambiguous(let kind): return .message(strings.problem(kind))
        case .emptyReason: return .message(strings.assignment(.emptyReason))
        case .refused(.endsBeforeStart(let start, let end), _):
            return .message(strings.assignment(.endsBeforeStart(start: start, end: end)))
        case .refused(.startsBeforeExisting(let existing), let leader):
            let name = describe(leader, id: existing.leaderID)
            return .message(strings.assignment(.startsBeforeExisting(leader: name, period: existing.period)))
        case .refused(.overlapsClosedPeriod(let existing), let leader):
            let name = describe(leader, id: existing.leaderID)
            return .message(strings.assignment(.overlapsClosedPeriod(leader: name, period: existing.period)))
        case .writeFailed(let failure):
            return .message(strings.assignment(.writeFailed(path: failure.path, reason: strings.writeReason(failure))))
        }
    }

    /// `区域领导乙(L02)`, or the bare id when the leader is unknown.
    private static func describe(_ leader: Leader?, id: String) -> String {
        leader.map { "\($0.name)(\($0.id))" } ?? id
    }

    private static func problemLines(_ problems: [Problem], _ strings: any Catalog) -> String {
        problems.map { ProblemReport.line($0, strings) }.joined(separator: "\n")
    }
}
