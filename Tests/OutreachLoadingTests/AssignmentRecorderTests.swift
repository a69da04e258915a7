import Foundation
import OutreachModel
import Testing

@testable import OutreachLoading

@Suite struct AssignmentRecorderTests {
    func request(_ region: String, _ leader: String, _ start: String, _ end: String? = nil, reason: String = "工作调整")
        -> AssignmentRequest
    {
        AssignmentRequest(
            region: region, leader: leader, period: Period(start: CivilDate(start)!, end: end.flatMap(CivilDate.init)),
            reason: reason)
    }

    @Test func closesThePreviousPeriodAndKeepsEveryOtherByte() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        // An extra column staff added must survive the rewrite.
        try Data(
            "region,leader,from,to,reason,备注\n440902,L01,2021-01-01,2023-06-30,分工,\"保留, 这一列\"\n440902,L02,2023-07-01,,调整,\n440904,L01,2021-01-01,,分工,\n"
                .utf8
        )
        .write(to: workspace.file("assignments.csv"))
        let outcome = try AssignmentRecorder.record(
            request("茂南区", "区域领导甲", "2026-12-01"), in: workspace.paths, today: FixtureWorkspace.today)
        #expect(outcome.closed?.leaderID == "L02")
        #expect(outcome.closed?.period.end == CivilDate("2026-11-30"))
        let bytes = [UInt8](try Data(contentsOf: workspace.file("assignments.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(
            text == "region,leader,from,to,reason,备注\r\n440902,L01,2021-01-01,2023-06-30,分工,\"保留, 这一列\"\r\n"
                + "440902,L02,2023-07-01,2026-11-30,调整,\r\n440904,L01,2021-01-01,,分工,\r\n440902,L01,2026-12-01,,工作调整,\r\n"
        )
        let reloaded = try workspace.load()
        #expect(
            reloaded.workspace.responsibilities.responsibility(for: "440902100", on: CivilDate("2026-12-01")!)?.leaderID
                == "L01")
    }

    @Test func recordingTheSameChangeTwiceIsHarmless() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        _ = try AssignmentRecorder.record(
            request("440902100", "L02", "2026-12-01"), in: workspace.paths, today: FixtureWorkspace.today)
        let before = try Data(contentsOf: workspace.file("assignments.csv"))
        let again = try AssignmentRecorder.record(
            request("440902100", "L02", "2026-12-01"), in: workspace.paths, today: FixtureWorkspace.today)
        #expect(again.added == nil)
        #expect(try Data(contentsOf: workspace.file("assignments.csv")) == before)
    }

    static let refusals: [(AssignmentRequest, String)] = [
        (
            AssignmentRequest(
                region: "茂南", leader: "L01", period: Period(start: CivilDate("2026-12-01")!), reason: "x"),
            "unknownRegion"
        ),
        (
            AssignmentRequest(
                region: "440902", leader: "L09", period: Period(start: CivilDate("2026-12-01")!), reason: "x"),
            "unknownLeader"
        ),
        (
            AssignmentRequest(
                region: "440902", leader: "L01", period: Period(start: CivilDate("2023-07-01")!), reason: "x"),
            "startsBeforeExisting"
        ),
        (
            AssignmentRequest(
                region: "440902", leader: "L01", period: Period(start: CivilDate("2022-01-01")!), reason: "x"),
            "overlapsClosedPeriod"
        ),
        (
            AssignmentRequest(
                region: "440902", leader: "L01", period: Period(start: CivilDate("2026-12-01")!), reason: "  "),
            "emptyReason"
        ),
        (
            AssignmentRequest(
                region: "440902", leader: "L01",
                period: Period(start: CivilDate("2026-12-01")!, end: CivilDate("2026-11-01")), reason: "x"),
            "endsBeforeStart"
        ),
    ]

    @Test(arguments: refusals)
    func aRefusalChangesNoByte(request: AssignmentRequest, expected: String) throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        let before = try Data(contentsOf: workspace.file("assignments.csv"))
        do {
            _ = try AssignmentRecorder.record(request, in: workspace.paths, today: FixtureWorkspace.today)
            Issue.record("expected a refusal")
        } catch {
            #expect(String(describing: error).hasPrefix(expected) || "\(error)".contains(expected))
        }
        #expect(try Data(contentsOf: workspace.file("assignments.csv")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.paths.workspace.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesToWriteIntoABrokenWorkspace() throws {
        let workspace = try FixtureWorkspace(overlay: "broken/impossible-date")
        defer { workspace.remove() }
        let before = try Data(contentsOf: workspace.file("assignments.csv"))
        #expect {
            try AssignmentRecorder.record(
                self.request("440904", "L02", "2026-12-01"), in: workspace.paths, today: FixtureWorkspace.today)
        } throws: { error in
            guard case .workspaceHasErrors(let problems)? = error as? AssignmentFailure else { return false }
            return problems.first?.location == SourceLocation(file: "WS/assignments.csv", line: 3, column: 3)
        }
        #expect(try Data(contentsOf: workspace.file("assignments.csv")) == before)
    }

    @Test func concurrentAssignmentsAreAllKept() async throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        let paths = workspace.paths
        let changes = [("440902100", "L01"), ("440904", "L02"), ("440900", "L01"), ("440902", "L01")]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (region, leader) in changes {
                group.addTask {
                    _ = try AssignmentRecorder.record(
                        AssignmentRequest(
                            region: region, leader: leader, period: Period(start: CivilDate("2026-12-01")!),
                            reason: "并发"),
                        in: paths, today: FixtureWorkspace.today)
                }
            }
            try await group.waitForAll()
        }
        let assignments = try workspace.load().workspace.assignments
        for (region, leader) in changes {
            #expect(
                assignments.contains {
                    $0.regionCode == region && $0.leaderID == leader && $0.period.start == CivilDate("2026-12-01")
                })
        }
        #expect(assignments.count == 3 + changes.count)
    }
}
