import Foundation
import OutreachModel
import OutreachPlanning
import Testing

@testable import OutreachLoading

/// The bundled calendar data give every statutory holiday of 2027–2035, before any official schedule is
/// published, and the planner offers no drive on them.
@Suite struct StatutoryHolidayTests {
    static let years = Array(2027...2035)

    static func workspace() throws -> Workspace {
        let fixture = try FixtureWorkspace()
        return try WorkspaceLoader.load(fixture.paths).workspace
    }

    @Test(arguments: years)
    func thirteenStatutoryDaysEveryYear(year: Int) throws {
        let holidays = try Self.workspace().calendar.holidays
        let days = holidays.statutory.filter { $0.key.year == year }
        let spring = try #require(holidays.springFestival[year])
        var expected: [CivilDate: StatutoryHoliday] = [
            CivilDate(year: year, month: 1, day: 1)!: .newYear,
            CivilDate(year: year, month: 5, day: 1)!: .labourDay, CivilDate(year: year, month: 5, day: 2)!: .labourDay,
            CivilDate(year: year, month: 10, day: 1)!: .nationalDay,
            CivilDate(year: year, month: 10, day: 2)!: .nationalDay,
            CivilDate(year: year, month: 10, day: 3)!: .nationalDay,
        ]
        for offset in -1...2 { expected[spring.adding(days: offset)] = .springFestival }
        for (date, holiday) in expected { #expect(days[date] == holiday, "\(date)") }
        #expect(days.values.filter { $0 == .qingming }.count == 1)
        #expect(days.values.filter { $0 == .dragonBoat }.count == 1)
        // 中秋 can fall on 1–3 October (2028, 2031): the day is closed either way and keeps the 国庆 name.
        let midAutumn = days.values.filter { $0 == .midAutumn }.count
        #expect(midAutumn == 1 || (midAutumn == 0 && [2028, 2031].contains(year)))
        // 国庆 and 中秋 can fall on the same day (2031-10-01), so a year has 12 or 13 distinct days.
        #expect((12...13).contains(days.count))
        for (date, _) in days { #expect(!holidays.isWorkday(date), "\(date) is a day off") }
    }

    /// Lunar and solar-term dates checked against published calendars.
    @Test(arguments: [
        ("2027-02-05", StatutoryHoliday.springFestival), ("2027-02-08", .springFestival), ("2027-04-05", .qingming),
        ("2027-06-09", .dragonBoat), ("2027-09-15", .midAutumn), ("2028-05-28", .dragonBoat),
        ("2028-10-03", .midAutumn), ("2031-06-24", .dragonBoat), ("2033-09-08", .midAutumn),
        ("2035-02-07", .springFestival),
    ])
    func knownDates(text: String, holiday: StatutoryHoliday) throws {
        let holidays = try Self.workspace().calendar.holidays
        let found = holidays.statutory[CivilDate(text)!]
        #expect(found == holiday || (holiday == .midAutumn && found == .nationalDay))
    }

    @Test(arguments: years)
    func noDriveOnAStatutoryHoliday(year: Int) throws {
        var workspace = try Self.workspace()
        workspace.planning.search = SearchSettings(movesPerDrive: 1, polishPasses: 1, ruinsPerDrive: 0)
        let from = CivilDate(year: year, month: 1, day: 1)!
        let request = PlanRequest(
            from: from, to: CivilDate(year: year, month: 12, day: 31)!, today: from.adding(days: -30), seed: 1)
        let (problem, _) = try ProblemBuilder(workspace: workspace, request: request).build()
        #expect(!problem.candidates.isEmpty)
        let closed = problem.candidates.filter { workspace.calendar.holidays.closedForDrives($0.date) != nil }
        #expect(closed.isEmpty, "\(closed.prefix(3).map(\.date))")
    }
}
