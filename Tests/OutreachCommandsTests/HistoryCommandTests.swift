import Foundation
import Testing

@testable import OutreachCommands
@testable import OutreachLoading

/// No write shrinks stored history silently: a shrinking change is refused, shown by `--dry-run`, taken with
/// `--replace`, kept in `records/history/`, listed by `history` and put back by `undo`.
@Suite struct HistoryCommandTests {
    /// One row for October 2026 where the sample stores 42.
    static func shrinkingSheet(in folder: URL) throws -> URL {
        let sheet = folder.deletingLastPathComponent().appendingPathComponent("fix.csv")
        try Data("month,region,venue_kind,visits,units\n2026-10,440902,street,100,160\n".utf8).write(to: sheet)
        return sheet
    }

    /// Records the shrinking sheet with `--replace`; the exit code.
    static func recordShrinking(in folder: URL) throws -> Int32 {
        let sheet = try shrinkingSheet(in: folder)
        return Repository.run(["record", "donations", sheet.path, "--workspace", folder.path, "--replace"]).exitCode
    }

    @Test func aShrinkingRecordIsRefusedShownTakenWithReplaceAndUndone() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheet = try Self.shrinkingSheet(in: folder)
        let donations = folder.appendingPathComponent("records/donations.csv")
        let audit = folder.appendingPathComponent("records/audit.csv")
        let before = try Data(contentsOf: donations)
        let auditBefore = try Data(contentsOf: audit)

        let refused = Repository.run(["record", "donations", sheet.path, "--workspace", folder.path])
        #expect(refused.exitCode == 1)
        #expect(refused.errorOutput.contains("2026-10:新增 1 行、删除 41 行;献血人次 9,882 → 100(−99.0%)"))
        #expect(refused.errorOutput.contains("--replace"))
        #expect(try Data(contentsOf: donations) == before && Data(contentsOf: audit) == auditBefore)

        let dryRun = Repository.run(["record", "donations", sheet.path, "--workspace", folder.path, "--dry-run"])
        #expect(dryRun.exitCode == 0)
        #expect(dryRun.output.contains("试运行") && dryRun.output.contains("删除 2026-10 红旗街道 献血屋"))
        #expect(dryRun.output.contains("不加 --replace 时这次更改会被拒绝"))
        #expect(try Data(contentsOf: donations) == before && Data(contentsOf: audit) == auditBefore)

        let replaced = Repository.run(["record", "donations", sheet.path, "--workspace", folder.path, "--replace"])
        #expect(replaced.exitCode == 0, "\(replaced.errorOutput)")
        #expect(replaced.output.contains("outreach undo"))
        #expect(replaced.errorOutput.contains("示例工作区"))
        #expect(try Data(contentsOf: donations) != before)
        let kept = folder.appendingPathComponent("records/history/000001")
        let mode = try FileManager.default.attributesOfItem(atPath: kept.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        #expect(try Data(contentsOf: kept.appendingPathComponent("records__donations.csv")) == before)

        let history = Repository.run(["history", "--workspace", folder.path])
        #expect(history.exitCode == 0)
        #expect(history.output.contains("record donations") && history.output.contains("← outreach undo"))

        let undone = Repository.run(["undo", "--workspace", folder.path])
        #expect(undone.exitCode == 0, "\(undone.errorOutput)")
        #expect(try Data(contentsOf: donations) == before)
        #expect(try String(contentsOf: audit, encoding: .utf8).contains(",undo,donations,records/history/000001,"))
        let nothing = Repository.run(["undo", "--workspace", folder.path])
        #expect(nothing.exitCode == 1 && nothing.errorOutput.contains("没有可撤销的更改"))
    }

    @Test func undoRefusesATableEditedSinceAndChangesNothing() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        #expect(try Self.recordShrinking(in: folder) == 0)
        let donations = folder.appendingPathComponent("records/donations.csv")
        let edited = try Data(contentsOf: donations) + Data("2026-10,440904,street,1,1,,,,\r\n".utf8)
        try edited.write(to: donations)
        let audit = try Data(contentsOf: folder.appendingPathComponent("records/audit.csv"))
        let undo = Repository.run(["undo", "--workspace", folder.path])
        #expect(undo.exitCode == 1 && undo.errorOutput.contains("无法撤销"))
        #expect(try Data(contentsOf: donations) == edited)
        #expect(try Data(contentsOf: folder.appendingPathComponent("records/audit.csv")) == audit)
    }

    @Test func aHistoryThatCannotBeWrittenRefusesTheWriteBeforeAnyChange() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        // A file where the history folder should be: nothing can be kept, so nothing may change.
        try Data().write(to: folder.appendingPathComponent("records/history"))
        let donations = folder.appendingPathComponent("records/donations.csv")
        let before = try Data(contentsOf: donations)
        let sheet = try Self.shrinkingSheet(in: folder)
        let result = Repository.run(["record", "donations", sheet.path, "--workspace", folder.path, "--replace"])
        #expect(result.exitCode == 1 && result.errorOutput.contains("records/history"))
        #expect(try Data(contentsOf: donations) == before)
    }

    /// An undo killed after restoring the tables, before its audit lines, is finished by the next command.
    @Test func anInterruptedUndoIsFinishedByTheNextOne() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let donations = folder.appendingPathComponent("records/donations.csv")
        let before = try Data(contentsOf: donations)
        #expect(try Self.recordShrinking(in: folder) == 0)
        let paths = WorkspacePaths.resolve(
            workspace: folder.path, templates: nil, environment: [:], currentDirectory: Repository.root)
        var intake = RecordIntake(
            paths: paths, workspace: try WorkspaceLoader.load(paths).workspace, today: Repository.today, time: "t",
            by: "")
        intake.stopAt = .beforeAudit
        #expect(throws: IntakeFailure.self) { try intake.undo() }
        #expect(try Data(contentsOf: donations) == before)
        intake.stopAt = nil
        #expect(throws: IntakeFailure.self) { try intake.undo() }
        #expect(try Data(contentsOf: donations) == before)
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("records/history/000001.undone").path))
        let audit = try String(contentsOf: folder.appendingPathComponent("records/audit.csv"), encoding: .utf8)
        #expect(audit.components(separatedBy: ",undo,").count == 2)
    }

    /// Names two regions share are refused with both, wherever a region is named.
    @Test(arguments: [
        ["assign", "河西街道", "L05", "--from", "2026-12-01", "--reason", "调整"], ["regions", "河西街道"],
        ["plan", "x", "--region", "河西街道"],
    ])
    func anAmbiguousRegionNameIsRefusedWithEveryCandidate(arguments: [String]) throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let assignments = try Data(contentsOf: folder.appendingPathComponent("assignments.csv"))
        let result = Repository.run(arguments + ["--workspace", folder.path])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("440902002 河西街道(茂南区)"), "\(result.errorOutput)")
        #expect(result.errorOutput.contains("440982001 河西街道(化州市)"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("assignments.csv")) == assignments)
    }

    /// `assign` keeps the table it replaces too: a wrong assignment is undone, not edited by hand.
    @Test func aWrongAssignmentIsUndone() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let table = folder.appendingPathComponent("assignments.csv")
        let before = try Data(contentsOf: table)
        let assigned = Repository.run([
            "assign", "440902002", "L05", "--from", "2026-12-01", "--reason", "调整", "--workspace", folder.path,
        ])
        #expect(assigned.exitCode == 0, "\(assigned.errorOutput)")
        #expect(try Data(contentsOf: table) != before)
        #expect(Repository.run(["history", "--workspace", folder.path]).output.contains("assign  440902002 L05"))
        #expect(Repository.run(["undo", "--workspace", folder.path]).exitCode == 0)
        #expect(try Data(contentsOf: table) == before)
    }

    /// Lists name the parent beside a name two regions share.
    @Test(arguments: [["regions"], ["leaders"]])
    func listsTellRegionsOfOneNameApart(arguments: [String]) {
        let result = Repository.run(arguments + ["--workspace", "Regions/maoming"])
        #expect(result.output.contains("河西街道(茂南区)") && result.output.contains("河西街道(化州市)"))
    }

    /// An export's region column naming a township two counties have is refused, not given to the first.
    @Test func anExportRowWithAnAmbiguousRegionIsRefused() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let export = folder.deletingLastPathComponent().appendingPathComponent("bmis.csv")
        try Data("献血日期,献血者编号,区县,采血点类型,献血类型,献血量,检测结果\n2026/10/5,D1,河西街道,街头,全血,400ml,合格\n".utf8)
            .write(to: export)
        let secret = folder.deletingLastPathComponent().appendingPathComponent("secret.key")
        let result = Repository.run(
            ["import", "records", export.path, "--workspace", folder.path],
            environment: ["OUTREACH_SECRET_FILE": secret.path])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("bmis.csv:2:3"), "\(result.errorOutput)")
        #expect(result.errorOutput.contains("440902002 河西街道(茂南区)、440982001 河西街道(化州市)"))
    }

    /// Two `record targets` of different periods at once: the second reads the targets under the lock, so both
    /// files' rows are kept (a lost update before).
    @Test func concurrentTargetRecordsKeepBothFiles() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheets = ["2027-01", "2027-02"].map { month in
            let sheet = folder.deletingLastPathComponent().appendingPathComponent("targets-\(month).csv")
            try? Data("region,period,units\n440902,\(month),1234\n".utf8).write(to: sheet)
            return sheet
        }
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            _ = Repository.run(["record", "targets", sheets[index].path, "--workspace", folder.path])
        }
        let targets = try String(contentsOf: folder.appendingPathComponent("targets.csv"), encoding: .utf8)
        #expect(targets.contains("440902,2027-01,1234") && targets.contains("440902,2027-02,1234"))
    }

    /// Two `actions add` at once are numbered under the lock: A001 and A002, both kept.
    @Test func concurrentActionsAreBothKeptWithTheirOwnNumbers() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let outputs = Outputs()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = Repository.run([
                "actions", "add", "--region", "电白区", "--text", "措施\(index)", "--due", "2027-01", "--workspace",
                folder.path,
            ])
            outputs.add(result.output)
        }
        let results = outputs.values
        #expect(results.contains { $0.contains("A001") } && results.contains { $0.contains("A002") })
        let actions = try String(contentsOf: folder.appendingPathComponent("records/actions.csv"), encoding: .utf8)
        #expect(actions.contains("A001,") && actions.contains("A002,"))
        #expect(actions.contains("措施0") && actions.contains("措施1"))
    }

    /// A symlinked table is written through its link, kept and restored through it: the link stays a link.
    @Test func aSymlinkedTableIsWrittenThroughItsLink() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let manager = FileManager.default
        let link = folder.appendingPathComponent("assignments.csv")
        let shared = folder.deletingLastPathComponent().appendingPathComponent("shared-assignments.csv")
        try manager.moveItem(at: link, to: shared)
        try manager.createSymbolicLink(at: link, withDestinationURL: shared)
        let before = try Data(contentsOf: shared)
        let assigned = Repository.run([
            "assign", "440902002", "L05", "--from", "2026-12-01", "--reason", "调整", "--workspace", folder.path,
        ])
        #expect(assigned.exitCode == 0, "\(assigned.errorOutput)")
        #expect(try manager.destinationOfSymbolicLink(atPath: link.path) == shared.path)
        #expect(try Data(contentsOf: shared) != before)
        #expect(Repository.run(["undo", "--workspace", folder.path]).exitCode == 0)
        #expect(try manager.destinationOfSymbolicLink(atPath: link.path) == shared.path)
        #expect(try Data(contentsOf: shared) == before)
    }

    /// A number too large for an integer is refused with its location, never a crash while wording the error.
    @Test func aHugeNumberIsRefusedNotACrash() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheet = folder.deletingLastPathComponent().appendingPathComponent("huge.csv")
        try Data("month,region,venue_kind,visits,units\n2026-10,440902,street,50,9223372036854775808\n".utf8)
            .write(to: sheet)
        let result = Repository.run(["record", "donations", sheet.path, "--workspace", folder.path, "--replace"])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("huge.csv:2:5"), "\(result.errorOutput)")
    }

    /// Undo works on a workspace that has errors (after a bad hand edit): that is when it is needed.
    @Test func undoWorksOnABrokenWorkspace() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let donations = folder.appendingPathComponent("records/donations.csv")
        let before = try Data(contentsOf: donations)
        #expect(try Self.recordShrinking(in: folder) == 0)
        try Data("code,name\n".utf8).write(to: folder.appendingPathComponent("leaders.csv"))
        #expect(Repository.run(["check", "--workspace", folder.path]).exitCode == 1)
        let undo = Repository.run(["undo", "--workspace", folder.path])
        #expect(undo.exitCode == 0, "\(undo.errorOutput)")
        #expect(try Data(contentsOf: donations) == before)
    }
}
