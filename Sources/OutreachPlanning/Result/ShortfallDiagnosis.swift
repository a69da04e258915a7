/// Finds why a region's month falls short: looks at every candidate drive there that the plan does not hold and
/// counts what stops it; the most common obstacle is the reason.
struct ShortfallDiagnosis {
    let state: PlanState
    /// Candidates by region and month (`region * months + month`), grouped once for every line.
    let candidatesByRegionMonth: [[Int]]
    let regionsWithVenues: Set<Int>

    init(state: PlanState) {
        self.state = state
        let problem = state.problem
        var grouped = Array(repeating: [Int](), count: problem.regions.count * problem.months.count)
        for (index, candidate) in problem.candidates.enumerated() {
            guard let region = problem.venues[candidate.venue].region else { continue }
            grouped[region * problem.months.count + state.candidateMonth[index]].append(index)
        }
        candidatesByRegionMonth = grouped
        regionsWithVenues = Set(problem.venues.compactMap(\.region))
    }

    func reason(region: Int, month: Int) -> ShortfallReason {
        let problem = state.problem
        let candidates = candidatesByRegionMonth[region * problem.months.count + month]
        guard regionsWithVenues.contains(region) else { return .noVenue }
        guard !candidates.isEmpty else { return .venuesClosed }
        let open = candidates.filter { problem.candidates[$0].meetsLeadTime }
        guard !open.isEmpty else { return .leadTime }
        var counts: [ShortfallReason: Int] = [:]
        for candidate in open {
            let obstacles = problem.candidates[candidate].teams.map {
                state.obstacle(candidate: candidate, team: $0.team)
            }
            if obstacles.contains(where: { $0 == nil }) {
                counts[.poolExhausted, default: 0] += 1
                continue
            }
            let kinds = obstacles.compactMap { obstacle -> ShortfallReason? in
                switch obstacle {
                case .teamBusy?: return .teamCapacity
                case .labCapacity?: return .labCapacity
                default: return .revisitInterval
                }
            }
            // The venue rule binds for every team alike; otherwise the day is full for all teams.
            let reason: ShortfallReason =
                kinds.contains(.revisitInterval)
                ? .revisitInterval : kinds.contains(.labCapacity) ? .labCapacity : .teamCapacity
            counts[reason, default: 0] += 1
        }
        let order: [ShortfallReason] = [.teamCapacity, .revisitInterval, .labCapacity, .poolExhausted]
        return order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? .poolExhausted
    }
}
