import OutreachModel
import Testing

@testable import OutreachPlanning
@testable import OutreachReports

/// A small fixed plan, built by hand so the golden files change only when rendering does.
enum SamplePlan {
    static func date(_ text: String) -> CivilDate { CivilDate(text)! }

    static let workspace = Workspace(
        settings: WorkspaceSettings(name: "茂名市中心血站", englishName: "Maoming Central Blood Station", cityCode: "440900"),
        regions: [
            Region(code: "440900", name: "茂名市", englishName: "Maoming City", kind: .city),
            Region(code: "440902", name: "茂南区", englishName: "Maonan District", kind: .district, parentCode: "440900"),
            Region(code: "440902100", name: "金塘镇", englishName: "Jintang Town", kind: .town, parentCode: "440902"),
        ],
        leaders: [Leader(id: "L01", name: "区域领导甲", role: .branchCommitteeMember)],
        assignments: [Assignment(regionCode: "440902", leaderID: "L01", period: Period(start: date("2021-01-01")))],
        venues: [
            Venue(
                id: "V016", name: "金塘镇圩场", kind: .market, regionCode: "440902100", reach: 12000, capacityPerDay: 80,
                schedule: .market(digits: [1, 4, 7], lunar: false)),
            Venue(
                id: "V024", name: "人民广场, 东门", kind: .street, regionCode: "440902", reach: 50000, capacityPerDay: 80,
                schedule: .daily, address: "人民路1号; 近\"东门\""),
            Venue(
                id: "V004", name: "献血屋一号", kind: .fixedSite, regionCode: "440902", reach: 40000, capacityPerDay: 60,
                schedule: .hours(OpeningHours(spans: [.init(weekdays: Weekday.allCases, opens: 510, closes: 1050)])),
                address: "示例地址"),
        ],
        teams: [
            Team(
                id: "T01", name: "流动献血车1号", kind: .bloodmobile, staff: 6, chairs: 6, baseRegionCode: "440902",
                workingDays: .daily)
        ],
        templates: [
            CampaignTemplate(
                id: "township-market", name: "乡镇圩日献血+科普讲座", englishName: "Township market-day drive",
                venueKinds: [.market],
                leadTimeDays: 7, hoursPerDay: 6, staff: 6, minimumRevisitDays: 120, turnoutShareOfReach: 0.01,
                unitsPerDonor: 1.5, openToPublic: true),
            CampaignTemplate(
                id: "street-bloodmobile", name: "街头献血车", englishName: "Street bloodmobile", venueKinds: [.street],
                leadTimeDays: 3, hoursPerDay: 9, staff: 5, minimumRevisitDays: 14, turnoutShareOfReach: 0.002,
                unitsPerDonor: 1.5, openToPublic: true),
        ])

    static func drive(
        _ venue: String, _ template: String, _ day: String, units: Double, origin: PlannedDrive.Origin = .planned
    )
        -> PlannedDrive
    {
        PlannedDrive(
            venue: venue, template: template, team: "T01", date: date(day), start: "08:30", end: "14:30",
            expectedTurnout: units / 1.35, expectedDonations: units / 1.5, expectedUnits: units, poolBefore: 12000,
            origin: origin)
    }

    static let plan = Plan(
        name: "2026-12", madeOn: date("2026-11-24"), from: date("2026-12-01"), to: date("2027-01-31"), region: nil,
        seed: 1,
        pins: [DriveID(venueID: "V024", date: date("2026-12-05"))], blocks: [], shortage: false, replannedFrom: nil,
        changes: nil,
        objective: PlanObjective(
            targetValue: 3210.5, fairnessPenalty: 12, travelPenalty: 4, value: 3194.5, upperBound: 3400, gap: 0.0604,
            greedyValue: 3150, localOptimum: true),
        drives: [
            drive("V016", "township-market", "2026-12-01", units: 108),
            drive("V024", "street-bloodmobile", "2026-12-05", units: 81, origin: .pinned),
            drive("V016", "township-market", "2027-01-04", units: 96.3),
        ],
        targets: [
            TargetLine(
                region: "440902", month: YearMonth(year: 2026, month: 12)!, target: 2441,
                source: TargetSource(kind: .monthly, line: 2), fixedSiteUnits: 1964, driveUnits: 189, drives: 2,
                shortfall: 288, reason: .revisitInterval),
            TargetLine(
                region: "440902", month: YearMonth(year: 2027, month: 1)!, target: 2284,
                source: TargetSource(
                    kind: .annualShare, line: 3, annualUnits: 27857, remainingUnits: 27857, share: 0.082),
                fixedSiteUnits: 1964, driveUnits: 96.3, drives: 1, shortfall: 223.7, reason: .teamCapacity),
        ],
        lab: [
            LabDay(date: date("2026-12-01"), samples: 150, capacity: 400),
            LabDay(date: date("2026-12-02"), samples: 400, capacity: 400),
        ],
        teams: [TeamLoad(team: "T01", workingDays: 62, drives: 3)],
        notices: [.holidaysMissing(year: 2027)])
}

@Suite struct PlanRenderingTests {
    @Test(arguments: [(Language.zh, "plan.zh.md"), (.en, "plan.en.md")])
    func summaryRendersAsMarkdown(language: Language, snapshot: String) {
        let view = PlanSummaryView(plan: SamplePlan.plan, workspace: SamplePlan.workspace)
        let drives = PlanDrivesView(plan: SamplePlan.plan, workspace: SamplePlan.workspace, audience: .city)
        let output =
            view.render(language.strings, as: .md) + TableRenderer.render(drives.table(language.strings), as: .md)
        assertSnapshot(output, named: snapshot)
    }

    @Test func drivesRenderAsCSV() {
        let drives = PlanDrivesView(plan: SamplePlan.plan, workspace: SamplePlan.workspace, audience: .city)
        assertSnapshot(TableRenderer.csv(drives.table(ChineseCatalog())), named: "plan-drives.zh.csv")
    }

    @Test func cityPageRendersAsHTML() {
        let summary = PlanSummaryView(plan: SamplePlan.plan, workspace: SamplePlan.workspace)
        let drives = PlanDrivesView(plan: SamplePlan.plan, workspace: SamplePlan.workspace, audience: .city)
        assertSnapshot(PlanPage.render(summary: summary, drives: drives, ChineseCatalog()), named: "plan.zh.html")
    }

    @Test func publicScheduleShowsOnlyPublicFields() {
        let drives = PlanDrivesView(plan: SamplePlan.plan, workspace: SamplePlan.workspace, audience: .publicSchedule)
        let html = PlanPage.render(summary: nil, drives: drives, ChineseCatalog())
        assertSnapshot(html, named: "plan-public.zh.html")
        #expect(!html.contains("T01") && !html.contains("流动献血车1号") && !html.contains("区域领导甲"))
        let keys = drives.table(ChineseCatalog()).columns.map(\.key)
        #expect(keys == ["date", "weekday", "time", "venue", "address"])
    }

    @Test func calendarRendersAsICS() {
        let drives = PlanDrivesView(plan: SamplePlan.plan, workspace: SamplePlan.workspace, audience: .city)
        assertSnapshot(PlanCalendar.render(drives, ChineseCatalog()), named: "plan.zh.ics")
    }

    @Test func calendarFollowsRFC5545() {
        let drives = PlanDrivesView(plan: SamplePlan.plan, workspace: SamplePlan.workspace, audience: .city)
        let text = PlanCalendar.render(drives, ChineseCatalog())
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for line in lines { #expect(line.utf8.count <= 75, "line longer than 75 octets: \(line)") }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let events = unfolded.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(events == 3)
        for key in ["UID:", "DTSTAMP:", "DTSTART;TZID=Asia/Shanghai:", "DTEND;TZID=Asia/Shanghai:"] {
            #expect(unfolded.components(separatedBy: "\r\n").filter { $0.hasPrefix(key) }.count == events, "\(key)")
        }
        #expect(unfolded.contains("UID:V016-20261201@440900.outreach"))
        #expect(unfolded.contains("LOCATION:人民广场\\, 东门\\, 人民路1号\\; 近\"东门\""))
        #expect(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai"))
    }

    @Test(arguments: [
        ("a;b,c\\d\ne", "a\\;b\\,c\\\\d\\ne"), ("plain", "plain"),
    ])
    func calendarTextIsEscaped(raw: String, escaped: String) {
        #expect(PlanCalendar.escape(raw) == escaped)
    }

    @Test func foldingNeverSplitsACharacter() {
        let line = "SUMMARY:" + String(repeating: "献血", count: 40)
        let folded = PlanCalendar.fold(line)
        for part in folded.components(separatedBy: "\r\n") {
            #expect(part.utf8.count <= 75)
            #expect(String(validatingUTF8: Array(part.utf8CString)) != nil)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }
}
