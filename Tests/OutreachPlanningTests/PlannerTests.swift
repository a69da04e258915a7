import OutreachModel
import Testing

@testable import OutreachPlanning

@Suite struct PlannerTests {
    @Test(arguments: Array(UInt64(1)...30))
    func randomInstancesBreakNoHardRule(seed: UInt64) throws {
        let workspace = PlanningCity.random(seed: seed)
        var request = PlanningCity.request(seed: seed)
        if seed % 3 == 0 { request.blocks = [Block(subject: "T01", first: d("2026-12-10"), last: d("2026-12-20"))] }
        let (plan, problem) = try PlanningCity.plan(workspace, request)
        // An empty plan is right only when no candidate fits even into an empty plan (a small laboratory, say).
        let empty = PlanState(problem: problem)
        let anyFits = problem.candidates.indices.contains { candidate in
            problem.candidates[candidate].meetsLeadTime
                && problem.candidates[candidate].teams.contains {
                    empty.obstacle(candidate: candidate, team: $0.team) == nil
                }
        }
        #expect(!plan.drives.isEmpty || !anyFits)
        #expect(PlanRuleChecker(workspace: workspace, plan: plan).violations() == [])
        let schedule = DriveSchedule(
            drives: plan.drives.map { .init(venue: $0.venue, template: $0.template, team: $0.team, date: $0.date) })
        let score = InstanceScorer.score(schedule, against: problem)
        #expect(score.violations == [])
        #expect(abs(score.value - plan.objective.value) < 1e-6)
        #expect(plan.objective.upperBound >= plan.objective.value - 1e-6)
    }

    @Test func checkerCatchesBrokenRules() throws {
        let workspace = PlanningCity.workspace
        var (plan, _) = try PlanningCity.plan(workspace, PlanningCity.request())
        let market = try #require(plan.drives.firstIndex { $0.venue == "V01" })
        var moved = plan.drives[market]
        moved.date = moved.date.adding(days: 1)  // a day that is not a market day
        moved.id = DriveID(venueID: moved.venue, date: moved.date)
        plan.drives.append(moved)
        let rules = PlanRuleChecker(workspace: workspace, plan: plan).violations().filter { $0.drive == moved.id }.map(
            \.rule)
        #expect(rules.contains { if case .venueClosed = $0 { return true } else { return false } })
        #expect(
            rules.contains { if case .venueBusy = $0 { return true } else { return false } }
                || rules.contains {
                    if case .revisitTooSoon = $0 { return true } else { return false }
                })
    }

    @Test func sameSeedSamePlan() throws {
        let workspace = PlanningCity.workspace
        let first = try PlanningCity.plan(workspace, PlanningCity.request(seed: 7)).0
        let second = try PlanningCity.plan(workspace, PlanningCity.request(seed: 7)).0
        #expect(first.drives == second.drives)
        #expect(first.objective == second.objective)
    }

    @Test func poolRecoversOnlyAfterTheDonationInterval() throws {
        let (plan, _) = try PlanningCity.plan(PlanningCity.workspace, PlanningCity.request(to: "2027-11-30"))
        let market = plan.drives.filter { $0.venue == "V01" }
        #expect(market.count >= 2)
        #expect(market[0].poolBefore == 9000)
        // The second drive comes within six months: the first drive's donors are still out of the pool.
        #expect(abs(market[1].poolBefore - (9000 - market[0].expectedDonations)) < 1e-6)
    }

    @Test func importedDonorsWaitOutTheirIntervalBeforeRejoiningThePool() throws {
        var workspace = PlanningCity.workspace
        // 1,500 donors gave at V01 in October and may give again on 2027-04-01; 500 more are already back.
        workspace.recentDonations = [
            RecentDonations(venueID: "V01", eligibleAgain: d("2027-04-01"), donors: 1_500),
            RecentDonations(venueID: "V01", eligibleAgain: d("2026-11-01"), donors: 500),
        ]
        let (plan, _) = try PlanningCity.plan(workspace, PlanningCity.request(to: "2027-11-30"))
        let market = plan.drives.filter { $0.venue == "V01" }
        let first = try #require(market.first)
        #expect(first.poolBefore == (first.date < d("2027-04-01") ? 7_500 : 9_000))
        #expect(PlanRuleChecker(workspace: workspace, plan: plan).violations().isEmpty)
    }

    @Test func collegeDrivesOnlyInTerm() throws {
        let (plan, _) = try PlanningCity.plan(PlanningCity.workspace, PlanningCity.request())
        for drive in plan.drives where drive.venue == "V03" { #expect(drive.date <= d("2027-01-15")) }
        #expect(plan.drives.allSatisfy { $0.date >= d("2026-12-01") })
    }

    @Test func infeasiblePinNamesTheRule() throws {
        var request = PlanningCity.request()
        request.pins = [DriveID(venueID: "V01", date: d("2026-12-02"))]
        #expect(throws: PlanningError.infeasiblePin(request.pins[0], .venueClosed(schedule: "market:1,4,7"))) {
            try PlanningCity.plan(PlanningCity.workspace, request)
        }
        request.pins = [DriveID(venueID: "V01", date: d("2026-11-25"))]
        #expect(throws: PlanningError.infeasiblePin(request.pins[0], .outsideHorizon)) {
            try PlanningCity.plan(PlanningCity.workspace, request)
        }
    }

    @Test func pinInsideLeadTimeIsKept() throws {
        var request = PlanningCity.request()
        request.pins = [DriveID(venueID: "V05", date: d("2026-12-01"))]  // street lead time is 3 days: fine either way
        request.from = d("2026-11-25")
        request.pins = [DriveID(venueID: "V01", date: d("2026-11-27"))]  // market lead time 7 days: only as a pin
        let (plan, _) = try PlanningCity.plan(PlanningCity.workspace, request)
        let pinned = try #require(plan.drives.first { $0.id == request.pins[0] })
        #expect(pinned.origin == .pinned)
    }

    @Test func impossibleRequestsAreErrors() {
        #expect(throws: PlanningError.horizonInPast(to: d("2026-01-31"), today: PlanningCity.today)) {
            try PlanningCity.plan(PlanningCity.workspace, PlanningCity.request(from: "2026-01-01", to: "2026-01-31"))
        }
        var noTeams = PlanningCity.workspace
        noTeams.teams = []
        #expect(throws: PlanningError.noTeams) { try PlanningCity.plan(noTeams, PlanningCity.request()) }
        var request = PlanningCity.request()
        request.blocks = [Block(subject: "T09", first: d("2026-12-01"))]
        #expect(throws: PlanningError.unknownBlockSubject("T09", suggestion: "T01")) {
            try PlanningCity.plan(PlanningCity.workspace, request)
        }
    }

    @Test func replanWithNothingChangedMovesNothing() throws {
        let workspace = PlanningCity.workspace
        let (plan, _) = try PlanningCity.plan(workspace, PlanningCity.request())
        var request = PlanningCity.request()
        request.previous = plan.drives
        request.replanFrom = d("2027-01-10")
        let (replanned, _) = try PlanningCity.plan(workspace, request)
        let changes = try #require(replanned.changes)
        #expect(changes.moved == 0)
        #expect(replanned.drives.filter { $0.date < d("2027-01-10") }.allSatisfy { $0.origin == .kept })
    }

    @Test func replanAfterABlockMovesFewDrives() throws {
        let workspace = PlanningCity.workspace
        let (plan, _) = try PlanningCity.plan(workspace, PlanningCity.request())
        let target = try #require(plan.drives.first { $0.date >= d("2027-01-10") && $0.team == "T01" })
        var request = PlanningCity.request()
        request.previous = plan.drives
        request.replanFrom = d("2027-01-10")
        request.blocks = [Block(subject: "T01", first: target.date)]
        let (replanned, _) = try PlanningCity.plan(workspace, request)
        #expect(!replanned.drives.contains { $0.team == "T01" && $0.date == target.date })
        let changes = try #require(replanned.changes)
        #expect(changes.moved >= 1)
        #expect(changes.moved <= 4)
        #expect(PlanRuleChecker(workspace: workspace, plan: replanned).violations() == [])
    }

    @Test func explainedAlternativeIsNeverBetter() throws {
        let (plan, problem) = try PlanningCity.plan(PlanningCity.workspace, PlanningCity.request())
        #expect(plan.objective.localOptimum)
        for drive in plan.drives {
            let explanation = try #require(DriveExplanation.explain(drive.id, plan: plan, problem: problem))
            if let alternative = explanation.alternative { #expect(alternative.gain <= explanation.gain + 1e-6) }
            // The gain is what the objective loses without the drive.
            var without = plan
            without.drives.removeAll { $0.id == drive.id }
            let state = PlanReplay.state(without, problem)
            #expect(abs(plan.objective.value - state.breakdown.value - explanation.gain) < 1e-6)
        }
    }

    @Test func targetsSplitAnnualQuotaAroundMonthlyRows() {
        let profile = [2.0] + Array(repeating: 1.0, count: 11)
        let rows = [
            TargetRow(regionCode: "A", span: .year(2027), units: 1300, line: 2),
            TargetRow(regionCode: "A", span: .month(YearMonth(year: 2027, month: 3)!), units: 300, line: 3),
        ]
        let targets = TargetResolver.monthlyTargets(rows, profile: profile)
        #expect(targets.count == 12)
        #expect(targets.first { $0.month.month == 3 }?.units == 300)
        #expect(targets.first { $0.month.month == 3 }?.source.kind == .monthly)
        // 1000 left over 11 months weighted 2,1,…: January gets 2/12.
        #expect(abs((targets.first { $0.month.month == 1 }?.units ?? 0) - 1000 * 2 / 12) < 1e-9)
        #expect(abs(targets.reduce(0) { $0 + $1.units } - 1300) < 1e-9)
    }

    @Test(arguments: [
        ("V016-20270104", "V016", "2027-01-04"), ("V-16-20270104", "V-16", "2027-01-04"),
        ("V016:2027-01-04", "V016", "2027-01-04"), ("V016-2027-01-04", "V016", "2027-01-04"),
    ])
    func driveIDsParse(text: String, venue: String, date: String) throws {
        let id = try #require(DriveID(text))
        #expect(id.venueID == venue)
        #expect(id.date == d(date))
    }

    @Test func blocksParse() {
        #expect(
            Block("T02:2027-02-01..2027-02-07") == Block(subject: "T02", first: d("2027-02-01"), last: d("2027-02-07")))
        #expect(Block("V016:2027-01-04") == Block(subject: "V016", first: d("2027-01-04")))
        #expect(Block("V016") == nil)
        #expect(Block("V016:2027-02-07..2027-02-01") == nil)
    }
}
