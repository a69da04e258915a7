import Foundation
import OutreachModel
import OutreachReports
import Testing

@testable import OutreachLoading

/// Each broken fixture changes one file of a valid workspace; `outreach check` must name the file, the line and
/// column (or key path), what was wrong and how to fix it.
@Suite struct BrokenFixtureTests {
    static let cases: [(fixture: String, expected: [String])] = [
        ("unknown-venue-region", ["WS/venues.csv:4:4: error: unknown region '440999'; did you mean '440900'?"]),
        (
            "duplicate-region-code",
            [
                "WS/regions.csv:6:1: error: duplicate region '440902100'; each region may appear once, remove or renumber it"
            ]
        ),
        (
            "unterminated-quote",
            [
                "WS/leaders.csv:2:2: error: unterminated quote: the quoted field starting here never closes; add the closing \" or remove the stray one"
            ]
        ),
        (
            "missing-column",
            [
                "WS/assignments.csv:1:3: warning: unknown column 'start' is ignored",
                "WS/assignments.csv:1: error: the header lacks the required column 'from'; add it to the first row",
            ]
        ),
        (
            "impossible-date",
            [
                "WS/assignments.csv:3:3: error: invalid 'from' value '2026-02-30': expected a date YYYY-MM-DD (e.g. 2026-07-01)"
            ]
        ),
        (
            "bad-integer",
            [
                "WS/venues.csv:2:5: error: invalid 'reach' value '很多': expected a whole number, 0 or more"
            ]
        ),
        (
            "bad-schedule",
            [
                "WS/venues.csv:2:7: error: invalid 'schedule' value 'sometimes': expected a schedule rule (use daily, workdays, rest-days, weekdays:mon-fri, market:1,4,7, 逢一四七, lunar-market:3,6,9, term:<calendar id> or hours:mon-fri 08:00-17:30)"
            ]
        ),
        (
            "unknown-kind",
            [
                "WS/regions.csv:4:4: error: invalid 'kind' value 'village': expected one of city, district, county-level-city, county, banner, town, township, subdistrict, sumu, other-unit, 市, 地级市, 区, 市辖区, 县级市, 县, 旗, 镇, 乡, 街道, 苏木, 其他"
            ]
        ),
        (
            "json-syntax",
            ["WS/calendar.json:3:25: error: JSON syntax error; check commas, quotes and brackets near here"]
        ),
        ("json-wrong-type", ["WS/workspace.json:name: error: wrong type: expected string here"]),
        (
            "json-nested-wrong-type",
            ["WS/calendar.json:terms.colleges[0].from: error: wrong type: expected string here"]
        ),
        (
            "json-bad-date",
            [
                "WS/calendar.json:terms.colleges[0].from: error: invalid 'terms.colleges[0].from' value '2026-09-31': expected a date YYYY-MM-DD (e.g. 2026-07-01)"
            ]
        ),
        ("missing-version", ["WS/calendar.json:version: error: missing required key 'version'; add it"]),
        (
            "unsupported-version",
            [
                "WS/calendar.json:version: error: unsupported version 2: this release reads 1; set \"version\" to 1"
            ]
        ),
        (
            "overlapping-assignments",
            [
                "WS/assignments.csv:3:3: error: this assignment of region '440902' overlaps that of 'L01' (2021-01-01 to 2023-06-30); a region has one leader a day"
            ]
        ),
        (
            "unknown-leader",
            [
                "WS/assignments.csv:2:2: error: unknown leader 'L03'; did you mean 'L01'?",
                "WS/leaders.csv:2:1: warning: leader '区域领导甲' has never held a region",
                "WS/leaders.csv:3:1: warning: leader '区域领导乙' has never held a region",
                "WS/regions.csv:5: warning: Dianbai District (440904) has no accountable leader on 2026-11-24 (neither it nor a parent is assigned); use outreach assign",
            ]
        ),
        (
            "unknown-term-calendar",
            ["WS/venues.csv:4:7: error: unknown term calendar 'college'; did you mean 'colleges'?"]
        ),
        (
            "unknown-template-override",
            [
                "WS/workspace.json:templateOverrides.schol: error: unknown campaign template 'schol'; did you mean 'school'?"
            ]
        ),
        (
            "township-without-leader",
            [
                "WS/leaders.csv:3:1: warning: leader '区域领导乙' has never held a region",
                "WS/regions.csv:5: warning: Dianbai District (440904) has no accountable leader on 2026-11-24 (neither it nor a parent is assigned); use outreach assign",
            ]
        ),
        ("empty-required-field", ["WS/leaders.csv:2:2: error: 'name' must not be empty; fill it in"]),
        ("missing-file", ["WS/leaders.csv: error: file not found; create it in the format the README describes"]),
        (
            "undecodable-bytes",
            [
                "WS/regions.csv:3: error: this line has bytes that are neither UTF-8 nor GB18030; save the file from Excel/WPS as 'CSV UTF-8'"
            ]
        ),
    ]

    @Test(arguments: cases)
    func namesFileLineAndFix(fixture: String, expected: [String]) throws {
        let workspace = try FixtureWorkspace(overlay: "broken/\(fixture)")
        defer { workspace.remove() }
        let problems = try workspace.load().allProblems(today: FixtureWorkspace.today)
        let lines = problems.map { ProblemReport.line($0, EnglishCatalog()) }
        // Errors that stop a file from loading also leave dangling references elsewhere; only the named file's
        // problems are the fixture's point, plus anything expected explicitly.
        let relevant = lines.filter { line in
            expected.contains(line) || line.contains(": error: ") && !isConsequence(line, of: fixture)
        }
        #expect(relevant.sorted() == expected.sorted())
        #expect(problems.contains { $0.severity == .error } == expected.contains { $0.contains(": error: ") })
    }

    /// Secondary errors caused by a file that could not be read at all (e.g. leaders.csv missing makes every
    /// assignment's leader unknown) are expected and not this fixture's subject.
    private func isConsequence(_ line: String, of fixture: String) -> Bool {
        switch fixture {
        case "missing-file", "unterminated-quote", "empty-required-field": return line.contains("unknown leader")
        case "json-syntax", "json-nested-wrong-type", "missing-version", "unsupported-version":
            return line.contains("unknown term calendar")
        case "undecodable-bytes", "unknown-kind": return line.contains("unknown region")
        default: return false
        }
    }

    @Test func aCampaignTemplateNamingAnUnknownChannelPointsAtItsKeyPath() throws {
        let workspace = try FixtureWorkspace(templatesOverlay: "templates-broken/unknown-channel")
        defer { workspace.remove() }
        let lines = try workspace.load().allProblems(today: FixtureWorkspace.today).map {
            ProblemReport.line($0, EnglishCatalog())
        }
        #expect(
            lines == [
                "Templates/campaigns/school.json:promotion[0].channel: error: unknown promotion channel 'school-tlak'; did you mean 'school-talk'?"
            ])
    }

    @Test func messagesComeInChineseByDefault() throws {
        let workspace = try FixtureWorkspace(overlay: "broken/unknown-venue-region")
        defer { workspace.remove() }
        let problems = try workspace.load().allProblems(today: FixtureWorkspace.today)
        #expect(
            problems.map { ProblemReport.line($0, ChineseCatalog()) } == [
                "WS/venues.csv:4:4: 错误: 未知区域 '440999';是否想输入 '440900'?"
            ])
    }

    @Test func aMissingWorkspaceFolderIsReportedNotCrashed() {
        let paths = WorkspacePaths(
            workspace: URL(fileURLWithPath: "/nonexistent/outreach"), templates: FixtureWorkspace.repository,
            workspaceDisplay: "nowhere", templatesDisplay: "Templates")
        #expect(throws: WorkspaceNotFound(path: "nowhere")) { try WorkspaceLoader.load(paths) }
    }
}
