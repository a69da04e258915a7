/// Finds why a region's month falls short: for each venue with open days there, what stops the plan from adding
/// a drive on the least blocked of them, and names what binds for most venues — with the drive that holds a venue
/// when a drive does. Venues count once, so a government office open every workday weighs no more than a market.
struct ShortfallDiagnosis {
    struct Finding: Hashable {
        var reason: ShortfallReason
        /// The drive that holds the venue (an earlier drive whose donors are not eligible again yet, or the
        /// venue's drive in another month).
        var blockingDrive: DriveID?
    }

    let state: PlanState
    /// Candidates by region and month (`region * months + month`), grouped once for every line.
    let candidatesByRegionMonth: [[Int]]
    let regionsWithVenues: Set<Int>

    /// Below this share of its full pool, a venue's pool is held by imported donors still inside their interval.
    static let heldPoolShare = 0.5

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

    func reason(region: Int, month: Int) -> Finding {
        let problem = state.problem
        guard regionsWithVenues.contains(region) else { return Finding(reason: .noVenue) }
        let candidates = candidatesByRegionMonth[region * problem.months.count + month]
        guard !candidates.isEmpty else { return Finding(reason: .venuesClosed) }
        let open = candidates.filter { problem.candidates[$0].meetsLeadTime }
        guard !open.isEmpty else { return Finding(reason: .leadTime) }
        if everyTeamDayUsed(open) { return Finding(reason: .teamCapacity) }
        var byVenue: [Int: Finding] = [:]
        for candidate in open where !isHeld(candidate) {
            let venue = problem.candidates[candidate].venue
            let found = obstacle(candidate)
            if let known = byVenue[venue], Self.rank(known.reason) <= Self.rank(found.reason) { continue }
            byVenue[venue] = found
        }
        var counts: [Finding: Int] = [:]
        for finding in byVenue.values { counts[finding, default: 0] += 1 }
        // Most venues first; ties go to the reason listed first in `ShortfallReason`, then the earliest drive.
        let order = ShortfallReason.allCases
        return counts.max { first, second in
            if first.value != second.value { return first.value < second.value }
            let a = order.firstIndex(of: first.key.reason) ?? 0
            let b = order.firstIndex(of: second.key.reason) ?? 0
            if a != b { return a > b }
            // Dictionary order differs from run to run, so the tie-break must be total: the earliest drive, then
            // the lowest venue id.
            let a2 = first.key.blockingDrive.map { ($0.date, $0.venueID) } ?? (.init(dayNumber: 0), "")
            let b2 = second.key.blockingDrive.map { ($0.date, $0.venueID) } ?? (.init(dayNumber: 0), "")
            return a2 > b2
        }?.key ?? Finding(reason: .poolExhausted)
    }

    /// How hard an obstacle is to lift: a venue is judged by its least blocked day.
    static func rank(_ reason: ShortfallReason) -> Int {
        switch reason {
        case .poolExhausted, .recentDonations: return 0
        case .labCapacity: return 1
        case .noOpenVenueDay: return 2
        default: return 3
        }
    }

    /// True when every team-day the month's candidates could use already holds a drive.
    func everyTeamDayUsed(_ candidates: [Int]) -> Bool {
        for candidate in candidates {
            let day = state.candidateDay[candidate]
            for option in state.problem.candidates[candidate].teams where state.isTeamFree(option.team, day: day) {
                return false
            }
        }
        return true
    }

    func isHeld(_ candidate: Int) -> Bool {
        let venue = state.problem.candidates[candidate].venue
        return state.venueSlots[venue].contains { state.slots[$0]?.candidate == candidate }
    }

    /// What stops one candidate: a drive at its venue (before it: donors not eligible again; after it: the venue's
    /// drive is elsewhere in the plan), no free team that day, the laboratory, imported donors holding the pool,
    /// or nothing but too little to gain.
    func obstacle(_ candidate: Int) -> Finding {
        let problem = state.problem
        let item = problem.candidates[candidate]
        let day = state.candidateDay[candidate]
        if let drive = state.venueConflict(candidate) {
            let earlier = state.candidateDay[drive.candidate] <= day
            return Finding(
                reason: earlier ? .revisitInterval : .venueBookedElsewhere, blockingDrive: state.driveID(drive))
        }
        let free = item.teams.filter { state.isTeamFree($0.team, day: day) }
        guard !free.isEmpty else { return Finding(reason: .noOpenVenueDay) }
        if free.allSatisfy({ state.obstacle(candidate: candidate, team: $0.team).map(\.isLab) == true }) {
            return Finding(reason: .labCapacity)
        }
        let venue = problem.venues[item.venue]
        if venue.pool(on: item.date) < Self.heldPoolShare * venue.pool { return Finding(reason: .recentDonations) }
        return Finding(reason: .poolExhausted)
    }
}

extension RuleBreak {
    var isLab: Bool {
        if case .labCapacity = self { return true }
        return false
    }
}
