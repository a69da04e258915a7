import OutreachModel

/// Solves a planning problem: kept and pinned drives first, the previous plan's drives where they still fit,
/// then greedy construction, seeded random relocations, exhaustive polish passes until no single relocation
/// improves the plan, seeded ruin-and-recreate moves over related drives, and a last polish. Deterministic for
/// the same problem and seed.
public enum Planner {
    /// Ruin-and-recreate moves in a row without a gain after which the compound search stops: where the moves
    /// find nothing (large cities with many interchangeable venues) they would only cost time.
    static let ruinPatience = 60
    /// A small plan still gets this many drives' worth of compound moves: its few drives make each one cheap.
    static let fewestDrivesForRuins = 50

    public static func solve(_ problem: PlanningProblem, seed: UInt64, search: SearchSettings) throws(PlanningError)
        -> Solution
    {
        let stability = problem.previous.isEmpty ? 0 : problem.objective.replanStabilityUnits
        var state = PlanState(problem: problem, stabilityUnits: stability)
        for choice in problem.kept { state.force(candidate: choice.candidate, team: choice.team) }
        for choice in problem.pinned { try pin(choice, in: &state) }
        let neighbourhoods = Neighbourhoods(problem, state)
        for choice in problem.previous.sorted(by: {
            state.candidateDay[$0.candidate] < state.candidateDay[$1.candidate]
        }) {
            let teams = [choice.team] + problem.candidates[choice.candidate].teams.map(\.team)
            for team in teams {
                guard let effect = state.additionEffect(candidate: choice.candidate, team: team) else { continue }
                state.add(candidate: choice.candidate, team: team, effect: effect)
                break
            }
        }
        state.fill(neighbourhoods.open)
        let greedy = state.breakdown.value

        var random = SeededRandom(seed: seed)
        let moves = search.movesPerDrive * max(1, state.driveCount)
        var improvements = 0
        for _ in 0..<moves {
            // A random slot; an empty or fixed one makes this move a no-op (counting stays seed-determined).
            guard !state.slots.isEmpty else { break }
            let slot = Int(random.next() % UInt64(state.slots.count))
            guard let drive = state.slots[slot], !drive.fixed else { continue }
            let all = neighbourhoods.of(drive, in: state)
            let sample = all.count <= 16 ? all : (0..<16).map { _ in all[Int(random.next() % UInt64(all.count))] }
            if state.relocate(slot, neighbours: sample) { improvements += 1 }
        }
        state.fill(neighbourhoods.open)
        var passes = 0
        var localOptimum = polish(&state, neighbourhoods, limit: search.polishPasses, passes: &passes)
        var ruins = 0
        var keptRuins = 0
        var sinceGain = 0
        for _ in 0..<search.ruinsPerDrive * max(state.driveCount, Self.fewestDrivesForRuins) {
            let held = state.heldSlots
            guard !held.isEmpty else { break }
            let slot = held[Int(random.next() % UInt64(held.count))]
            let ruin = Ruin.allCases[Int(random.next() % UInt64(Ruin.allCases.count))]
            let ruined = ruin.slots(around: slot, in: state)
            ruins += 1
            if state.ruinAndRecreate(ruined, refill: neighbourhoods.around) > 0 {
                keptRuins += 1
                sinceGain = 0
            } else {
                sinceGain += 1
                if sinceGain == ruinPatience { break }
            }
        }
        if keptRuins > 0 { localOptimum = polish(&state, neighbourhoods, limit: search.polishPasses, passes: &passes) }
        assert(state.matchesRecomputation(), "incremental objective drifted from the objective recomputed from scratch")
        return Solution(
            state: state, greedyValue: greedy, randomMoves: moves, improvingMoves: improvements + keptRuins,
            polishPasses: passes, localOptimum: localOptimum, ruins: ruins, keptRuins: keptRuins)
    }

    /// Exhaustive relocation passes until one finds nothing or the passes run out; true at a local optimum.
    static func polish(
        _ state: inout PlanState, _ neighbourhoods: Neighbourhoods, limit: Int, passes: inout Int
    ) -> Bool {
        for _ in 0..<limit {
            passes += 1
            if !improvesByRelocation(&state, neighbourhoods) { return true }
            state.fill(neighbourhoods.open)
        }
        return false
    }

    /// One pass over every drive; true when some relocation improved the plan.
    static func improvesByRelocation(_ state: inout PlanState, _ neighbourhoods: Neighbourhoods) -> Bool {
        var improved = false
        for slot in state.heldSlots {
            guard let drive = state.slots[slot], !drive.fixed else { continue }
            if state.relocate(slot, neighbours: neighbourhoods.of(drive, in: state)) { improved = true }
        }
        return improved
    }

    private static func pin(_ choice: PlanningProblem.Choice, in state: inout PlanState) throws(PlanningError) {
        let candidate = state.problem.candidates[choice.candidate]
        let teams = [choice.team] + candidate.teams.map(\.team).filter { $0 != choice.team }
        for team in teams {
            guard let effect = state.additionEffect(candidate: choice.candidate, team: team) else { continue }
            state.add(candidate: choice.candidate, team: team, effect: effect, fixed: true)
            return
        }
        let id = DriveID(venueID: state.problem.venues[candidate.venue].id, date: candidate.date)
        throw .infeasiblePin(id, state.obstacle(candidate: choice.candidate, team: choice.team) ?? .noTeamAvailable)
    }
}

/// Where a drive could go instead: any candidate on its day for its team, or its venue on another day.
/// The same neighbourhood serves the search and `plan explain`, so an explained alternative is never better
/// than the drive once the search has reached a local optimum.
struct Neighbourhoods {
    let open: [Int]
    /// Candidates by team and day (`team * dayCount + day`): the search asks for one team's day at a time.
    let onTeamDay: [[Int]]
    let atVenue: [[Int]]
    let dayCount: Int

    init(_ problem: PlanningProblem, _ state: PlanState) {
        open = problem.candidates.indices.filter { problem.candidates[$0].meetsLeadTime }
        dayCount = problem.dayCount
        var onTeamDay = Array(repeating: [Int](), count: problem.teams.count * problem.dayCount)
        var atVenue = Array(repeating: [Int](), count: problem.venues.count)
        for candidate in open {
            for option in problem.candidates[candidate].teams {
                onTeamDay[option.team * problem.dayCount + state.candidateDay[candidate]].append(candidate)
            }
            atVenue[problem.candidates[candidate].venue].append(candidate)
        }
        // Most full-pool units first, so a ruin's refill takes the promising candidates of a team-day.
        let units = problem.candidates.indices.map {
            problem.fullPoolTurnout($0) * problem.candidates[$0].unitsPerDonation
        }
        for index in onTeamDay.indices { onTeamDay[index].sort { (units[$0], -$0) > (units[$1], -$1) } }
        self.onTeamDay = onTeamDay
        self.atVenue = atVenue
    }

    func of(_ drive: PlanState.Drive, in state: PlanState) -> [Int] {
        onTeamDay[drive.team * dayCount + state.candidateDay[drive.candidate]]
            + atVenue[state.problem.candidates[drive.candidate].venue]
    }

    /// Candidates a ruin refills from on each freed team-day: the most promising that are still open. A city-wide
    /// team has hundreds of candidates a day; a few dozen carry the move.
    static let refillPerTeamDay = 24

    /// Days beyond a drive's revisit interval within which its venue may take it again in a ruin's refill: enough
    /// to re-space a venue's drives; moving one farther is the relocation move's work.
    static let refillSlackDays = 14

    /// What may refill a ruin: the days of the venues it emptied within their revisit interval and
    /// `refillSlackDays` of the removed drives, and on each team-day it freed the open candidates with the most
    /// full-pool units.
    func around(_ removed: [PlanState.Drive], in state: PlanState) -> [Int] {
        var result: [Int] = []
        var window: [Int: ClosedRange<Int>] = [:]
        for drive in removed {
            let candidate = state.problem.candidates[drive.candidate]
            let day = state.candidateDay[drive.candidate]
            let reach = candidate.revisitDays + Self.refillSlackDays
            let range = (day - reach)...(day + reach)
            window[candidate.venue] =
                window[candidate.venue].map {
                    min($0.lowerBound, range.lowerBound)...max($0.upperBound, range.upperBound)
                } ?? range
            var taken = 0
            for candidate in onTeamDay[drive.team * dayCount + state.candidateDay[drive.candidate]]
            where state.isOpen(candidate) {
                result.append(candidate)
                taken += 1
                if taken == Self.refillPerTeamDay { break }
            }
        }
        for (venue, range) in window.sorted(by: { $0.key < $1.key }) {
            result += atVenue[venue].filter { range.contains(state.candidateDay[$0]) }
        }
        return result
    }
}
