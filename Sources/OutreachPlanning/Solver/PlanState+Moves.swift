/// What adding or removing one drive would do, computed without changing the state.
struct MoveEffect {
    /// Change of the objective, plus the stability term during a re-plan.
    var gain: Double
    /// Change of the objective alone.
    var objectiveGain: Double
    /// New expected turnout of the venue's other drives whose pool changes.
    var changedTurnouts: [(slot: Int, turnout: Double)]
    /// Expected turnout of the added drive.
    var turnout: Double
}

extension PlanState {
    /// Expected turnout of each of a venue's drives, in date order: a share of the pool left by the donors of
    /// earlier drives who are not yet eligible again, capped by the team's capacity.
    func turnouts(venue: Int, adding added: (candidate: Int, maximum: Double)? = nil, removing removed: Int? = nil)
        -> [(slot: Int, turnout: Double, pool: Double)]
    {
        var items: [(slot: Int, candidate: Int, maximum: Double)] = []
        for slot in venueSlots[venue] where slot != removed {
            guard let drive = slots[slot] else { continue }
            let maximum = problem.candidates[drive.candidate].teams.first { $0.team == drive.team }?.maximumTurnout ?? 0
            items.append((slot, drive.candidate, maximum))
        }
        if let added {
            let day = candidateDay[added.candidate]
            let position = items.firstIndex { candidateDay[$0.candidate] > day } ?? items.count
            items.insert((-1, added.candidate, added.maximum), at: position)
        }
        let slot = problem.venues[venue]
        var result: [(slot: Int, turnout: Double, pool: Double)] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let day = candidateDay[item.candidate]
            var pool = slot.waiting == nil ? slot.pool : slot.pool(on: problem.candidates[item.candidate].date)
            for earlier in 0..<index where candidateEligibleDay[items[earlier].candidate] > day {
                pool -= result[earlier].turnout * keepFraction
            }
            pool = max(0, pool)
            let share = problem.candidates[item.candidate].turnoutShare
            result.append((item.slot, min(item.maximum, share * pool), pool))
        }
        return result
    }

    /// The first held drive at the candidate's venue that the revisit interval (or the same day) rules it out by.
    func venueConflict(_ index: Int) -> Drive? {
        let candidate = problem.candidates[index]
        let day = candidateDay[index]
        for other in venueSlots[candidate.venue] {
            guard let drive = slots[other] else { continue }
            let minimum = max(candidate.revisitDays, problem.candidates[drive.candidate].revisitDays, 1)
            if abs(candidateDay[drive.candidate] - day) < minimum { return drive }
        }
        return nil
    }

    /// The first hard rule that adding the candidate with the team would break, or nil when it can be added.
    func obstacle(candidate index: Int, team: Int) -> RuleBreak? {
        let candidate = problem.candidates[index]
        let day = candidateDay[index]
        if let other = slot(team: team, day: day), let drive = slots[other] {
            return .teamBusy(team: problem.teams[team].id, other: driveID(drive))
        }
        if isTeamMonthFull(team, day: day), let maximum = problem.maximumTeamDaysPerMonth {
            return .teamMonthFull(team: problem.teams[team].id, maximum: maximum)
        }
        if let drive = venueConflict(index) {
            let distance = abs(candidateDay[drive.candidate] - day)
            let minimum = max(candidate.revisitDays, problem.candidates[drive.candidate].revisitDays, 1)
            if distance == 0 { return .venueBusy(other: driveID(drive)) }
            return .revisitTooSoon(other: driveID(drive), days: distance, minimum: minimum)
        }
        guard let option = candidate.teams.first(where: { $0.team == team }) else {
            return .teamNotWorking(team: problem.teams[team].id)
        }
        let chain = turnouts(venue: candidate.venue, adding: (index, option.maximumTurnout))
        let samples = (chain.first { $0.slot == -1 }?.turnout ?? 0) * keepFraction
        if labUsed[day] + samples > problem.labCapacity[day] + 1e-6 {
            return .labCapacity(samples: labUsed[day] + samples, capacity: problem.labCapacity[day])
        }
        return nil
    }

    func driveID(_ drive: Drive) -> DriveID {
        let candidate = problem.candidates[drive.candidate]
        return DriveID(venueID: problem.venues[candidate.venue].id, date: candidate.date)
    }

    /// The effect of adding the candidate with the team, or nil when a hard rule forbids it.
    func additionEffect(candidate index: Int, team: Int) -> MoveEffect? {
        let candidate = problem.candidates[index]
        let day = candidateDay[index]
        guard isTeamFree(team, day: day), let option = candidate.teams.first(where: { $0.team == team }) else {
            return nil
        }
        if venueConflict(index) != nil { return nil }
        var changes = MonthChanges()
        var changed: [(slot: Int, turnout: Double)] = []
        var turnout = 0.0
        // A venue without drives needs no chain: the common case while a ruin is refilled.
        let chain =
            venueSlots[candidate.venue].isEmpty
            ? [] : turnouts(venue: candidate.venue, adding: (index, option.maximumTurnout))
        if chain.isEmpty {
            let venue = problem.venues[candidate.venue]
            turnout = min(option.maximumTurnout, candidate.turnoutShare * venue.pool(on: candidate.date))
            changes.add(candidateMonth[index], turnout * keepFraction * candidate.unitsPerDonation)
        }
        for item in chain {
            if item.slot < 0 {
                turnout = item.turnout
                changes.add(candidateMonth[index], item.turnout * keepFraction * candidate.unitsPerDonation)
            } else if let drive = slots[item.slot], abs(drive.turnout - item.turnout) > 1e-9 {
                changed.append((item.slot, item.turnout))
                let perTurnout = keepFraction * problem.candidates[drive.candidate].unitsPerDonation
                changes.add(candidateMonth[drive.candidate], (item.turnout - drive.turnout) * perTurnout)
            }
        }
        guard labUsed[day] + turnout * keepFraction <= problem.labCapacity[day] + 1e-6 else { return nil }
        let region = problem.venues[candidate.venue].region
        var gain = targetGain(region: region, venue: candidate.venue, changes)
        if let region, hasTarget[region] {
            let days = regionDays[region]
            let position = insertionPoint(day, in: days)
            let previous = position > 0 ? days[position - 1] : -1
            let next = position < days.count ? days[position] : dayCount
            gain -= gapPenalty(day - previous) + gapPenalty(next - day) - gapPenalty(next - previous)
        }
        gain -= Double(option.travelSteps) * problem.objective.travelUnitsPerStep
        let stability = previousAt.contains(candidate.venue * dayCount + day) ? stabilityUnits : 0
        return MoveEffect(gain: gain + stability, objectiveGain: gain, changedTurnouts: changed, turnout: turnout)
    }

    /// The effect of removing a held drive, or nil when the venue's later drives would then overload the lab.
    func removalEffect(slot: Int) -> MoveEffect? {
        guard let drive = slots[slot] else { return nil }
        let candidate = problem.candidates[drive.candidate]
        var changes = MonthChanges()
        changes.add(candidateMonth[drive.candidate], -units(of: drive))
        var changed: [(slot: Int, turnout: Double)] = []
        for item in turnouts(venue: candidate.venue, removing: slot) {
            guard let other = slots[item.slot], abs(other.turnout - item.turnout) > 1e-9 else { continue }
            let day = candidateDay[other.candidate]
            let extra = (item.turnout - other.turnout) * keepFraction
            if extra > 0, labUsed[day] + extra > problem.labCapacity[day] + 1e-6 { return nil }
            changed.append((item.slot, item.turnout))
            changes.add(candidateMonth[other.candidate], extra * problem.candidates[other.candidate].unitsPerDonation)
        }
        let region = problem.venues[candidate.venue].region
        var gain = targetGain(region: region, venue: candidate.venue, changes)
        let day = candidateDay[drive.candidate]
        if let region, hasTarget[region], let position = regionDays[region].firstIndex(of: day) {
            let days = regionDays[region]
            let previous = position > 0 ? days[position - 1] : -1
            let next = position + 1 < days.count ? days[position + 1] : dayCount
            gain -= gapPenalty(next - previous) - gapPenalty(day - previous) - gapPenalty(next - day)
        }
        gain += Double(steps(drive)) * problem.objective.travelUnitsPerStep
        let stability = previousAt.contains(candidate.venue * dayCount + day) ? stabilityUnits : 0
        return MoveEffect(gain: gain - stability, objectiveGain: gain, changedTurnouts: changed, turnout: 0)
    }

    /// What the unit changes at one venue add to the target value and the group value.
    private func targetGain(region: Int?, venue: Int, _ changes: MonthChanges) -> Double {
        var gain = 0.0
        let bonus = venueBonus[venue]
        changes.visit { month, delta in
            gain += bonus * delta
            let current = region.map { regionUnits[$0][month] } ?? outsideUnits[month]
            gain +=
                monthValue(region: region, month: month, units: current + delta)
                - monthValue(region: region, month: month, units: current)
        }
        return gain
    }

    @discardableResult
    mutating func add(candidate: Int, team: Int, effect: MoveEffect, fixed: Bool = false) -> Int {
        let slot = store(Drive(candidate: candidate, team: team, turnout: effect.turnout, fixed: fixed))
        for change in effect.changedTurnouts { setTurnout(change.slot, change.turnout) }
        return slot
    }

    mutating func remove(slot: Int, effect: MoveEffect) {
        discard(slot)
        for change in effect.changedTurnouts { setTurnout(change.slot, change.turnout) }
    }

    /// Adds a drive whatever the rules say (a drive kept from before a re-plan date happened as it happened).
    mutating func force(candidate index: Int, team: Int, fixed: Bool = true) {
        store(Drive(candidate: index, team: team, turnout: 0, fixed: fixed))
        for item in turnouts(venue: problem.candidates[index].venue) { setTurnout(item.slot, item.turnout) }
    }
}

/// Unit changes by month; a move touches one or two months, so the first is kept inline and a short list holds
/// the rest (no allocation for the usual single month).
struct MonthChanges {
    private var first: (month: Int, delta: Double)?
    private var rest: [(month: Int, delta: Double)] = []

    mutating func add(_ month: Int, _ delta: Double) {
        if first == nil {
            first = (month, delta)
        } else if first!.month == month {
            first!.delta += delta
        } else if let index = rest.firstIndex(where: { $0.month == month }) {
            rest[index].delta += delta
        } else {
            rest.append((month, delta))
        }
    }

    func visit(_ body: (Int, Double) -> Void) {
        if let first { body(first.month, first.delta) }
        for item in rest { body(item.month, item.delta) }
    }
}
