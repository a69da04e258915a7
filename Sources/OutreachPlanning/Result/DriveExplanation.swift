import OutreachModel

/// Why a drive is in the plan: what it brings, the pool it draws on, the target gap it serves, and the best
/// alternative for its team that day or its venue on another day, with what that would give.
public struct DriveExplanation: Sendable, Codable {
    public struct Alternative: Sendable, Codable, Hashable {
        public var venue: String
        public var template: String
        public var team: String
        public var date: CivilDate
        public var expectedUnits: Double
        /// What the alternative would add to the objective in the drive's place.
        public var gain: Double
    }

    public var drive: PlannedDrive
    public var region: String?
    public var month: YearMonth
    public var target: Double?
    /// Expected units of the region's month without this drive (fixed sites and other drives).
    public var unitsWithout: Double
    /// max(0, target − units without): the part of the target this drive works on.
    public var targetGap: Double
    /// The venue's pool when nobody has donated recently.
    public var fullPool: Double
    /// What the drive adds to the objective (the objective with it minus without it).
    public var gain: Double
    public var alternative: Alternative?
    /// Candidates weighed for the alternative.
    public var consideredAlternatives: Int

    /// Explains one drive of a plan made from this problem.
    public static func explain(_ id: DriveID, plan: Plan, problem: PlanningProblem) -> DriveExplanation? {
        guard let drive = plan.drives.first(where: { $0.id == id }) else { return nil }
        var state = PlanReplay.state(plan, problem)
        guard let slot = state.heldSlots.first(where: { state.slots[$0].map(state.driveID) == id }),
            let held = state.slots[slot], let removal = state.removalEffect(slot: slot)
        else { return nil }
        let candidate = problem.candidates[held.candidate]
        let venue = problem.venues[candidate.venue]
        let month = state.candidateMonth[held.candidate]
        let target = venue.region.flatMap { problem.regions[$0].targets[month] }
        let others = venue.region.map { state.regionUnits[$0][month] + problem.regions[$0].baselineUnits[month] } ?? 0
        state.remove(slot: slot, effect: removal)
        let neighbours = Neighbourhoods(problem, state).of(held, in: state).filter { $0 != held.candidate }
        var best: Alternative?
        for index in neighbours {
            guard let found = state.bestAddition(index) else { continue }
            let other = problem.candidates[index]
            if best == nil || found.effect.objectiveGain > best!.gain + 1e-9 {
                let units = found.effect.turnout * state.keepFraction * other.unitsPerDonation
                best = Alternative(
                    venue: problem.venues[other.venue].id, template: other.template, team: problem.teams[found.team].id,
                    date: other.date, expectedUnits: units, gain: found.effect.objectiveGain)
            }
        }
        let without = others - drive.expectedUnits
        return DriveExplanation(
            drive: drive, region: venue.region.map { problem.regions[$0].code }, month: problem.months[month].month,
            target: target, unitsWithout: without, targetGap: max(0, (target ?? 0) - without), fullPool: venue.pool,
            gain: -removal.objectiveGain, alternative: best, consideredAlternatives: neighbours.count)
    }
}

/// Rebuilds the search state of a saved plan from the problem it was made from.
enum PlanReplay {
    static func state(_ plan: Plan, _ problem: PlanningProblem) -> PlanState {
        var state = PlanState(problem: problem)
        let index = problem.candidateIndex()
        let teams = problem.teamIndex()
        for drive in plan.drives {
            guard let candidate = index[PlanningProblem.key(drive.venue, drive.date, drive.template)],
                let team = teams[drive.team]
            else { continue }
            state.force(candidate: candidate, team: team, fixed: drive.origin != .planned)
        }
        return state
    }
}
