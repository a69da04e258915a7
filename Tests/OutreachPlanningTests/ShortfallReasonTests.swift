import OutreachModel
import Testing

@testable import OutreachPlanning

/// Every shortfall reason from a situation that has it and nothing else, with the drive it names.
@Suite struct ShortfallReasonTests {
    static func held(_ problem: PlanningProblem, _ choices: [Int]) -> PlanState {
        var state = PlanState(problem: problem)
        for candidate in choices { state.force(candidate: candidate, team: 0, fixed: false) }
        return state
    }

    static func finding(_ state: PlanState) -> ShortfallDiagnosis.Finding {
        ShortfallDiagnosis(state: state).reason(region: 0, month: 0)
    }

    @Test func noVenue() {
        let problem = TinyProblem.make(days: 10, pools: [], candidates: [])
        #expect(Self.finding(Self.held(problem, [])).reason == .noVenue)
    }

    @Test func venuesClosed() {
        let problem = TinyProblem.make(days: 10, pools: [1000], candidates: [])
        #expect(Self.finding(Self.held(problem, [])).reason == .venuesClosed)
    }

    @Test func leadTime() {
        var problem = TinyProblem.make(days: 10, pools: [1000], candidates: [(0, 2, 1, 0.1)])
        problem.candidates[0].meetsLeadTime = false
        #expect(Self.finding(Self.held(problem, [])).reason == .leadTime)
    }

    @Test func teamCapacityOnlyWhenEveryTeamDayIsBooked() {
        let problem = TinyProblem.make(
            days: 10, pools: [1000, 1000, 1000, 1000],
            candidates: [(0, 0, 1, 0.1), (1, 1, 1, 0.1), (2, 0, 1, 0.1), (3, 1, 1, 0.1)])
        #expect(Self.finding(Self.held(problem, [2, 3])).reason == .teamCapacity)
        // One of the two team-days free: the teams are not what binds.
        #expect(Self.finding(Self.held(problem, [2])).reason != .teamCapacity)
    }

    @Test func revisitIntervalNamesTheEarlierDrive() {
        let problem = TinyProblem.make(
            days: 20, pools: [1000], candidates: [(0, 0, 30, 0.1), (0, 5, 30, 0.1), (0, 10, 30, 0.1)])
        let finding = Self.finding(Self.held(problem, [0]))
        #expect(finding.reason == .revisitInterval)
        #expect(finding.blockingDrive == DriveID(venueID: "V0", date: TinyProblem.from))
    }

    @Test func venueBookedElsewhereNamesTheLaterDrive() {
        let problem = TinyProblem.make(
            days: 25, pools: [1000], candidates: [(0, 5, 30, 0.1), (0, 10, 30, 0.1), (0, 20, 30, 0.1)])
        let finding = Self.finding(Self.held(problem, [2]))
        #expect(finding.reason == .venueBookedElsewhere)
        #expect(finding.blockingDrive == DriveID(venueID: "V0", date: TinyProblem.from.adding(days: 20)))
    }

    @Test func recentDonationsWhenImportedDonorsHoldThePool() {
        var problem = TinyProblem.make(days: 10, pools: [1000], candidates: [(0, 2, 1, 0.1)])
        problem.venues[0].waiting = [.init(until: TinyProblem.from.adding(days: 100), donors: 800)]
        #expect(Self.finding(Self.held(problem, [])).reason == .recentDonations)
    }

    @Test func noOpenVenueDayWhenTeamsAreFreeOnOtherDays() {
        // Venues 0 and 1 open on day 0 only, where the one team holds venue 2; day 1 is free, but only venue 2
        // (inside its revisit interval) is open then.
        let problem = TinyProblem.make(
            days: 10, pools: [1000, 1000, 1000],
            candidates: [(0, 0, 1, 0.1), (1, 0, 1, 0.1), (2, 0, 5, 0.1), (2, 1, 5, 0.1)])
        #expect(Self.finding(Self.held(problem, [2])).reason == .noOpenVenueDay)
    }

    @Test func labCapacity() {
        let problem = TinyProblem.make(days: 10, pools: [1000], candidates: [(0, 2, 1, 0.1)], lab: 1)
        #expect(Self.finding(Self.held(problem, [])).reason == .labCapacity)
    }

    @Test func poolExhaustedWhenDrivesFitButGiveLittle() {
        let problem = TinyProblem.make(days: 10, pools: [10], candidates: [(0, 2, 1, 0.1)])
        #expect(Self.finding(Self.held(problem, [])).reason == .poolExhausted)
    }
}
