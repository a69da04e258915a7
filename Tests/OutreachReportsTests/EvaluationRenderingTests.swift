import OutreachEvaluation
import OutreachModel
import Testing

@testable import OutreachReports

/// Golden files of the meeting pack for a two-district city with one open action; re-record as README › Development.
@Suite struct EvaluationRenderingTests {
    static func pack() -> EvaluationPack {
        let regions = [
            Region(
                code: "100000", name: "样例市", englishName: "Sample City", kind: .city,
                population: Population(count: 1_000_000)),
            Region(
                code: "100001", name: "东区", englishName: "East", kind: .district, parentCode: "100000",
                population: Population(count: 600_000)),
            Region(
                code: "100002", name: "西区", englishName: "West", kind: .district, parentCode: "100000",
                population: Population(count: 400_000)),
        ]
        let channels = [Channel(code: "school-talk", name: "校园宣讲", englishName: "School talk", venueKinds: [.college])]
        let workspace = Workspace(
            settings: WorkspaceSettings(name: "样例血站", englishName: "Sample Station", cityCode: "100000"),
            regions: regions, leaders: [Leader(id: "L01", name: "区域领导甲", role: .partyMember)],
            assignments: [
                Assignment(regionCode: "100001", leaderID: "L01", period: Period(start: CivilDate("2025-01-01")!))
            ],
            channels: channels,
            targets: [
                TargetRow(regionCode: "100001", span: .year(2026), units: 2_400),
                TargetRow(regionCode: "100002", span: .year(2026), units: 1_200),
            ],
            evaluation: EvaluationSettings(lights: ["monthAttainment": LightRule(green: 100, amber: 90)]))
        var donations: [DonationRecord] = []
        var promotion: [PromotionRecord] = []
        for offset in 0..<15 {
            let month = YearMonth(year: 2025, month: 1)!.adding(months: offset)
            donations.append(
                DonationRecord(
                    month: month, regionCode: "100001", venueKind: .college, visits: 100 + offset,
                    units: 160 + Double(offset)))
            donations.append(
                DonationRecord(
                    month: month, regionCode: "100002", venueKind: .fixedSite, visits: 50, units: 80, deferred: 5))
            promotion.append(PromotionRecord(month: month, regionCode: "100001", channel: "school-talk", events: 10))
        }
        let history = RecordHistory(
            tree: workspace.tree, channels: channels, promotion: promotion, donations: donations)
        let action = Action(
            id: "A001", regionCode: "100002", text: "加开团体献血 | 周末", owner: "L01", opened: CivilDate("2026-02-05")!,
            baseline: YearMonth("2026-01")!, due: YearMonth("2026-02")!, indicator: .monthAttainment)
        let evaluation = Evaluator(workspace: workspace, history: history, actions: [action]).evaluate(
            YearMonth("2026-03")!)
        return EvaluationPack(evaluation: evaluation, workspace: workspace, isSynthetic: false)
    }

    @Test(arguments: [Language.zh, .en])
    func packMatchesGoldenFiles(language: Language) {
        let pack = Self.pack()
        let strings = language.strings
        assertSnapshot(pack.markdown(strings), named: "evaluation.\(language.rawValue).md")
        assertSnapshot(pack.html(strings), named: "evaluation.\(language.rawValue).html")
        assertSnapshot(
            TableRenderer.csv(pack.indicatorsTable(strings)), named: "evaluation-indicators.\(language.rawValue).csv")
        assertSnapshot(
            TableRenderer.csv(pack.actionsTable(strings)), named: "evaluation-actions.\(language.rawValue).csv")
    }

    @Test func packShowsTheOverdueActionWithItsIndicatorBeforeAndNow() throws {
        let progress = try #require(Self.pack().evaluation.actions.first)
        #expect(progress.isOverdue)
        // West: 80 U of 100 U in January and in March.
        #expect(progress.before == 80 && progress.now == 80)
        #expect(Self.pack().evaluation.findings.contains { $0.code == "action-not-moving" })
    }

    @Test(
        arguments: [(1.0, [0, 0.5, 1]), (87.0, [0, 20, 40, 60, 80, 100]), (1234.0, [0, 500, 1000, 1500])]
            as [(Double, [Double])])
    func niceTicks(maximum: Double, ticks: [Double]) {
        #expect(NiceScale(maximum: maximum, count: maximum == 1 ? 3 : 5).ticks == ticks)
    }

    @Test func escapingPerFormat() {
        #expect(HTMLPage.escape("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
        #expect(TableRenderer.escapeMarkdown("a | b") == "a \\| b")
    }
}
