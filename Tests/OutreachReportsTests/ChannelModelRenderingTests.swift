import Foundation
import OutreachEvaluation
import OutreachModel
import Testing

@testable import OutreachReports

/// The model and suggestion reports: golden files for a small simulated city, and the wording of each kind of
/// move; re-record as README › Development.
@Suite struct ChannelModelRenderingTests {
    static let channels = [
        Channel(code: "township-talk", name: "乡镇科普讲座", englishName: "Township science talk", staffDaysPerEvent: 2),
        Channel(code: "sms", name: "短信", englishName: "SMS", staffDaysPerEvent: 0.2),
        Channel(code: "wechat-post", name: "微信推文", englishName: "WeChat post", staffDaysPerEvent: 0.5),
    ]

    static func reports() throws -> (ChannelModelReport, SuggestionReport, Workspace) {
        let scenario = ModelScenario(
            regionCount: 6, channels: channels, months: 36, noise: 0.05, collinear: false, seed: 5,
            profile: Array(repeating: 1, count: 12), springFestival: [:])
        let workspace = Workspace(
            settings: WorkspaceSettings(name: "样例市", englishName: "Sample City"), regions: scenario.regions,
            channels: channels)
        let settings = ModelSettings(bootstrapReplicates: 20, validationMonths: 3)
        let analysis = ChannelModeler.analyse(scenario.panel, settings: settings)
        let advisor = try ChannelAdvisor(
            analysis: analysis, budget: .events, staffDays: channels.map(\.staffDaysPerEvent))
        return (
            ChannelModelReport(analysis: analysis, workspace: workspace),
            SuggestionReport(suggestions: advisor.suggest(), settings: settings, workspace: workspace), workspace
        )
    }

    @Test(arguments: [Language.zh, .en])
    func reportsMatchGoldenFiles(language: Language) throws {
        let (model, suggestions, _) = try Self.reports()
        let strings = language.strings
        let month = YearMonth(year: 2026, month: 10)!
        assertSnapshot(model.render(strings, as: .md, month: month), named: "model.\(language.rawValue).md")
        assertSnapshot(
            suggestions.render(strings, as: .md, title: "suggest"), named: "suggest.\(language.rawValue).md")
        assertSnapshot(suggestions.render(strings, as: .csv, title: ""), named: "suggest.\(language.rawValue).csv")
    }

    @Test func withoutAFitTheReportSaysWhatIsMissingAndShowsNoTable() throws {
        let (fitted, _, workspace) = try Self.reports()
        let short = ChannelModeler.analyse(fitted.analysis.panel, settings: ModelSettings(minimumMonths: 60))
        let report = ChannelModelReport(analysis: short, workspace: workspace)
        let text = report.render(ChineseCatalog(), as: .text, month: YearMonth(year: 2026, month: 10)!)
        #expect(text.contains("只有 36 个月的宣传和采血数据,至少需要 60 个月"))
        #expect(!text.contains("可靠性"))
        let json = report.render(EnglishCatalog(), as: .json, month: YearMonth(year: 2026, month: 10)!)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "too-few-months")
        #expect((object["channels"] as? [Any])?.isEmpty == true)
    }

    @Test func modelJSONCarriesStatusValidationAndChannels() throws {
        let (model, _, _) = try Self.reports()
        let json = model.render(EnglishCatalog(), as: .json, month: YearMonth(year: 2026, month: 10)!)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "fitted")
        #expect((object["validation"] as? [String: Any])?["months"] as? Int == 3)
        #expect((object["channels"] as? [[String: Any]])?.map { $0["code"] as? String } == Self.channels.map(\.code))
    }

    @Test(arguments: [
        (
            Suggestion.Side(regionCode: "900000", channel: "sms", events: 3),
            Suggestion.Side(regionCode: "901000", channel: "sms", events: 3),
            "将 3 次短信从区0调到区1", "Move 3 SMS from 区0 to 区1"
        ),
        (
            Suggestion.Side(regionCode: "900000", channel: "township-talk", events: 2),
            Suggestion.Side(regionCode: "900000", channel: "wechat-post", events: 2),
            "区0:少做 2 次乡镇科普讲座,多做 2 次微信推文",
            "区0: 2 fewer township science talks, 2 more WeChat posts"
        ),
        (
            Suggestion.Side(regionCode: "900000", channel: "township-talk", events: 1),
            Suggestion.Side(regionCode: "901000", channel: "sms", events: 1),
            "区0少做 1 次乡镇科普讲座,区1多做 1 次短信",
            "1 fewer township science talk in 区0, 1 more SMS in 区1"
        ),
    ])
    func movesReadAsPeopleSayThem(from: Suggestion.Side, to: Suggestion.Side, chinese: String, english: String) throws {
        let (_, _, workspace) = try Self.reports()
        let estimate = ChannelAnalysis.Estimate(value: 85, low: 40, high: 130)
        let move = Suggestion(number: 1, from: from, to: to, gain: estimate, marginalTo: nil, marginalFrom: nil)
        #expect(SuggestionReport.text(move, workspace: workspace, ChineseCatalog()) == chinese)
        #expect(SuggestionReport.text(move, workspace: workspace, EnglishCatalog()) == english)
        #expect(ChineseCatalog().model(.gain(estimate)) == "+85(40–130)")
    }

    /// A loss that rounds to zero is never printed as "−0.0".
    @Test(arguments: [(0.04, "0.0"), (-0.04, "0.0"), (1.46, "−1.5"), (1234.5, "−1,234.5")])
    func lossesHaveNoNegativeZero(value: Double, text: String) {
        #expect(ChineseCatalog().loss(value) == text)
    }
}
