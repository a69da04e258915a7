import Testing

@testable import OutreachModel

@Suite struct ResponsibilityTests {
    let index = TinyCity.workspace.responsibilities

    @Test func aRegionsOwnAssignmentWins() throws {
        let own = try #require(index.responsibility(for: "440902100", on: d("2026-01-01")))
        #expect(
            own == Responsibility(leaderID: "L03", heldThrough: "440902100", since: d("2022-01-01"), isDirect: true))
    }

    @Test func otherwiseTheNearestAncestorsLeaderAnswers() throws {
        let inherited = try #require(index.responsibility(for: "440902001", on: d("2026-01-01")))
        #expect(
            inherited == Responsibility(leaderID: "L02", heldThrough: "440902", since: d("2023-07-01"), isDirect: false)
        )
    }

    @Test(arguments: [("2023-06-30", "L01"), ("2023-07-01", "L02")])
    func reassignmentTakesEffectOnItsFirstDay(date: String, leader: String) {
        #expect(index.responsibility(for: "440902001", on: d(date))?.leaderID == leader)
    }

    @Test func beforeAnyAssignmentAndInUnheldBranchesNobodyAnswers() {
        #expect(index.responsibility(for: "440902", on: d("2020-12-31")) == nil)
        #expect(index.responsibility(for: "440904100", on: d("2026-01-01")) == nil)
        #expect(index.responsibility(for: "440900", on: d("2026-01-01")) == nil)
    }

    @Test func renewedTermsKeepTheirOriginalStart() {
        let assignments = [
            Assignment(
                regionCode: "440904", leaderID: "L01", period: Period(start: d("2021-01-01"), end: d("2021-12-31"))),
            Assignment(regionCode: "440904", leaderID: "L01", period: Period(start: d("2022-01-01"))),
        ]
        let index = ResponsibilityIndex(tree: RegionTree(TinyCity.regions), assignments: assignments)
        #expect(index.responsibility(for: "440904100", on: d("2026-01-01"))?.since == d("2021-01-01"))
    }

    @Test func loadsCountEachPersonOnceAndVenuesWhereTheLeaderAnswers() {
        let workspace = TinyCity.workspace
        let loads = workspace.responsibilities.loads(
            of: workspace.leaders, venues: workspace.venues, on: d("2026-01-01"))
        // L02 holds 茂南区 (600) less 金塘镇 (400) held by L03; 红旗献血屋 lies in L02's area.
        #expect(loads.map(\.population) == [0, 200, 400])
        #expect(loads.map(\.venueCount) == [0, 1, 1])
        #expect(loads[1].heldRegions.map(\.code) == ["440902"])
        #expect(loads[1].since == d("2023-07-01"))
        #expect(loads[0].heldRegions.isEmpty && loads[0].since == nil)
    }
}

@Suite struct AssignmentChangeTests {
    let history = TinyCity.assignments

    func new(_ region: String, _ leader: String, _ start: String, _ end: String? = nil) -> Assignment {
        Assignment(
            regionCode: region, leaderID: leader, period: Period(start: d(start), end: end.map(d)), reason: "test")
    }

    @Test func closesTheOpenAssignmentTheDayBefore() throws {
        let change = try AssignmentChange.assigning(new("440902", "L03", "2026-12-01"), given: history)
        #expect(change.closing?.index == 1)
        #expect(change.closing?.lastDay == d("2026-11-30"))
        #expect(change.added?.leaderID == "L03")
    }

    @Test func aFirstAssignmentClosesNothing() throws {
        let change = try AssignmentChange.assigning(new("440904", "L03", "2026-12-01"), given: history)
        #expect(change.closing == nil)
        #expect(change.added != nil)
    }

    @Test func recordingTheSameAssignmentAgainChangesNothing() throws {
        let existing = history[2]
        let change = try AssignmentChange.assigning(existing, given: history)
        #expect(change == AssignmentChange(closing: nil, added: nil))
    }

    @Test func refusesToRewriteHistory() {
        #expect(throws: AssignmentRefusal.startsBeforeExisting(history[1])) {
            try AssignmentChange.assigning(self.new("440902", "L03", "2023-07-01"), given: self.history)
        }
        #expect(throws: AssignmentRefusal.overlapsClosedPeriod(history[0])) {
            try AssignmentChange.assigning(
                self.new("440902", "L03", "2023-06-30"), given: [self.history[0]])
        }
        #expect(throws: AssignmentRefusal.endsBeforeStart(start: d("2026-12-01"), end: d("2026-11-01"))) {
            try AssignmentChange.assigning(self.new("440904", "L03", "2026-12-01", "2026-11-01"), given: self.history)
        }
    }
}
