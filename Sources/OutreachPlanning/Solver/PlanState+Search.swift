/// The search moves: greedy filling, relocating one drive, and the exhaustive polish that ends the search.
extension PlanState {
    /// The best team for a candidate and what adding it would gain, or nil when no free team can hold it.
    /// Options come in rising travel steps and differ otherwise only in the team's capacity, so among free teams
    /// of equal capacity the first is best and the others are not evaluated.
    func bestAddition(_ candidate: Int) -> (team: Int, effect: MoveEffect)? {
        let day = candidateDay[candidate]
        var best: (team: Int, effect: MoveEffect)?
        let options = problem.candidates[candidate].teams
        for (index, option) in options.enumerated() where isTeamFree(option.team, day: day) {
            let dominated = options[..<index].contains {
                $0.maximumTurnout == option.maximumTurnout && $0.travelSteps <= option.travelSteps
                    && isTeamFree($0.team, day: day)
            }
            if dominated { continue }
            guard let effect = additionEffect(candidate: candidate, team: option.team) else { continue }
            if best == nil || effect.gain > best!.effect.gain + 1e-9 { best = (option.team, effect) }
        }
        return best
    }

    /// Greedy construction: repeatedly adds the candidate that gains most, re-scoring lazily (a candidate's gain
    /// only falls as the plan fills, so a stale score is an upper bound and the heap order stays sound).
    mutating func fill(_ candidates: [Int]) {
        var scored: [(score: Double, item: Int)] = []
        for candidate in candidates {
            if let best = bestAddition(candidate), best.effect.gain > 1e-6 {
                scored.append((best.effect.gain, candidate))
            }
        }
        var heap = MaxHeap(scored)
        while let entry = heap.pop() {
            guard let best = bestAddition(entry.item), best.effect.gain > 1e-6 else { continue }
            if let next = heap.top, best.effect.gain < next.score - 1e-9 {
                heap.push(best.effect.gain, entry.item)
                continue
            }
            add(candidate: entry.item, team: best.team, effect: best.effect)
        }
    }

    /// Takes a drive out and puts in the best of its neighbours (or itself back); true when the plan improved.
    mutating func relocate(_ slot: Int, neighbours: [Int]) -> Bool {
        guard let drive = slots[slot], !drive.fixed, let removal = removalEffect(slot: slot) else { return false }
        remove(slot: slot, effect: removal)
        var best: (candidate: Int, team: Int, effect: MoveEffect)?
        for candidate in neighbours {
            guard let found = bestAddition(candidate) else { continue }
            if best == nil || found.effect.gain > best!.effect.gain + 1e-9 {
                best = (candidate, found.team, found.effect)
            }
        }
        if let best, removal.gain + best.effect.gain > 1e-6 {
            add(candidate: best.candidate, team: best.team, effect: best.effect)
            return true
        }
        if let back = additionEffect(candidate: drive.candidate, team: drive.team) {
            add(candidate: drive.candidate, team: drive.team, effect: back)
        } else {
            force(candidate: drive.candidate, team: drive.team, fixed: false)
        }
        return false
    }
}
