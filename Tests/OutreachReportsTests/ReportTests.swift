import OutreachModel
import Testing

@testable import OutreachReports

@Suite struct ReportTests {
    static let workspace: Workspace = {
        func d(_ text: String) -> CivilDate { CivilDate(text)! }
        let regions = [
            Region(
                code: "440900", name: "茂名市", englishName: "Maoming City", kind: .city,
                population: Population(count: 6_174_050)),
            Region(
                code: "440902", name: "茂南区", englishName: "Maonan District", kind: .district, parentCode: "440900",
                population: Population(count: 1_035_411)),
            Region(
                code: "440902001", name: "红旗街道", englishName: "Hongqi Subdistrict", kind: .subdistrict,
                parentCode: "440902",
                population: Population(count: 62_100)),
            Region(
                code: "440902100", name: "金塘镇", englishName: "Jintang Town", kind: .town, parentCode: "440902",
                population: Population(count: 61_800)),
            Region(code: "440904", name: "电白区", englishName: "Dianbai District", kind: .district, parentCode: "440900"),
        ]
        let leaders = [
            Leader(id: "L01", name: "区域领导甲", role: .branchCommitteeMember, branch: "支部|一"),
            Leader(id: "L02", name: "区域领导乙", role: .partyMember),
        ]
        let assignments = [
            Assignment(regionCode: "440902", leaderID: "L01", period: Period(start: d("2021-01-01"))),
            Assignment(regionCode: "440902100", leaderID: "L02", period: Period(start: d("2022-01-01"))),
        ]
        let venues = [
            Venue(
                id: "V1", name: "金塘镇圩场", kind: .market, regionCode: "440902100", reach: 1, capacityPerDay: 1,
                schedule: .daily)
        ]
        return Workspace(
            settings: WorkspaceSettings(name: "茂名市中心血站", englishName: "Maoming Central Blood Station"),
            regions: regions, leaders: leaders, assignments: assignments, venues: venues)
    }()
    static let date = CivilDate(year: 2026, month: 11, day: 24)!

    @Test(arguments: [
        (Language.zh, OutputFormat.text, "regions.zh.txt"), (.en, .text, "regions.en.txt"), (.zh, .md, "regions.zh.md"),
        (.zh, .csv, "regions.zh.csv"), (.zh, .json, "regions.json"),
    ])
    func regionTreeRendersInEveryFormat(language: Language, format: OutputFormat, snapshot: String) {
        let table = RegionTreeView(workspace: Self.workspace, on: Self.date).table(language.strings)
        assertSnapshot(TableRenderer.render(table, as: format), named: snapshot)
    }

    @Test func regionTreeCanStartBelowTheCityAndStopAtADepth() {
        let tree = RegionTreeView(
            workspace: Self.workspace, on: Self.date, root: Self.workspace.regions[1], maximumDepth: 1)
        #expect(tree.rows.map(\.region.code) == ["440902"])
        let deeper = RegionTreeView(workspace: Self.workspace, on: Self.date, maximumDepth: 2)
        #expect(deeper.rows.map(\.region.code) == ["440900", "440902", "440904"])
    }

    @Test(arguments: [
        (Language.zh, OutputFormat.text, "leaders.zh.txt"), (.en, .md, "leaders.en.md"), (.en, .json, "leaders.json"),
    ])
    func leaderLoadsRender(language: Language, format: OutputFormat, snapshot: String) {
        let table = LeaderLoadView(workspace: Self.workspace, on: Self.date).table(language.strings)
        assertSnapshot(TableRenderer.render(table, as: format), named: snapshot)
    }

    static let problems = [
        Problem(
            .warning, .regionWithoutLeader(code: "440904", name: "电白区", englishName: "Dianbai District", on: date),
            location: SourceLocation(file: "Regions/maoming/regions.csv", line: 5)),
        Problem(
            .error, .unknownReference(.region, "440999", suggestion: "440900"),
            location: SourceLocation(file: "Regions/maoming/venues.csv", line: 12, column: 4)),
        Problem(
            .error, .jsonWrongType(expected: "string"),
            location: SourceLocation(file: "Templates/channels.json", keyPath: "channels[2].name")),
    ]

    @Test func problemsPrintLikeACompilerErrorsFirst() {
        assertSnapshot(ProblemReport.text(Self.problems, EnglishCatalog()), named: "check.en.txt")
        assertSnapshot(ProblemReport.text(Self.problems, ChineseCatalog()), named: "check.zh.txt")
        assertSnapshot(ProblemReport.json(Self.problems, EnglishCatalog()), named: "check.json")
        #expect(ProblemReport.text([], EnglishCatalog()) == "No problems found.\n")
    }

    @Test func markdownEscapesPipesAndJSONEscapesControlCharacters() {
        let table = Table(columns: [.init(key: "k", title: "a|b")], rows: [[.text("x|y\nz")], [.text("q\"\u{1}")]])
        #expect(TableRenderer.markdown(table) == "| a\\|b |\n| --- |\n| x\\|y<br>z |\n| q\"\u{1} |\n")
        #expect(TableRenderer.json(table) == "[\n  {\"k\": \"x|y\\nz\"},\n  {\"k\": \"q\\\"\\u0001\"}\n]\n")
    }

    @Test func bothCataloguesSpellEveryPhrase() {
        for phrase in Phrase.allCases {
            #expect(!ChineseCatalog().text(phrase).isEmpty)
            #expect(!EnglishCatalog().text(phrase).isEmpty)
            #expect(ChineseCatalog().text(phrase) != EnglishCatalog().text(phrase) || phrase == .notAvailable)
        }
    }

    @Test func numbersUseFixedGrouping() {
        #expect(Table.grouped(6_174_050) == "6,174,050")
        #expect(Table.grouped(-1234) == "-1,234")
        #expect(Table.grouped(999) == "999")
    }
}
