import Foundation
import Testing

@testable import OutreachCommands
@testable import OutreachLoading
@testable import OutreachModel

/// A change is one transaction: every table it touches and its audit lines become visible together, a run killed
/// part-way is finished by the next command, and one writer at a time holds the workspace.
@Suite struct TransactionTests {
    static func paths(_ folder: URL) -> WorkspacePaths {
        WorkspacePaths.resolve(
            workspace: folder.path, templates: nil, environment: [:], currentDirectory: Repository.root)
    }

    static func intake(_ folder: URL) throws -> RecordIntake {
        let paths = paths(folder)
        return RecordIntake(
            paths: paths, workspace: try WorkspaceLoader.load(paths).workspace, today: Repository.today, time: "t",
            by: "")
    }

    /// Two tables and two audit lines in one change: stopped after the journal, the workspace still shows both
    /// old tables and the old log; the next command to take the lock shows both new tables and both lines.
    @Test func aChangeOfTwoTablesIsSeenOldTogetherOrNewTogether() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        var intake = try Self.intake(folder)
        let files = ["records/one.csv", "records/two.csv"]
        try Data("old\n".utf8).write(to: folder.appendingPathComponent(files[0]))
        let audit = folder.appendingPathComponent("records/audit.csv")
        let auditBefore = try Data(contentsOf: audit)
        let staged = files.map { path in
            StagedTable(
                path: path, content: .bytes(Array("new \(path)\n".utf8)),
                entry: AuditEntry(
                    time: "t", by: "", command: "test", table: path, file: "f", fileHash: "", rows: 1, periods: [],
                    added: 1, removed: 0, changed: 0, unchanged: 0, resultHash: ""), changes: true)
        }
        intake.stopAt = .afterJournal
        #expect(throws: IntakeFailure.self) { _ = try intake.apply(staged) }
        #expect(try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8) == "old\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(files[1]).path))
        #expect(try Data(contentsOf: audit) == auditBefore)

        let lock = try WorkspaceLock(Self.paths(folder), command: "test", time: "t")
        withExtendedLifetime(lock) {}
        for path in files {
            #expect(try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) == "new \(path)\n")
        }
        let log = try String(contentsOf: audit, encoding: .utf8)
        #expect(try Data(contentsOf: audit).starts(with: auditBefore))
        #expect(log.components(separatedBy: "\r\n").filter { $0.contains(",test,records/") }.count == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("records/journal.csv").path))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("records").path)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
    }

    /// A journal finished twice (a recovery killed after its audit lines) writes its lines once.
    @Test func finishingAJournalAgainLogsItsLinesOnce() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let paths = Self.paths(folder)
        let audit = folder.appendingPathComponent("records/audit.csv")
        let line = AuditEntry(
            time: "t", by: "", command: "again", table: "x", file: "", fileHash: "", rows: 0, periods: [], added: 0,
            removed: 0, changed: 0, unchanged: 0, resultHash: "")
        let journal = ChangeJournal(steps: [], auditLength: AuditLog.length(of: audit), lines: [line])
        try journal.write(paths)
        try journal.finish(paths, stopBeforeAudit: false)
        try journal.write(paths)
        try ChangeJournal.recover(paths)
        #expect(try String(contentsOf: audit, encoding: .utf8).components(separatedBy: ",again,").count == 2)
    }

    /// A damaged journal stops every write with its name rather than guess.
    @Test func aDamagedJournalRefusesWritesByName() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        try Data("step,value,to\nrename,only-one-field\n".utf8).write(
            to: folder.appendingPathComponent("records/journal.csv"))
        let result = Repository.run([
            "actions", "add", "--region", "电白区", "--text", "x", "--due", "2027-01", "--workspace", folder.path,
        ])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("records/journal.csv 不是 outreach 写的变更日志"), "\(result.errorOutput)")
    }

    /// Temporary files of killed runs are removed by the next writer; one of a live process is left alone.
    @Test func temporaryFilesOfKilledRunsAreCleaned() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let dead = folder.appendingPathComponent("records/.donations.csv.4194000.tmp")
        let live = folder.appendingPathComponent(".assignments.csv.\(getpid()).tmp")
        let key = folder.appendingPathComponent("records/secret.key.4194001-77.tmp")
        for url in [dead, live, key] { try Data("x".utf8).write(to: url) }
        let result = Repository.run([
            "actions", "add", "--region", "电白区", "--text", "x", "--due", "2027-01", "--workspace", folder.path,
        ])
        #expect(result.exitCode == 0, "\(result.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(!FileManager.default.fileExists(atPath: key.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
    }

    /// Running the same `actions add` again (its success message lost) does not add it twice.
    @Test func aRepeatedActionIsNotAddedTwice() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let arguments = [
            "actions", "add", "--region", "电白区", "--text", "加开周末献血点", "--due", "2027-01", "--workspace", folder.path,
        ]
        #expect(Repository.run(arguments).output.contains("A001"))
        let again = Repository.run(arguments)
        #expect(again.exitCode == 0)
        #expect(again.output.contains("同样的措施已记录为 A001"), "\(again.output)")
        let actions = try String(contentsOf: folder.appendingPathComponent("records/actions.csv"), encoding: .utf8)
        #expect(actions.components(separatedBy: "加开周末献血点").count == 2)
    }

    /// `actions close` reads the list under the lock: an action added meanwhile is kept.
    @Test func closingReadsTheListUnderTheLock() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let add = { @Sendable (text: String) in
            Repository.run([
                "actions", "add", "--region", "电白区", "--text", text, "--due", "2027-01", "--workspace", folder.path,
            ])
        }
        _ = add("first")
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                _ = Repository.run(["actions", "close", "A001", "--result", "done", "--workspace", folder.path])
            } else {
                _ = add("second")
            }
        }
        let actions = try String(contentsOf: folder.appendingPathComponent("records/actions.csv"), encoding: .utf8)
        #expect(actions.contains("second"))
        #expect(actions.contains("A001,") && actions.contains("A002,"))
        #expect(
            Repository.run(["actions", "close", "A001", "--result", "done", "--workspace", folder.path]).errorOutput
                .contains("已经关闭"))
    }

    /// A run that waits for the lock says for whom after a second, and says so again when the holder is stopped.
    @Test func aWaitingRunSaysForWhomItWaits() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let notices = Outputs()
        var context = CommandContext(environment: [:], currentDirectory: Repository.root, today: Repository.today)
        context.notice = { notices.add($0) }
        var holder: WorkspaceLock? = try WorkspaceLock(
            Self.paths(folder), command: "import records", time: "2026-11-24T10:15:00+08:00")
        let done = DispatchSemaphore(value: 0)
        let waiting = context
        DispatchQueue.global().async {
            _ = Outreach.run(
                ["actions", "add", "--region", "电白区", "--text", "x", "--due", "2027-01", "--workspace", folder.path],
                context: waiting)
            done.signal()
        }
        // The command loads the workspace before it reaches the lock: wait for its notice, however long that takes.
        let deadline = Date().addingTimeInterval(120)
        while notices.values.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(done.wait(timeout: .now()) == .timedOut)
        holder = nil
        #expect(done.wait(timeout: .now() + 60) == .success)
        withExtendedLifetime(holder) {}
        let told = notices.values
        #expect(told.count == 1)
        #expect(
            told.first == "等待进程 \(getpid())(outreach import records,2026-11-24T10:15:00+08:00 起)写完工作区……",
            "\(told)")
    }
}
