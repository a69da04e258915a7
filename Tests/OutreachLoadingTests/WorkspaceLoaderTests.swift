import Foundation
import OutreachModel
import Testing

@testable import OutreachLoading

@Suite struct WorkspaceLoaderTests {
    @Test func theValidFixtureLoadsWithoutProblems() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        let loaded = try workspace.load()
        #expect(loaded.allProblems(today: FixtureWorkspace.today) == [])
        #expect(loaded.workspace.regions.count == 4)
        #expect(loaded.workspace.venues[1].name == "献血屋, 一号")
        #expect(loaded.workspace.venues[0].schedule == .market(digits: [1, 4, 7], lunar: false))
        #expect(loaded.workspace.templates.count == 9)
        #expect(loaded.workspace.calendar.holidays.covers(year: 2026))
    }

    @Test(arguments: ["encodings/gb18030", "encodings/bom"])
    func readsRegionsSavedByChineseExcel(overlay: String) throws {
        let workspace = try FixtureWorkspace(overlay: overlay)
        defer { workspace.remove() }
        let loaded = try workspace.load()
        #expect(loaded.allProblems(today: FixtureWorkspace.today) == [])
        #expect(loaded.workspace.regions.map(\.name) == ["茂名市", "茂南区", "金塘镇", "电白区"])
    }

    @Test func cityOverridesReplaceTemplateDefaults() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try Data(#"{"version": 1, "name": "测试", "templateOverrides": {"school": {"turnoutShareOfReach": 0.05}}}"#.utf8)
            .write(to: workspace.file("workspace.json"))
        let templates = try workspace.load().workspace.templates
        #expect(templates.first { $0.id == "school" }?.turnoutShareOfReach == 0.05)
        #expect(templates.first { $0.id == "government" }?.turnoutShareOfReach == 0.08)
    }

    @Test(arguments: ["maoming", "shiyan", "tongliao"])
    func everyBundledWorkspaceLoadsWithoutErrors(name: String) throws {
        let root = FixtureWorkspace.repository
        let paths = WorkspacePaths(
            workspace: root.appendingPathComponent("Regions/\(name)"),
            templates: root.appendingPathComponent("Templates"),
            workspaceDisplay: "Regions/\(name)", templatesDisplay: "Templates")
        let loaded = try WorkspaceLoader.load(paths)
        let errors = loaded.allProblems(today: FixtureWorkspace.today).filter { $0.severity == .error }
        #expect(errors == [])
        #expect(!loaded.workspace.regions.isEmpty && !loaded.workspace.venues.isEmpty)
    }

    @Test(arguments: [
        ("Regions/maoming", "Regions"), ("Regions", ""), ("", ".."), ("..", "../.."), ("../x", ".."),
        ("/srv/ws", "/srv"),
        ("/srv", "/"),
    ])
    func messagesNameTheFolderAboveADisplayedPath(display: String, parent: String) {
        #expect(WorkspacePaths.parent(ofDisplay: display) == parent)
    }

    @Test func theDefaultWorkspaceAndTemplatesAreFoundFromTheRepository() {
        let root = FixtureWorkspace.repository
        let paths = WorkspacePaths.resolve(workspace: nil, templates: nil, environment: [:], currentDirectory: root)
        #expect(paths.workspaceDisplay == "Regions/maoming")
        #expect(
            paths.templates.standardizedFileURL.path
                == root.appendingPathComponent("Templates").standardizedFileURL.path)
        let fromEnvironment = WorkspacePaths.resolve(
            workspace: nil, templates: nil, environment: ["OUTREACH_WORKSPACE": "Regions/shiyan"],
            currentDirectory: root)
        #expect(fromEnvironment.workspaceDisplay == "Regions/shiyan")
        #expect(
            fromEnvironment.templatesDisplay == "Regions/../Templates"
                || fromEnvironment.templatesDisplay == "Templates")
    }
}

/// The shipped calendar files must agree with each other and with known facts.
@Suite struct ShippedCalendarTests {
    static let loaded: LoadedWorkspace? = try? FixtureWorkspace().load()

    @Test func officialScheduleKnowsHolidaysAndMakeUpDays() throws {
        let holidays = try #require(Self.loaded).workspace.calendar.holidays
        #expect(holidays.isWorkday(CivilDate("2026-01-04")!))  // Sunday worked after New Year
        #expect(!holidays.isWorkday(CivilDate("2026-10-01")!))  // National Day
        #expect(holidays.covers(year: 2024) && holidays.covers(year: 2026))
    }

    @Test func everySpringFestivalStartsALunarMonth() throws {
        let calendar = try #require(Self.loaded).workspace.calendar
        #expect(calendar.holidays.springFestival.count == 18)
        for (year, date) in calendar.holidays.springFestival where year >= 2020 && year <= 2035 {
            #expect(calendar.lunar.lunarDay(of: date) == 1, "Spring Festival \(year) on \(date)")
            #expect(calendar.lunar.lunarDay(of: date.adding(days: -1)) ?? 29 >= 29)
        }
    }

    @Test func worldBloodDonorDayIsAnObservance() throws {
        let observances = try #require(Self.loaded).workspace.calendar.observances
        #expect(observances.contains { $0.id == "world-blood-donor-day" && $0.month == 6 && $0.day == 14 })
    }

    @Test func donationRulesFollowGB18467() throws {
        let rules = try #require(Self.loaded?.workspace.donationRules)
        let day = CivilDate("2026-03-01")!
        #expect(rules.nextEligibleDay(after: day, from: .wholeBlood, to: .wholeBlood) == CivilDate("2026-09-01"))
        #expect(rules.nextEligibleDay(after: day, from: .platelets, to: .platelets) == CivilDate("2026-03-15"))
        #expect(rules.nextEligibleDay(after: day, from: .platelets, to: .wholeBlood) == CivilDate("2026-03-29"))
        #expect(rules.nextEligibleDay(after: day, from: .wholeBlood, to: .platelets) == CivilDate("2026-06-01"))
        #expect(rules.maximumPlateletDonationsPerYear == 24 && rules.units(forMillilitres: 300) == 1.5)
    }
}
