/// Compound moves: take several related drives out at once and put the best set back (ruin and recreate). The
/// better schedules an exact solver finds move two or more drives together — a venue's drives re-spaced, a
/// market moved to a weekday so that a weekend-only street site gets the Saturday — which no single relocation
/// reaches, because each step alone loses value.
extension PlanState {
    /// Removes the slots, refills the emptied venues by their best packed chains (`pack`) and then everything
    /// `refill` names for the removed drives by regret (`recreate`), and keeps the result only if the objective
    /// (with the re-plan stability term) rose; otherwise restores the drives as they were. Returns the gain kept
    /// (0 when restored).
    mutating func ruinAndRecreate(_ ruined: [Int], refill: ([Drive], PlanState) -> [Int]) -> Double {
        var removed: [Drive] = []
        var change = 0.0
        for slot in ruined {
            guard let drive = slots[slot], !drive.fixed, let effect = removalEffect(slot: slot) else { continue }
            remove(slot: slot, effect: effect)
            removed.append(drive)
            change += effect.gain
        }
        guard !removed.isEmpty else { return 0 }
        var added: [Int] = []
        let candidates = refill(removed, self)
        for venue in Set(removed.map { problem.candidates[$0.candidate].venue }).sorted() {
            change += pack(candidates.filter { problem.candidates[$0].venue == venue }, added: &added)
        }
        change += recreate(candidates, added: &added)
        if change > 1e-6 { return change }
        for slot in added.reversed() { take(slot) }
        for drive in removed { force(candidate: drive.candidate, team: drive.team, fixed: false) }
        return 0
    }

    /// Regret insertion: while some candidate gains, adds the best candidate of the venue whose best and
    /// second-best gains differ most (ties: the larger gain). Returns the total gain. A venue's figures are
    /// recomputed when an insertion changes them (its region's month, its days, itself), and lazily: gains only
    /// fall as the plan fills, so a candidate whose last gain is below the venue's second best need not be
    /// evaluated again, and one ruled out keeps gain 0. Candidates ruled out at the start are dropped.
    mutating func recreate(_ candidates: [Int], added: inout [Int]) -> Double {
        var byVenue: [Int: [(candidate: Int, gain: Double)]] = [:]
        for candidate in candidates where isOpen(candidate) {
            byVenue[problem.candidates[candidate].venue, default: []].append((candidate, .infinity))
        }
        var figures: [Int: VenueFigures] = [:]
        for venue in byVenue.keys { figures[venue] = venueFigures(&byVenue[venue]!) }
        var total = 0.0
        while true {
            var choice: (venue: Int, figures: VenueFigures)?
            for (venue, item) in figures where item.best != nil {
                guard let current = choice else {
                    choice = (venue, item)
                    continue
                }
                if item.regret > current.figures.regret + 1e-9
                    || (abs(item.regret - current.figures.regret) <= 1e-9
                        && (item.best!.effect.gain, -venue) > (current.figures.best!.effect.gain, -current.venue))
                {
                    choice = (venue, item)
                }
            }
            guard let choice, let cached = choice.figures.best else { return total }
            // Figures of other months of the region may be stale (a gap's fairness term); the chosen venue's are
            // made fresh before its drive goes in, and the choice is made again if they changed.
            let fresh = venueFigures(&byVenue[choice.venue]!)
            figures[choice.venue] = fresh
            guard let best = fresh.best, abs(best.effect.gain - cached.effect.gain) <= 1e-9,
                best.candidate == cached.candidate
            else { continue }
            added.append(add(candidate: best.candidate, team: best.team, effect: best.effect))
            total += best.effect.gain
            let region = problem.venues[choice.venue].region
            let day = candidateDay[best.candidate]
            let month = candidateMonth[best.candidate]
            for venue in Array(byVenue.keys)
            where venue == choice.venue
                || byVenue[venue]!.contains(where: {
                    candidateDay[$0.candidate] == day
                        || (candidateMonth[$0.candidate] == month && problem.venues[venue].region == region)
                })
            {
                figures[venue] = venueFigures(&byVenue[venue]!)
            }
        }
    }

    /// A venue's best addition among its candidates and how much less its second-best day would give.
    struct VenueFigures {
        var best: (candidate: Int, team: Int, effect: MoveEffect)?
        var regret: Double
    }

    /// Evaluates a venue's candidates in falling last-known gain until the rest cannot beat the second best;
    /// updates the known gains and keeps the list in that order.
    func venueFigures(_ list: inout [(candidate: Int, gain: Double)]) -> VenueFigures {
        var best: (candidate: Int, team: Int, effect: MoveEffect)?
        var second = 0.0
        for index in list.indices {
            if best != nil, list[index].gain <= second + 1e-9 { break }
            guard let found = bestAddition(list[index].candidate), found.effect.gain > 1e-6 else {
                list[index].gain = 0
                continue
            }
            list[index].gain = found.effect.gain
            if let current = best, found.effect.gain <= current.effect.gain + 1e-9 {
                second = max(second, found.effect.gain)
            } else {
                if let current = best { second = max(second, current.effect.gain) }
                best = (list[index].candidate, found.team, found.effect)
            }
        }
        list.sort { ($0.gain, -$0.candidate) > ($1.gain, -$1.candidate) }
        return VenueFigures(best: best, regret: best.map { $0.effect.gain - second } ?? 0)
    }

    /// Whether the candidate could still be added: some team free that day and no drive at its venue too close.
    func isOpen(_ candidate: Int) -> Bool {
        let day = candidateDay[candidate]
        return problem.candidates[candidate].teams.contains { isTeamFree($0.team, day: day) }
            && venueConflict(candidate) == nil
    }

    /// Packs a venue's drives at its revisit interval: from each possible first day, adds the earliest day that
    /// gains at least the revisit interval after the last, and keeps the chain that gains most. Regret insertion
    /// takes a venue's single best day first, which can leave room for one drive fewer than a packed chain.
    mutating func pack(_ candidates: [Int], added: inout [Int]) -> Double {
        let days = candidates.sorted { (candidateDay[$0], $0) < (candidateDay[$1], $1) }
        guard let first = days.first else { return 0 }
        let span = problem.candidates[first].revisitDays
        var best: (gain: Double, start: Int)?
        for start in days.indices where candidateDay[days[start]] < candidateDay[first] + max(1, span) {
            var chain: [Int] = []
            let gain = chainFrom(start, days, added: &chain)
            for slot in chain.reversed() { take(slot) }
            if gain > (best?.gain ?? 1e-6) + 1e-9 { best = (gain, start) }
        }
        guard let best else { return 0 }
        return chainFrom(best.start, days, added: &added)
    }

    /// Adds, from `start` on, each day that gains and breaks no rule (the revisit rule spaces them).
    private mutating func chainFrom(_ start: Int, _ days: [Int], added: inout [Int]) -> Double {
        var gain = 0.0
        for candidate in days[start...] {
            guard let found = bestAddition(candidate), found.effect.gain > 1e-6 else { continue }
            added.append(add(candidate: candidate, team: found.team, effect: found.effect))
            gain += found.effect.gain
        }
        return gain
    }

    /// Removes a drive and resets its venue's other turnouts (undoing an addition).
    mutating func take(_ slot: Int) {
        guard let drive = slots[slot] else { return }
        discard(slot)
        for item in turnouts(venue: problem.candidates[drive.candidate].venue) { setTurnout(item.slot, item.turnout) }
    }
}

/// Which drives a ruin takes out, chosen around one held drive.
enum Ruin: CaseIterable {
    /// Every drive at the venue: re-spaces its drives.
    case venue
    /// The team's drives within a week either side: swaps between weekdays and weekends.
    case teamWeek
    /// The drives of the venue's region nearest in time: reshuffles a region's venues and days.
    case region
    /// Every drive within three days of it, whatever the team: hands days between teams.
    case days

    /// Most drives one ruin takes out: the nearest in time to the chosen drive, so that a move stays cheap.
    static let largest = 12

    func slots(around slot: Int, in state: PlanState) -> [Int] {
        guard let drive = state.slots[slot] else { return [] }
        let day = state.candidateDay[drive.candidate]
        let all = related(to: drive, in: state)
        guard all.count > Self.largest else { return all }
        return Array(
            all.sorted {
                (abs(state.candidateDay[state.slots[$0]!.candidate] - day), $0)
                    < (abs(state.candidateDay[state.slots[$1]!.candidate] - day), $1)
            }.prefix(Self.largest))
    }

    private func related(to drive: PlanState.Drive, in state: PlanState) -> [Int] {
        let problem = state.problem
        let venue = problem.candidates[drive.candidate].venue
        let day = state.candidateDay[drive.candidate]
        switch self {
        case .venue:
            return state.venueSlots[venue]
        case .teamWeek:
            return (max(0, day - 7)...min(state.dayCount - 1, day + 7)).compactMap {
                state.slot(team: drive.team, day: $0)
            }
        case .region:
            let region = problem.venues[venue].region
            return state.heldSlots.filter { other in
                guard let held = state.slots[other] else { return false }
                return problem.venues[problem.candidates[held.candidate].venue].region == region
            }
        case .days:
            return (max(0, day - 3)...min(state.dayCount - 1, day + 3)).flatMap { day in
                problem.teams.indices.compactMap { state.slot(team: $0, day: day) }
            }
        }
    }
}
