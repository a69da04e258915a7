import Foundation
import OutreachFormats
import OutreachModel
import Testing

@testable import OutreachCommands
@testable import OutreachLoading

/// The monthly loop on a scratch copy of Maoming (60 simulated months to 2026-10).
@Suite struct EvaluationCommandTests {
    @Test func recordsAGB18030SheetOnceAndTheSecondTimeIsANoOp() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheet = folder.appendingPathComponent("promotion-2026-09.csv")
        try Data(
            TextDecoder.gb18030(
                "月份,区域,渠道,次数,费用\r\n2026年9月,茂南区,校园宣讲,\"1,234\",12.0\r\n2026-09,440904,WeChat post,7,\r\n\r\n")
        ).write(to: sheet)
        // The sheet holds two of the month's rows: the rest are removed, so it takes --replace.
        let refused = Repository.run(["record", "promotion", sheet.path, "--workspace", folder.path])
        #expect(refused.exitCode == 1 && refused.errorOutput.contains("--replace"))
        let first = Repository.run([
            "record", "promotion", sheet.path, "--workspace", folder.path, "--by", "张三", "--replace",
        ])
        #expect(first.exitCode == 0, "\(first.errorOutput)")
        #expect(first.output.contains("删除"))
        let stored = try String(contentsOf: folder.appendingPathComponent("records/promotion.csv"), encoding: .utf8)
        #expect(stored.contains("2026-09,440902,school-talk,1234,,12,"))
        let second = Repository.run(["record", "promotion", sheet.path, "--workspace", folder.path])
        #expect(second.exitCode == 0)
        #expect(second.output.contains("未作任何更改"))
        let audit = try String(contentsOf: folder.appendingPathComponent("records/audit.csv"), encoding: .utf8)
        #expect(audit.contains("张三,record promotion,promotion"))
        #expect(audit.split(separator: "\r\n").count == 6)
    }

    @Test func aBadSheetIsRefusedWholeWithEveryProblemLocated() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let before = try Data(contentsOf: folder.appendingPathComponent("records/donations.csv"))
        let sheet = folder.appendingPathComponent("bad.csv")
        try Data(
            ("month,region,venue_kind,visits,units,first_time\n"
                + "2026-10,茂南去,fixed-site,10,16,\n"
                + "2026-13,440902,fixed-site,10,16,\n"
                + "2026-10,440904,fixed-site,-3,16,\n"
                + "2026-10,440981,fixed-site,10,25,\n"
                + "2026-10,440982,fixed-site,10,16,11\n"
                + "2026-10,440983,fixed-site,10,16,\n"
                + "2026-10,440983,fixed-site,10,16,\n"
                + "2026-11,440983,street,10,16,\n").utf8
        ).write(to: sheet)
        let result = Repository.run(["record", "donations", sheet.path, "--workspace", folder.path])
        #expect(result.exitCode == 1)
        let lines = result.errorOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(sheet.path):2:2:") && $0.contains("'茂南区'") })
        #expect(lines.contains { $0.hasPrefix("\(sheet.path):3:1:") })
        #expect(lines.contains { $0.hasPrefix("\(sheet.path):4:4:") })
        #expect(lines.contains { $0.hasPrefix("\(sheet.path):5:5:") && $0.contains("2 倍") })
        #expect(lines.contains { $0.hasPrefix("\(sheet.path):6:6:") })
        #expect(lines.contains { $0.hasPrefix("\(sheet.path):8:") && $0.contains("第 7 行") })
        #expect(lines.contains { $0.hasPrefix("\(sheet.path):9:1:") && $0.contains("尚未结束") })
        #expect(result.errorOutput.contains("未录入任何数据"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("records/donations.csv")) == before)
    }

    /// Stopped before its journal, a write changed nothing; stopped after it, the next command finishes it, audit
    /// line included, so no unaudited change is ever seen.
    @Test func aWriteStoppedAtAnyStepIsUndoneOrFinishedByTheNextCommand() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let paths = WorkspacePaths.resolve(
            workspace: folder.path, templates: nil, environment: [:], currentDirectory: Repository.root)
        let workspace = try WorkspaceLoader.load(paths).workspace
        let stored = folder.appendingPathComponent("records/donations.csv")
        let audit = folder.appendingPathComponent("records/audit.csv")
        let before = try Data(contentsOf: stored)
        let auditBefore = try Data(contentsOf: audit)
        let sheet = folder.appendingPathComponent("fix.csv")
        try Data("month,region,venue_kind,visits,units\n2026-10,440902,street,100,160\n".utf8).write(to: sheet)
        var intake = RecordIntake(paths: paths, workspace: workspace, today: Repository.today, time: "t", by: "")
        intake.replace = true

        intake.stopAt = .beforeJournal
        #expect(throws: IntakeFailure.self) { try intake.record(.donations, file: sheet, display: "fix.csv") }
        #expect(try Data(contentsOf: stored) == before)
        #expect(try Data(contentsOf: audit) == auditBefore)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("records").path)
                .allSatisfy { !$0.hasSuffix(".tmp") })

        for step in [RecordIntake.Step.afterJournal, .beforeAudit] {
            let (scratch, removeScratch) = try Repository.scratchCopy(of: "maoming")
            defer { removeScratch() }
            let scratchPaths = WorkspacePaths.resolve(
                workspace: scratch.path, templates: nil, environment: [:], currentDirectory: Repository.root)
            var stopped = RecordIntake(
                paths: scratchPaths, workspace: workspace, today: Repository.today, time: "t", by: "")
            stopped.replace = true
            stopped.stopAt = step
            #expect(throws: IntakeFailure.self) { try stopped.record(.donations, file: sheet, display: "fix.csv") }
            #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("records/journal.csv").path))
            stopped.stopAt = nil
            let report = try stopped.record(.donations, file: sheet, display: "fix.csv")
            #expect(!report.foundUnauditedChange, "\(step)")
            #expect(report.isNoOp, "\(step)")
            let log = try String(contentsOf: scratch.appendingPathComponent("records/audit.csv"), encoding: .utf8)
            #expect(log.components(separatedBy: ",record donations,donations,fix.csv,").count == 3, "\(step)")
            #expect(!log.contains("unaudited-change"), "\(step)")
            #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("records/journal.csv").path))
        }
    }

    @Test func aMonthWithoutPromotionOrDonationsIsRefusedNamingTheTable() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let promotion = folder.appendingPathComponent("records/promotion.csv")
        // The stored tables end lines with CRLF, one Character in Swift.
        let kept = try String(contentsOf: promotion, encoding: .utf8).split(separator: "\r\n")
            .filter { !$0.hasPrefix("2026-10,") }
        try (kept.joined(separator: "\r\n") + "\r\n").write(to: promotion, atomically: true, encoding: .utf8)
        for command in ["evaluate", "model", "suggest"] {
            let output = command == "evaluate" ? ["--output", folder.appendingPathComponent("p").path] : []
            let result = Repository.run([command, "--workspace", folder.path] + output)
            #expect(result.exitCode == 1, "\(command)")
            #expect(result.errorOutput.contains("2026-10 没有宣传数据"), "\(command): \(result.errorOutput)")
            #expect(!result.errorOutput.contains("采血数据"), "\(command)")
        }
        let empty = Repository.run(["evaluate", "--month", "2026-11", "--workspace", folder.path, "--lang", "en"])
        #expect(empty.exitCode == 1)
        #expect(empty.errorOutput.contains("no promotion rows for 2026-10, 2026-11"))
        #expect(empty.errorOutput.contains("no donation rows for 2026-11"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("p").path))
    }

    @Test func evaluateReviewAndActionsOnTheBundledHistory() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let output = folder.appendingPathComponent("pack")
        let evaluate = Repository.run(["evaluate", "--workspace", folder.path, "--output", output.path])
        #expect(evaluate.exitCode == 0, "\(evaluate.errorOutput)")
        #expect(evaluate.output.contains("2026年10月"))
        for name in ["pack.html", "pack.md", "indicators.csv", "findings.csv", "actions.csv", "channels.csv"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "\(name)")
        }
        let html = try String(contentsOf: output.appendingPathComponent("pack.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<svg").count == 4)
        #expect(html.contains("@page"))

        // 茂南区 passed from L01 to L02 on 2023-07-01: the year splits between them.
        let review = Repository.run(["review", "--year", "2023", "--workspace", folder.path, "--format", "csv"])
        #expect(review.exitCode == 0, "\(review.errorOutput)")
        #expect(review.output.contains(",L01,茂南区,440902,2023-01–2023-06,"))
        #expect(review.output.contains(",L02,茂南区,440902,2023-07–2023-12,"))

        let add = Repository.run([
            "actions", "add", "--workspace", folder.path, "--region", "电白区", "--text", "加开团体献血", "--due", "2027-01",
        ])
        #expect(add.exitCode == 0, "\(add.errorOutput)")
        #expect(add.output.contains("A001") && add.output.contains("区域领导丙"))
        let list = Repository.run(["actions", "list", "--workspace", folder.path, "--open", "--format", "csv"])
        #expect(list.output.contains("A001,电白区,加开团体献血"))
        let close = Repository.run(["actions", "close", "a001", "--result", "已加开 3 场", "--workspace", folder.path])
        #expect(close.exitCode == 0)
        #expect(
            !Repository.run(["actions", "list", "--workspace", folder.path, "--open", "--format", "csv"]).output
                .contains("A001"))
        let past = Repository.run([
            "actions", "add", "--workspace", folder.path, "--region", "电白区", "--text", "x", "--due", "2026-01",
        ])
        #expect(past.exitCode == 1)
    }

    @Test func modelSuggestAndAnActionFromASuggestion() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        try Repository.overrideModel(in: folder, ["bootstrapReplicates": 10, "validationMonths": 2])

        let model = Repository.run(["model", "--workspace", folder.path, "--format", "json"])
        #expect(model.exitCode == 0, "\(model.errorOutput)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(model.output.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "fitted")
        #expect((json["validation"] as? [String: Any])?["months"] as? Int == 2)
        // One estimate per channel with stand-alone events, and the drives counted from records/drives.csv.
        let promotion = try String(contentsOf: folder.appendingPathComponent("records/promotion.csv"), encoding: .utf8)
        let rows = promotion.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",") }
        let channels = try #require(json["channels"] as? [[String: Any]])
        let codes = channels.compactMap { $0["code"] as? String }
        #expect(codes.contains("township-talk") && codes.contains("drive:township-market"), "\(codes)")
        #expect(codes.allSatisfy { code in code.hasPrefix("drive:") || rows.contains { $0[2] == code } })

        let suggest = Repository.run(["suggest", "--workspace", folder.path, "--format", "csv"])
        #expect(suggest.exitCode == 0, "\(suggest.errorOutput)")
        // Excel CSV: a byte-order mark, CRLF lines, the header then move 1.
        let lines = suggest.output.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("\u{FEFF}序号,建议,") == true)
        #expect(lines.dropFirst().first?.hasPrefix("1,") == true)

        let text = Repository.run(["suggest", "--workspace", folder.path, "--lang", "en"])
        // The total is over what the model moves: stand-alone events and drives (the promotion a drive brings
        // along counts with the drive).
        let events = channels.reduce(0.0) { $0 + ($1["lastMonthEvents"] as? Double ?? 0) }
        #expect(text.output.contains("Holding last month's total of \(Int(events)) events."), "\(text.output)")

        let cost = Repository.run(["suggest", "--workspace", folder.path, "--budget", "cost", "--format", "json"])
        #expect(cost.exitCode == 0, "\(cost.errorOutput)")

        let add = Repository.run([
            "actions", "add", "--workspace", folder.path, "--from-suggestion", "1", "--due", "2027-01",
        ])
        #expect(add.exitCode == 0, "\(add.errorOutput)")
        let list = Repository.run(["actions", "list", "--workspace", folder.path, "--format", "csv"])
        #expect(list.output.contains("A001,") && list.output.contains("预计每月"))

        let missing = Repository.run(["actions", "add", "--workspace", folder.path, "--from-suggestion", "999"])
        #expect(missing.exitCode == 1)
        #expect(missing.errorOutput.contains("没有第 999 项建议"))
        let incomplete = Repository.run(["actions", "add", "--workspace", folder.path, "--region", "电白区"])
        #expect(incomplete.exitCode == 64)
        #expect(incomplete.errorOutput.contains("--text"))
    }

    /// The demo shows the sample as committed even after a user recorded in it, and never changes it.
    @Test func demoWritesAPackWithoutTouchingTheBundledWorkspace() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let base = folder.deletingLastPathComponent()
        let sheet = base.appendingPathComponent("mine.csv")
        try Data("month,region,venue_kind,visits,units\n2026-10,440902,street,50,80\n".utf8).write(to: sheet)
        let recorded = Repository.run(["record", "donations", sheet.path, "--workspace", folder.path, "--replace"])
        #expect(recorded.exitCode == 0, "\(recorded.errorOutput)")
        let audit = folder.appendingPathComponent("records/audit.csv")
        let before = try Data(contentsOf: audit)
        let result = Repository.run([
            "demo", "--workspace", folder.path, "--output", base.appendingPathComponent("demo").path,
        ])
        #expect(result.exitCode == 0, "\(result.errorOutput)")
        #expect(result.output.contains("▶ outreach simulate --years 5 --through 2026-10 --seed 2026"))
        #expect(result.output.contains("修改 2026-10 红旗街道 献血屋:单位数 "))
        for name in ["plan.md", "pack.html", "pack.md", "findings.csv", "actions.md", "donations-2026-10.csv"] {
            #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent("demo/" + name).path), "\(name)")
        }
        #expect(try Data(contentsOf: audit) == before)
    }

    /// Calibrate, backtest and a calibrated plan on the bundled history; a short history keeps its defaults and says
    /// which; a broken calibration refuses the plan with its location.
    @Test func calibrateBacktestAndACalibratedPlan() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let calibrate = Repository.run(["calibrate", "--workspace", folder.path])
        #expect(calibrate.exitCode == 0, "\(calibrate.errorOutput)")
        #expect(calibrate.output.contains("按 2021-11 至 2026-10 的记录校准"))
        #expect(calibrate.output.contains("回测(最近 4 个季度,60 个区县·月)"))
        let stored = folder.appendingPathComponent("calibration.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: stored)) as? [String: Any])
        #expect(json["version"] as? Int == 1 && (json["drives"] as? [Any])?.isEmpty == false)

        let plan = Repository.run([
            "plan", "q1", "--from", "2027-01-01", "--to", "2027-03-31", "--workspace", folder.path,
        ])
        #expect(plan.exitCode == 0, "\(plan.errorOutput)")
        #expect(plan.output.contains("预计采血:按 2021-11 至 2026-10 的记录校准;回测平均误差"))

        let backtest = Repository.run(["backtest", "--quarters", "2", "--workspace", folder.path, "--format", "json"])
        #expect(backtest.exitCode == 0, "\(backtest.errorOutput)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(backtest.output.utf8)) as? [[String: Any]])
        #expect(rows.count == 2 * 3 * 5)

        let short = Repository.run(["--lang", "en", "calibrate", "--through", "2022-06", "--workspace", folder.path])
        #expect(short.exitCode == 0, "\(short.errorOutput)")
        #expect(short.output.contains("Season: only 8 months of records, 24 needed; planning.json's default stays"))
        let shortPlan = Repository.run(["--lang", "en", "plan", "--workspace", folder.path])
        #expect(shortPlan.output.contains("Season: only 8 months of records"))

        try Data("{\"version\": 1, \"from\": 3}".utf8).write(to: stored)
        let refused = Repository.run(["plan", "--workspace", folder.path])
        #expect(refused.exitCode == 1)
        #expect(refused.errorOutput.contains("calibration.json"))
    }
}
