import OutreachModel
import Testing

@testable import OutreachPlanning

/// The search against the exact optimum of small problems (every schedule enumerated), and the upper bound
/// against it.
@Suite struct ExactOptimumTests {
    /// A random small problem: two months of a region, three or four venues, two teams, two weeks.
    static func problem(seed: UInt64) -> PlanningProblem {
        var random = SeededRandom(seed: seed)
        let venues = Int.random(in: 3...4, using: &random)
        var candidates: [(venue: Int, day: Int, revisit: Int, share: Double)] = []
        for venue in 0..<venues {
            let revisit = [1, 3, 5, 14][Int.random(in: 0...3, using: &random)]
            let share = Double.random(in: 0.005...0.05, using: &random)
            for day in 0..<14 where Int.random(in: 0...2, using: &random) > 0 {
                candidates.append((venue, day, revisit, share))
            }
        }
        // The horizon 2027-03-25 … 04-07 spans two months, so the month values trade against each other.
        var problem = TinyProblem.make(
            days: 14, targets: [Double.random(in: 40...160, using: &random), Double.random(in: 40...160, using: &random)],
            baseline: [10, 10], weights: [1, 1.2],
            pools: (0..<venues).map { _ in Double.random(in: 500...3000, using: &random) }, candidates: candidates,
            teams: 2, maximumTurnout: 60, lab: Double.random(in: 40...120, using: &random))
        problem.from = d("2027-03-25")
        problem.to = d("2027-04-07")
        for index in problem.candidates.indices {
            let day = candidates[index].day
            problem.candidates[index].date = problem.from.adding(days: day)
            problem.candidates[index].eligibleAgain = problem.candidates[index].date.adding(days: 180)
        }
        problem.months = [
            .init(month: YearMonth(year: 2027, month: 3)!, weight: 1, beforeTrough: false),
            .init(month: YearMonth(year: 2027, month: 4)!, weight: 1.2, beforeTrough: false),
        ]
        return problem
    }

    @Test(arguments: Array(UInt64(1)...12))
    func searchReachesTheOptimum(seed: UInt64) throws {
        let problem = Self.problem(seed: seed)
        let optimum = TinyProblem.optimum(problem)
        let solution = try Planner.solve(problem, seed: seed, search: SearchSettings())
        #expect(solution.breakdown.value >= optimum * 0.99 - 1e-9, "optimum \(optimum)")
        #expect(solution.breakdown.value <= optimum + 1e-6)
        #expect(UpperBound.of(problem) >= optimum - 1e-6)
    }
}
