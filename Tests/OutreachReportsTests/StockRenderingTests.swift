import OutreachEvaluation
import OutreachModel
import Testing

@testable import OutreachReports

/// The stock page and the shortage brief on a small hand-made stock, so the golden files change only when
/// rendering does.
@Suite struct StockRenderingTests {
    static let start = CivilDate(year: 2026, month: 11, day: 1)!
    static let settings = StockSettings(
        trailingDays: 4, projectionDays: 3,
        levels: [
            StockLevel(
                id: "yellow", name: "黄色预警", englishName: "Yellow alert", days: ["red-cells": 5, "platelets": 1.5],
                consecutiveDays: 2, surplusWeight: 0.5, groupWeight: 0.5, shortageCampaigns: false),
            StockLevel(
                id: "red", name: "红色预警", englishName: "Red alert", days: ["red-cells": 2, "platelets": 0.5],
                consecutiveDays: 1, surplusWeight: 1, groupWeight: 1.5, shortageCampaigns: true),
        ], groupMix: ["O+": 0.6, "A+": 0.4])

    /// O+ red cells falling to 4.0 days (yellow), A+ red cells steady at 10, A+ platelets at 0.4 (red).
    static let report: StockReport = {
        var records: [StockRecord] = []
        for day in 0..<6 {
            let date = start.adding(days: day)
            records.append(
                StockRecord(
                    date: date, group: BloodGroup("O+")!, component: .redCells, inStock: 80 - 8 * day, issued: 10))
            records.append(
                StockRecord(date: date, group: BloodGroup("A+")!, component: .redCells, inStock: 50, issued: 5))
            records.append(
                StockRecord(
                    date: date, group: BloodGroup("A+")!, component: .platelets, inStock: day < 5 ? 4 : 2, issued: 5))
        }
        var workspace = SamplePlan.workspace
        workspace.stock = settings
        return StockOutlook.report(records: records, at: start.adding(days: 5), workspace: workspace, plans: [])
    }()

    @Test(arguments: [(Language.zh, "zh"), (.en, "en")])
    func stockReportMatchesGoldenFiles(language: Language, suffix: String) {
        let strings = language.strings
        assertSnapshot(Self.report.render(strings, as: .text), named: "stock.\(suffix).txt")
        assertSnapshot(Self.report.html(strings), named: "stock.\(suffix).html")
    }

    @Test func briefMatchesItsGoldenFile() {
        let brief = ShortageBrief(
            report: Self.report, plans: [], recall: [(group: "A+", type: "单采血小板", donors: 120, expected: 18)])
        assertSnapshot(brief.text(ChineseCatalog(), markdown: true), named: "stock-brief.zh.md")
        assertSnapshot(brief.html(ChineseCatalog()), named: "stock-brief.zh.html")
    }

    @Test func theOverallLineNamesTheStrictestLevelsSeries() {
        #expect(Self.report.overallLine(ChineseCatalog()) == "当前最高级别:红色预警(A+ 单采血小板 0.4 天)。")
        let levels = Self.report.status.series.map { ($0.series.group.description, $0.level) }
        #expect(levels.map(\.0) == ["O+", "A+", "A+"] && levels.map(\.1) == [0, nil, 1])
    }
}
