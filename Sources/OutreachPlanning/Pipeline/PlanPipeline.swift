import OutreachModel

/// Making a plan, as one path for the command, the benchmarks and the tests: build the problem from the workspace
/// and request, solve it, assemble the saved plan, and check it against the workspace's hard rules with the
/// independent rule checker.
public struct PlanPipeline: Sendable {
    public var workspace: Workspace
    public var request: PlanRequest
    public var name: String

    /// What the pipeline made: the plan and the problem and solution behind it.
    public struct Output: Sendable {
        public var plan: Plan
        public var problem: PlanningProblem
        public var solution: Solution
    }

    public enum Failure: Error, Sendable {
        case planning(PlanningError)
        /// The checker found hard rules broken: a planner bug, never saved.
        case ruleViolations([RuleViolation])
    }

    public init(workspace: Workspace, request: PlanRequest, name: String) {
        self.workspace = workspace
        self.request = request
        self.name = name
    }

    public func run() throws(Failure) -> Output {
        let built: (problem: PlanningProblem, notices: [PlanNotice])
        let solution: Solution
        do throws(PlanningError) {
            built = try ProblemBuilder(workspace: workspace, request: request).build()
            solution = try Planner.solve(built.problem, seed: request.seed, search: workspace.planning.search)
        } catch { throw .planning(error) }
        let plan = PlanAssembler(name: name, request: request, workspace: workspace, notices: built.notices).plan(
            solution)
        let violations = PlanRuleChecker(workspace: workspace, plan: plan).violations()
        guard violations.isEmpty else { throw .ruleViolations(violations) }
        return Output(plan: plan, problem: built.problem, solution: solution)
    }
}
