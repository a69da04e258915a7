import OutreachModel

/// The drives held so far and every running total the objective needs, kept in step so that a move costs time
/// in proportion to what it touches: one venue's drives, one region's months and drive days.
struct PlanState {
    struct Drive: Hashable {
        var candidate: Int
        var team: Int
        var turnout: Double
        var fixed: Bool
    }

    let problem: PlanningProblem
    let dayCount: Int
    let candidateDay: [Int]
    let candidateMonth: [Int]
    let candidateEligibleDay: [Int]
    let keepFraction: Double
    /// Units a search move gives up before it drops a drive of the previous plan (re-plans only).
    let stabilityUnits: Double
    let previousAt: Set<Int>
    let hasTarget: [Bool]
    /// Extra value per unit at each venue (a stock-triggered plan's short groups); 0 elsewhere.
    let venueBonus: [Double]

    private(set) var slots: [Drive?] = []
    private var freeSlots: [Int] = []
    private(set) var teamDay: [Int]
    /// Drives per team and month (team × months + month), for `maximumTeamDaysPerMonth`.
    private(set) var teamMonthDrives: [Int]
    let dayMonth: [Int]
    private(set) var labUsed: [Double]
    private(set) var venueSlots: [[Int]]
    private(set) var regionUnits: [[Double]]
    private(set) var outsideUnits: [Double]
    private(set) var regionDays: [[Int]]
    private(set) var travelSteps = 0
    /// Σ units × the venue's bonus over the held drives.
    private(set) var groupValue = 0.0

    init(problem: PlanningProblem, stabilityUnits: Double = 0) {
        self.problem = problem
        dayCount = problem.dayCount
        candidateDay = problem.candidates.map { problem.day(of: $0.date) }
        candidateMonth = problem.candidates.map { problem.monthIndex(of: $0.date) }
        candidateEligibleDay = problem.candidates.map { problem.day(of: $0.eligibleAgain) }
        keepFraction = 1 - problem.deferralRate
        self.stabilityUnits = stabilityUnits
        let dayCount = problem.dayCount
        previousAt = Set(
            problem.previous.map {
                problem.candidates[$0.candidate].venue * dayCount
                    + problem.day(of: problem.candidates[$0.candidate].date)
            })
        hasTarget = problem.regions.map { $0.targets.contains { $0 != nil } }
        venueBonus = problem.venues.map { $0.groupBonus ?? 0 }
        teamDay = Array(repeating: -1, count: problem.teams.count * dayCount)
        teamMonthDrives = Array(repeating: 0, count: problem.teams.count * problem.months.count)
        dayMonth = (0..<dayCount).map { problem.monthIndex(of: problem.from.adding(days: $0)) }
        labUsed = Array(repeating: 0, count: dayCount)
        venueSlots = Array(repeating: [], count: problem.venues.count)
        regionUnits = problem.regions.map { _ in Array(repeating: 0, count: problem.months.count) }
        outsideUnits = Array(repeating: 0, count: problem.months.count)
        regionDays = Array(repeating: [], count: problem.regions.count)
    }

    var heldSlots: [Int] { slots.indices.filter { slots[$0] != nil } }
    var driveCount: Int { slots.count - freeSlots.count }

    /// No drive that day, and fewer than the month's maximum of drives.
    func isTeamFree(_ team: Int, day: Int) -> Bool {
        teamDay[team * dayCount + day] < 0 && !isTeamMonthFull(team, day: day)
    }

    func isTeamMonthFull(_ team: Int, day: Int) -> Bool {
        guard let maximum = problem.maximumTeamDaysPerMonth else { return false }
        return teamMonthDrives[team * problem.months.count + dayMonth[day]] >= maximum
    }
    func slot(team: Int, day: Int) -> Int? {
        let slot = teamDay[team * dayCount + day]
        return slot < 0 ? nil : slot
    }

    // MARK: Objective

    /// The value a region's month contributes with `units` from drives: the concave attainment value of the fixed
    /// sites' and drives' units against the target, times the month's weight (README › Planning › Objective).
    func monthValue(region: Int?, month: Int, units: Double) -> Double {
        let weight = problem.months[month].weight
        guard let region else { return weight * problem.objective.surplusWeight * units }
        let total = problem.regions[region].baselineUnits[month] + units
        return weight * problem.objective.attainmentValue(units: total, target: problem.regions[region].targets[month])
    }

    func gapPenalty(_ gap: Int) -> Double {
        Double(max(0, gap - problem.objective.fairnessGraceDays)) * problem.objective.fairnessUnitsPerDay
    }

    func fairnessPenalty(region: Int) -> Double {
        guard hasTarget[region] else { return 0 }
        var previous = -1
        var total = 0.0
        for day in regionDays[region] {
            total += gapPenalty(day - previous)
            previous = day
        }
        return total + gapPenalty(dayCount - previous)
    }

    /// The objective, term by term (README › Planning › Objective).
    var breakdown: ObjectiveBreakdown {
        var targets = 0.0
        for month in problem.months.indices {
            for region in problem.regions.indices {
                targets += monthValue(region: region, month: month, units: regionUnits[region][month])
            }
            targets += monthValue(region: nil, month: month, units: outsideUnits[month])
        }
        let fairness = problem.regions.indices.reduce(0) { $0 + fairnessPenalty(region: $1) }
        let travel = Double(travelSteps) * problem.objective.travelUnitsPerStep
        return ObjectiveBreakdown(
            targetValue: targets, groupValue: groupValue, fairnessPenalty: fairness, travelPenalty: travel)
    }

    /// The debug check: the same drives replayed into a fresh state give the same objective, units and lab load
    /// (within rounding), so the incremental bookkeeping of the moves has not drifted.
    func matchesRecomputation() -> Bool {
        var fresh = PlanState(problem: problem)
        for slot in heldSlots {
            guard let drive = slots[slot] else { continue }
            fresh.force(candidate: drive.candidate, team: drive.team, fixed: drive.fixed)
        }
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 * max(1, abs(a), abs(b)) }
        let units = zip(regionUnits.joined(), fresh.regionUnits.joined()).allSatisfy(close)
        let lab = zip(labUsed, fresh.labUsed).allSatisfy(close)
        return units && lab && close(groupValue, fresh.groupValue) && close(breakdown.value, fresh.breakdown.value)
            && travelSteps == fresh.travelSteps
    }

    func units(of drive: Drive) -> Double {
        drive.turnout * keepFraction * problem.candidates[drive.candidate].unitsPerDonation
    }

    // MARK: Storage (used by the effects)

    @discardableResult
    mutating func store(_ drive: Drive) -> Int {
        let candidate = problem.candidates[drive.candidate]
        let day = candidateDay[drive.candidate]
        let slot: Int
        if let free = freeSlots.popLast() {
            slots[free] = drive
            slot = free
        } else {
            slots.append(drive)
            slot = slots.count - 1
        }
        teamDay[drive.team * dayCount + day] = slot
        teamMonthDrives[drive.team * problem.months.count + dayMonth[day]] += 1
        labUsed[day] += drive.turnout * keepFraction
        let list = venueSlots[candidate.venue]
        let position = list.firstIndex { candidateDay[slots[$0]!.candidate] > day } ?? list.count
        venueSlots[candidate.venue].insert(slot, at: position)
        addUnits(units(of: drive), venue: candidate.venue, month: candidateMonth[drive.candidate])
        if let region = problem.venues[candidate.venue].region {
            let days = regionDays[region]
            regionDays[region].insert(day, at: insertionPoint(day, in: days))
        }
        travelSteps += steps(drive)
        return slot
    }

    mutating func discard(_ slot: Int) {
        guard let drive = slots[slot] else { return }
        let candidate = problem.candidates[drive.candidate]
        let day = candidateDay[drive.candidate]
        teamDay[drive.team * dayCount + day] = -1
        teamMonthDrives[drive.team * problem.months.count + dayMonth[day]] -= 1
        labUsed[day] -= drive.turnout * keepFraction
        venueSlots[candidate.venue].removeAll { $0 == slot }
        addUnits(-units(of: drive), venue: candidate.venue, month: candidateMonth[drive.candidate])
        if let region = problem.venues[candidate.venue].region, let index = regionDays[region].firstIndex(of: day) {
            regionDays[region].remove(at: index)
        }
        travelSteps -= steps(drive)
        slots[slot] = nil
        freeSlots.append(slot)
    }

    /// Changes a held drive's expected turnout (its venue's pool changed).
    mutating func setTurnout(_ slot: Int, _ turnout: Double) {
        guard var drive = slots[slot] else { return }
        let day = candidateDay[drive.candidate]
        let venue = problem.candidates[drive.candidate].venue
        labUsed[day] += (turnout - drive.turnout) * keepFraction
        addUnits(-units(of: drive), venue: venue, month: candidateMonth[drive.candidate])
        drive.turnout = turnout
        addUnits(units(of: drive), venue: venue, month: candidateMonth[drive.candidate])
        slots[slot] = drive
    }

    private mutating func addUnits(_ units: Double, venue: Int, month: Int) {
        groupValue += units * venueBonus[venue]
        if let region = problem.venues[venue].region {
            regionUnits[region][month] += units
        } else {
            outsideUnits[month] += units
        }
    }

    func steps(_ drive: Drive) -> Int {
        problem.candidates[drive.candidate].teams.first { $0.team == drive.team }?.travelSteps ?? 0
    }

    func insertionPoint(_ day: Int, in days: [Int]) -> Int {
        var low = 0
        var high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// The objective's terms; the value is what the planner maximises.
public struct ObjectiveBreakdown: Hashable, Sendable, Codable {
    /// Σ over regions and months of weight × (units towards the target + surplusWeight × units beyond it).
    public var targetValue: Double
    /// Σ over drives of units × their venue's group bonus (stock-triggered plans; 0 otherwise).
    public var groupValue: Double
    /// Σ over regions with a target of fairnessUnitsPerDay × days without a drive beyond the grace period.
    public var fairnessPenalty: Double
    /// travelUnitsPerStep × Σ steps from each team's base to its drive.
    public var travelPenalty: Double

    public var value: Double { targetValue + groupValue - fairnessPenalty - travelPenalty }
}
