import Foundation
import Testing

@testable import OutreachCommands
@testable import OutreachLoading

/// `record stock`, `simulate stock`, `stock`, the brief and the stock-triggered plan on scratch copies of Maoming.
@Suite struct StockCommandTests {
    static func write(_ text: String, named name: String, beside folder: URL) throws -> URL {
        let file = folder.deletingLastPathComponent().appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Every bad value is named by line and column, in Chinese headers too, and nothing is stored.
    @Test func aStockSheetWithBadRowsIsRefusedWhole() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheet = try Self.write(
            """
            日期,血型,成分,库存,发血
            2026-11-01,A型RhD阳性,悬浮红细胞,100,10
            2026-11-01,C+,悬浮红细胞,100,10
            2026-11-02,A+,血小板,-5,1
            2026-11-03,A+,whole blood,5,1
            2026-11-01,A+,red-cells,90,10

            """, named: "库存.csv", beside: folder)
        let result = Repository.run(["record", "stock", sheet.path, "--workspace", folder.path])
        #expect(result.exitCode == 1)
        for place in ["库存.csv:3:2", "库存.csv:4:4", "库存.csv:5:3", "库存.csv:6"] {
            #expect(result.errorOutput.contains(place), "\(place): \(result.errorOutput)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("records/stock.csv").path))
    }

    @Test func simulatedStockIsRecordedOnceShownAndTriggersTheShortagePlan() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let file = folder.deletingLastPathComponent().appendingPathComponent("stock.csv")
        let written = Repository.run(["simulate", "stock", file.path, "--workspace", folder.path])
        #expect(written.exitCode == 0 && written.output.contains("模拟数据"), "\(written.errorOutput)")
        let recorded = Repository.run(["record", "stock", file.path, "--workspace", folder.path])
        #expect(recorded.exitCode == 0 && recorded.output.contains("库存数据"), "\(recorded.errorOutput)")
        let again = Repository.run(["record", "stock", file.path, "--workspace", folder.path])
        #expect(again.output.contains("完全相同"))

        let shown = Repository.run(["stock", "--workspace", folder.path])
        #expect(shown.exitCode == 0 && shown.output.contains("供应天数") && shown.output.contains("悬浮红细胞"))
        let csv = Repository.run(["stock", "--format", "csv", "--workspace", folder.path])
        #expect(csv.output.hasPrefix("\u{FEFF}成分,血型,库存,预计日发血,季节系数,供应天数,供应天数 · 级别"))
        let page = Repository.run(["stock", "--format", "html", "--lang", "en", "--workspace", folder.path])
        #expect(page.output.contains("<svg") && page.output.contains("Days of supply"))

        let plan = Repository.run([
            "plan", "winter", "--from", "2026-12-01", "--to", "2026-12-31", "--workspace", folder.path,
        ])
        #expect(plan.exitCode == 0, "\(plan.errorOutput)")
        #expect(plan.output.contains("库存触发保供计划") && plan.output.contains("短缺血型加权"))
        let normal = Repository.run([
            "plan", "usual", "--from", "2026-12-01", "--to", "2026-12-31", "--ignore-stock", "--workspace",
            folder.path,
        ])
        #expect(normal.exitCode == 0 && !normal.output.contains("库存触发"))
        let brief = Repository.run(["stock", "--brief", "--workspace", folder.path])
        #expect(brief.output.contains("保供计划每周安排 · winter") && brief.output.contains("尚未导入献血者血型"))
    }

    @Test func levelsOutOfOrderInStockJSONAreAnError() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let settings = folder.appendingPathComponent("workspace.json")
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: settings)) as? [String: Any])
        object["stock"] = [
            "levels": [
                [
                    "id": "red", "name": "红", "englishName": "Red", "days": ["red-cells": 2],
                    "consecutiveDays": 1, "surplusWeight": 1, "groupWeight": 1, "shortageCampaigns": true,
                ],
                [
                    "id": "yellow", "name": "黄", "englishName": "Yellow", "days": ["red-cells": 5],
                    "consecutiveDays": 1, "surplusWeight": 0.5, "groupWeight": 0.5, "shortageCampaigns": false,
                ],
            ]
        ]
        try JSONSerialization.data(withJSONObject: object).write(to: settings)
        let checked = Repository.run(["check", "--workspace", folder.path])
        #expect(checked.exitCode == 1)
        #expect(checked.output.contains("workspace.json:stock.levels[1].days.red-cells"), "\(checked.output)")
    }

    /// Groups come in with the export; recall and pools filter by them; without them, recall says how to map them.
    @Test func recallByGroupNeedsImportedGroups() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let environment = [
            "OUTREACH_SECRET_FILE": folder.deletingLastPathComponent().appendingPathComponent("secret.key").path
        ]
        let export = folder.deletingLastPathComponent().appendingPathComponent("bmis.csv")
        var generator = ExportGenerator(
            workspace: try WorkspaceLoader.load(
                WorkspacePaths(
                    workspace: folder, templates: Repository.source.appendingPathComponent("Templates"),
                    workspaceDisplay: "maoming", templatesDisplay: "Templates")
            ).workspace, from: Repository.today.adding(days: -200), to: Repository.today.adding(days: -30), seed: 5)
        generator.badShare = 0
        _ = try generator.write(rows: 600, to: export)
        // Without the group columns first.
        let lines = try String(contentsOf: export, encoding: .utf8).split(separator: "\r\n")
        let stripped = lines.map {
            $0.split(separator: ",", omittingEmptySubsequences: false).dropLast(2).joined(separator: ",")
        }
        let bare = folder.deletingLastPathComponent().appendingPathComponent("bare.csv")
        try Data((stripped.joined(separator: "\r\n") + "\r\n").utf8).write(to: bare)
        let imported = Repository.run(
            ["import", "records", bare.path, "--replace", "--workspace", folder.path], environment: environment)
        #expect(imported.exitCode == 0, "\(imported.errorOutput)")
        let window = ["--from", "2026-01-01", "--to", "2027-12-31", "--workspace", folder.path]
        let none = Repository.run(["recall", "--group", "O+"] + window)
        #expect(none.exitCode == 1 && none.errorOutput.contains("abo"))

        let grouped = Repository.run(
            ["import", "records", export.path, "--replace", "--workspace", folder.path], environment: environment)
        #expect(grouped.exitCode == 0, "\(grouped.errorOutput)")
        let donors = try String(contentsOf: folder.appendingPathComponent("records/donors.csv"), encoding: .utf8)
        #expect(donors.contains(",O+\r\n") && donors.contains(",A+\r\n"))
        let list = folder.deletingLastPathComponent().appendingPathComponent("o.csv")
        let recall = Repository.run(["recall", "--group", "O+", "--top", "5", "--output", list.path] + window)
        #expect(recall.exitCode == 0 && recall.output.contains("O+ 全血"), "\(recall.errorOutput)")
        let rows = try String(contentsOf: list, encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(rows.count == 6)
        let bad = Repository.run(["recall", "--group", "C+"] + window)
        #expect(bad.exitCode == 64 && bad.errorOutput.contains("A型RhD阳性"))
        let pools = Repository.run(["pools", "--group", "AB-", "--format", "csv", "--workspace", folder.path])
        #expect(pools.exitCode == 0)
    }
}
