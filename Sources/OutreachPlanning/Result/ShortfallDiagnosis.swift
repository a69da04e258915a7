/// Finds why a region's month falls short: looks at every candidate drive there that the plan does not hold and
/// counts what stops it; the most common obstacle is the reason.
struct ShortfallDiagnosis {
    let state: PlanState

    func reason(region: Int, month: Int) -> ShortfallReason {
        let problem = state.problem
        let hasVenue = problem.venues.contains { $0.region == region }
        let candidates = problem.candidates.indices.filter {
            state.candidateMonth[$0] == month && problem.venues[problem.candidates[$0].venue].region == region
        }
        guard hasVenue else { return .noVenue }
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
