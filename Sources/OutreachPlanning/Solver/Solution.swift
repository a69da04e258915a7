/// A solved plan with the figures of how the search went.
public struct Solution: Sendable {
    let state: PlanState
    /// Objective after greedy construction, before the local search.
    public let greedyValue: Double
    public let randomMoves: Int
    public let improvingMoves: Int
    public let polishPasses: Int
    /// True when the last polish pass found no improving relocation.
    public let localOptimum: Bool
    /// Ruin-and-recreate moves tried, and kept because they improved the plan.
    public let ruins: Int
    public let keptRuins: Int

    public var breakdown: ObjectiveBreakdown { state.breakdown }
    public var problem: PlanningProblem { state.problem }
}
