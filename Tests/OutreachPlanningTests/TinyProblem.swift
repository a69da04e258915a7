import OutreachModel

@testable import OutreachPlanning

/// Hand-made planning problems small enough to check term by term and to solve exactly by enumeration.
enum TinyProblem {
    static let from = d("2027-03-01")

    /// One region with the given monthly targets and fixed-site units, venues with pools, and candidates
    /// (venue, day offset, revisit days, turnout share) for every listed team.
    static func make(
        days: Int, targets: [Double?] = [100], baseline: [Double] = [0], weights: [Double] = [1],
        pools: [Double], candidates: [(venue: Int, day: Int, revisit: Int, share: Double)],
        teams: Int = 1, maximumTurnout: Double = 1000, lab: Double = 10_000, deferral: Double = 0,
        objective: ObjectiveWeights = ObjectiveWeights(fairnessUnitsPerDay: 0, travelUnitsPerStep: 0)
    ) -> PlanningProblem {
        // One entry per month the days reach; months beyond the given lists weigh 1, with no target.
        let count = YearMonth(from).months(to: YearMonth(from.adding(days: days - 1))) + 1
        func padded<T>(_ list: [T], _ filler: T) -> [T] {
            list + Array(repeating: filler, count: max(0, count - list.count))
        }
        let weights = padded(weights, 1)
        let targets = padded(targets, nil)
        let baseline = padded(baseline, 0)
        let months = weights.enumerated().map { index, weight in
            PlanningProblem.Month(
                month: YearMonth(from).adding(months: index), weight: weight, beforeTrough: weight > 1)
        }
        return PlanningProblem(
            from: from, to: from.adding(days: days - 1), today: from.adding(days: -60), objective: objective,
            deferralRate: deferral, months: months,
            regions: [
                .init(code: "R", targets: targets, sources: targets.map { _ in nil }, baselineUnits: baseline)
            ],
            teams: (0..<teams).map { .init(id: "T\($0)", base: "R") },
            venues: pools.enumerated().map { .init(id: "V\($0.offset)", region: 0, pool: $0.element) },
            candidates: candidates.map { item in
                let date = from.adding(days: item.day)
                return .init(
                    venue: item.venue, template: "t", date: date, eligibleAgain: date.adding(days: 180),
                    revisitDays: item.revisit, turnoutShare: item.share, unitsPerDonation: 1, meetsLeadTime: true,
                    teams: (0..<teams).map { .init(team: $0, maximumTurnout: maximumTurnout, travelSteps: 0) })
            },
            labCapacity: Array(repeating: lab, count: days), kept: [], pinned: [], previous: [])
    }

    /// The best objective over every schedule that breaks no hard rule, by depth-first enumeration of the
    /// candidates in date order (each left out, or held by the first free team: the teams' options are alike, so
    /// which one holds a drive changes nothing).
    static func optimum(_ problem: PlanningProblem) -> Double {
        var state = PlanState(problem: problem)
        let order = problem.candidates.indices.sorted { problem.candidates[$0].date < problem.candidates[$1].date }
        var best = state.breakdown.value
        func visit(_ position: Int) {
            guard position < order.count else {
                best = max(best, state.breakdown.value)
                return
            }
            visit(position + 1)
            let candidate = order[position]
            let day = state.candidateDay[candidate]
            guard
                let option = problem.candidates[candidate].teams.first(where: { state.isTeamFree($0.team, day: day) }),
                let effect = state.additionEffect(candidate: candidate, team: option.team)
            else { return }
            let slot = state.add(candidate: candidate, team: option.team, effect: effect)
            visit(position + 1)
            state.take(slot)
        }
        visit(0)
        return best
    }
}
