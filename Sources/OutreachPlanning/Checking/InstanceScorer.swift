import OutreachModel

/// A schedule to score: a plan file, or any JSON with `drives` of venue, template, team and date.
public struct DriveSchedule: Sendable, Codable {
    public struct Drive: Sendable, Codable, Hashable {
        public var venue: String
        public var template: String
        public var team: String
        public var date: CivilDate

        public init(venue: String, template: String, team: String, date: CivilDate) {
            self.venue = venue
            self.template = template
            self.team = team
            self.date = date
        }
    }

    public var drives: [Drive]

    public init(drives: [Drive]) { self.drives = drives }
}

/// Scores any schedule against an exported instance with the planner's own objective and lists every hard rule
/// it breaks; this is how a plan is compared with an exact solver's.
public enum InstanceScorer {
    public struct Score: Sendable, Codable {
        public var objective: ObjectiveBreakdown
        public var value: Double
        public var drives: Int
        public var violations: [RuleViolation]
    }

    public static func score(_ schedule: DriveSchedule, against problem: PlanningProblem) -> Score {
        var state = PlanState(problem: problem)
        let index = problem.candidateIndex()
        let teams = problem.teamIndex()
        let fixed = Set((problem.kept + problem.pinned).map(\.candidate))
        var violations: [RuleViolation] = []
        var held: Set<Int> = []
        for drive in schedule.drives.sorted(by: { ($0.date, $0.venue) < ($1.date, $1.venue) }) {
            let id = DriveID(venueID: drive.venue, date: drive.date)
            guard let candidate = index[PlanningProblem.key(drive.venue, drive.date, drive.template)] else {
                violations.append(RuleViolation(drive: id, rule: .notACandidate))
                continue
            }
            guard let team = teams[drive.team], problem.candidates[candidate].teams.contains(where: { $0.team == team })
            else {
                violations.append(RuleViolation(drive: id, rule: .teamNotWorking(team: drive.team)))
                continue
            }
            if !problem.candidates[candidate].meetsLeadTime, !fixed.contains(candidate) {
                violations.append(RuleViolation(drive: id, rule: .beforeLeadTime))
            }
            if !problem.kept.contains(where: { $0.candidate == candidate }),
                let obstacle = state.obstacle(candidate: candidate, team: team)
            {
                violations.append(RuleViolation(drive: id, rule: obstacle))
            }
            state.force(candidate: candidate, team: team)
            held.insert(candidate)
        }
        for choice in problem.kept + problem.pinned where !held.contains(choice.candidate) {
            let candidate = problem.candidates[choice.candidate]
            violations.append(
                RuleViolation(
                    drive: DriveID(venueID: problem.venues[candidate.venue].id, date: candidate.date),
                    rule: .fixedDriveMissing))
        }
        let breakdown = state.breakdown
        return Score(objective: breakdown, value: breakdown.value, drives: held.count, violations: violations)
    }
}
