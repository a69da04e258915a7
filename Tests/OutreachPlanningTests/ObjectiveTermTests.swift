import OutreachModel
import Testing

@testable import OutreachPlanning

/// Each objective term alone, with exact values (README › Planning › Objective).
@Suite struct ObjectiveTermTests {
    /// Target 100 with the default pieces: slope 2 to 60 %, 1.5 to 85 %, 1 to 100 %, 0.1 beyond.
    @Test(arguments: [
        (0.0, 0.0), (50, 100), (60, 120), (70, 135), (85, 157.5), (95, 167.5), (100, 172.5), (110, 173.5),
    ])
    func attainmentValue(units: Double, value: Double) {
        #expect(abs(ObjectiveWeights().attainmentValue(units: units, target: 100) - value) < 1e-9)
    }

    @Test func withoutATargetEveryUnitIsSurplus() {
        #expect(abs(ObjectiveWeights().attainmentValue(units: 40, target: nil) - 4) < 1e-9)
    }

    @Test func piecesStartAboveTheFixedSites() {
        let pieces = ObjectiveWeights().pieces(target: 100, above: 70)
        #expect(pieces.map(\.width) == [15, 15, .infinity])
        #expect(pieces.map(\.slope) == [1.5, 1, 0.1])
    }

    @Test func monthValueCountsFixedSitesAndTheMonthWeight() {
        let problem = TinyProblem.make(days: 10, baseline: [30], weights: [1.2], pools: [], candidates: [])
        let state = PlanState(problem: problem)
        // 1.2 × f(30 + 40) = 1.2 × (120 + 15)
        #expect(abs(state.monthValue(region: 0, month: 0, units: 40) - 162) < 1e-9)
        #expect(abs(state.monthValue(region: nil, month: 0, units: 40) - 1.2 * 0.1 * 40) < 1e-9)
    }

    @Test func deepShortfallsCostMoreThanShallowOnes() {
        let weights = ObjectiveWeights()
        // 93 % + 36 % against 65 % + 65 % of two equal targets: the same units, less value.
        let uneven = weights.attainmentValue(units: 93, target: 100) + weights.attainmentValue(units: 36, target: 100)
        let even = weights.attainmentValue(units: 65, target: 100) * 2
        #expect(even > uneven)
    }

    @Test(arguments: [(45, 0.0), (46, 1), (60, 15)])
    func gapPenalty(gap: Int, penalty: Double) {
        let problem = TinyProblem.make(
            days: 100, pools: [], candidates: [], objective: ObjectiveWeights(fairnessUnitsPerDay: 1))
        #expect(PlanState(problem: problem).gapPenalty(gap) == penalty)
    }

    @Test func fairnessCountsGapsFromTheHorizonsEnds() {
        let problem = TinyProblem.make(
            days: 100, pools: [1000, 1000], candidates: [(0, 10, 1, 0.01), (1, 70, 1, 0.01)],
            objective: ObjectiveWeights(fairnessUnitsPerDay: 1, travelUnitsPerStep: 0))
        var state = PlanState(problem: problem)
        state.force(candidate: 0, team: 0, fixed: false)
        state.force(candidate: 1, team: 0, fixed: false)
        // Gaps 11 (start to day 10), 60, 30 (day 70 to the end): only 60 − 45 counts.
        #expect(state.fairnessPenalty(region: 0) == 15)
    }

    /// Turnout = min(capacity, share × pool left); the pool loses the donations of earlier drives whose donors
    /// are not eligible again yet.
    @Test func turnoutWithDepletion() {
        let problem = TinyProblem.make(
            days: 30, targets: [nil], pools: [1000], candidates: [(0, 0, 1, 0.1), (0, 10, 1, 0.1), (0, 20, 1, 0.1)],
            maximumTurnout: 95, deferral: 0.2)
        var state = PlanState(problem: problem)
        for candidate in 0..<3 { state.force(candidate: candidate, team: 0, fixed: false) }
        let turnouts = state.turnouts(venue: 0).map(\.turnout)
        // 100 capped at 95; then 0.1 × (1000 − 95 × 0.8) = 92.4; then 0.1 × (1000 − 76 − 73.92) = 85.008.
        #expect(abs(turnouts[0] - 95) < 1e-9)
        #expect(abs(turnouts[1] - 92.4) < 1e-9)
        #expect(abs(turnouts[2] - 85.008) < 1e-9)
        #expect(abs(state.regionUnits[0][0] - (95 + 92.4 + 85.008) * 0.8) < 1e-9)
    }

    @Test func travelCostsItsWeightPerStep() {
        var problem = TinyProblem.make(
            days: 10, targets: [nil], pools: [1000], candidates: [(0, 0, 1, 0.1)],
            objective: ObjectiveWeights(fairnessUnitsPerDay: 0, travelUnitsPerStep: 2))
        problem.candidates[0].teams[0].travelSteps = 3
        var state = PlanState(problem: problem)
        state.force(candidate: 0, team: 0, fixed: false)
        #expect(state.breakdown.travelPenalty == 6)
    }
}

/// The terms and rules of a stock-triggered plan, each alone.
@Suite struct ShortageTermTests {
    /// Units at a venue with a group bonus add bonus × units; the move gain and a fresh recomputation agree.
    @Test func groupValueIsUnitsTimesTheVenuesBonus() throws {
        var problem = TinyProblem.make(
            days: 10, targets: [nil], pools: [1000, 1000], candidates: [(0, 0, 1, 0.1), (1, 2, 1, 0.1)])
        problem.venues[0].groupBonus = 0.5
        var state = PlanState(problem: problem)
        let effect = try #require(state.additionEffect(candidate: 0, team: 0))
        // 100 units: surplus 0.1 × 100 plus the bonus 0.5 × 100.
        #expect(abs(effect.objectiveGain - 60) < 1e-9)
        state.add(candidate: 0, team: 0, effect: effect)
        state.force(candidate: 1, team: 0, fixed: false)
        #expect(abs(state.breakdown.groupValue - 50) < 1e-9)
        #expect(abs(state.breakdown.value - (50 + 0.1 * 200)) < 1e-9)
        #expect(state.matchesRecomputation())
    }

    /// The bound stays a bound with the bonus: every venue's most units times its bonus are added.
    @Test func theUpperBoundCountsTheGroupValue() {
        var problem = TinyProblem.make(days: 10, targets: [nil], pools: [1000], candidates: [(0, 0, 1, 0.1)])
        let without = UpperBound.of(problem)
        problem.venues[0].groupBonus = 0.5
        #expect(abs(UpperBound.of(problem) - without - 50) < 1e-9)
        #expect(UpperBound.of(problem) >= TinyProblem.optimum(problem) - 1e-9)
    }

    /// A team holds at most `maximumTeamDaysPerMonth` drives a month.
    @Test func aTeamWorksAtMostTheMonthsMaximum() {
        var problem = TinyProblem.make(
            days: 10, targets: [nil], pools: [1000, 1000, 1000],
            candidates: [(0, 0, 1, 0.1), (1, 1, 1, 0.1), (2, 2, 1, 0.1)])
        problem.maximumTeamDaysPerMonth = 2
        var state = PlanState(problem: problem)
        state.force(candidate: 0, team: 0, fixed: false)
        state.force(candidate: 1, team: 0, fixed: false)
        #expect(state.additionEffect(candidate: 2, team: 0) == nil)
        #expect(state.obstacle(candidate: 2, team: 0) == .teamMonthFull(team: "T0", maximum: 2))
    }
}
