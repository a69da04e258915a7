import OutreachModel
import Testing

@testable import OutreachPlanning

/// The search against the exact optimum of small problems (every schedule enumerated), and the upper bound
/// against it.
@Suite struct ExactOptimumTests {
    /// A random small problem: two months of a region, three venues open on about two days in three, two
    /// interchangeable teams, twelve days; revisit intervals of 3 to 14 days keep the schedules countable.
    static func problem(seed: UInt64) -> PlanningProblem {
        var random = SeededRandom(seed: seed)
        let venues = 3
        var candidates: [(venue: Int, day: Int, revisit: Int, share: Double)] = []
        for venue in 0..<venues {
            let revisit = [3, 4, 5, 14][Int.random(in: 0...3, using: &random)]
            let share = Double.random(in: 0.005...0.05, using: &random)
            for day in 0..<12 where Int.random(in: 0...2, using: &random) > 0 {
                candidates.append((venue, day, revisit, share))
            }
        }
        // The horizon 2027-03-25 … 04-05 spans two months, so the month values trade against each other.
        var problem = TinyProblem.make(
            days: 12,
            targets: [Double.random(in: 40...160, using: &random), Double.random(in: 40...160, using: &random)],
            baseline: [10, 10], weights: [1, 1.2],
            pools: (0..<venues).map { _ in Double.random(in: 500...3000, using: &random) }, candidates: candidates,
            teams: 2, maximumTurnout: 60, lab: Double.random(in: 40...120, using: &random))
        problem.from = d("2027-03-25")
        problem.to = d("2027-04-05")
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

    /// Measured on these twelve: eleven at the optimum (to rounding), seed 10 at 97.65 % (its optimum needs three
    /// venues re-spaced at once). The floor per instance and on average is what the search promises.
    @Test func searchComesWithinOnePercentOfTheOptimumOnAverage() throws {
        var ratios: [Double] = []
        for seed in UInt64(1)...12 {
            let problem = Self.problem(seed: seed)
            let optimum = TinyProblem.optimum(problem)
            let solution = try Planner.solve(problem, seed: seed, search: SearchSettings())
            #expect(solution.breakdown.value <= optimum + 1e-6, "seed \(seed): above the optimum")
            #expect(UpperBound.of(problem) >= optimum - 1e-6, "seed \(seed): bound below the optimum")
            ratios.append(solution.breakdown.value / optimum)
        }
        let text = ratios.map { "\(($0 * 10_000).rounded() / 10_000)" }.joined(separator: " ")
        #expect(ratios.allSatisfy { $0 >= 0.97 }, "\(text)")
        #expect(ratios.reduce(0, +) / Double(ratios.count) >= 0.99, "\(text)")
        #expect(ratios.filter { $0 >= 0.9999 }.count >= 10, "\(text)")
    }
}
