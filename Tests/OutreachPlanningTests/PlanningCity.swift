import OutreachModel
import OutreachPlanning

func d(_ text: String) -> CivilDate {
    guard let date = CivilDate(text) else { preconditionFailure("bad test date \(text)") }
    return date
}

/// The pipeline's rule checker refused a plan (a planner bug).
struct CheckerFound: Error {
    var violations: [RuleViolation]
}

/// A small city for planning tests, and a generator of random variations of it (seeded).
enum PlanningCity {
    static let today = d("2026-11-24")

    static let templates = [
        CampaignTemplate(
            id: "township-market", name: "乡镇圩日献血", englishName: "Market day", venueKinds: [.market], leadTimeDays: 7,
            hoursPerDay: 6, staff: 6, minimumRevisitDays: 60, turnoutShareOfReach: 0.01, unitsPerDonor: 1.5),
        CampaignTemplate(
            id: "school", name: "高校献血", englishName: "College", venueKinds: [.college], leadTimeDays: 14,
            hoursPerDay: 7, staff: 8, minimumRevisitDays: 180, turnoutShareOfReach: 0.04, unitsPerDonor: 1.7),
        CampaignTemplate(
            id: "government", name: "机关献血", englishName: "Government", venueKinds: [.government], leadTimeDays: 10,
            hoursPerDay: 6, staff: 6, allowedDays: AllowedDays(rule: "workdays"), minimumRevisitDays: 90,
            turnoutShareOfReach: 0.08, unitsPerDonor: 1.8),
        CampaignTemplate(
            id: "street", name: "街头献血", englishName: "Street", venueKinds: [.street], leadTimeDays: 3, hoursPerDay: 9,
            staff: 5, minimumRevisitDays: 14, turnoutShareOfReach: 0.002, unitsPerDonor: 1.5),
    ]

    static let rules = DonationRules(
        source: "test", unitMillilitres: 200, wholeBloodVolumes: [200, 300, 400], plateletDosesPerDonation: [1, 2],
        intervals: [.init(from: .wholeBlood, to: .wholeBlood, minimum: IntervalLength(count: 6, unit: .month))],
        maximumPlateletDonationsPerYear: 24, minimumAge: 18, maximumAge: 55, maximumAgeRepeatDonor: 60,
        deferralRate: 0.1)

    static let regions = [
        Region(code: "440900", name: "茂名市", kind: .city),
        Region(code: "440902", name: "茂南区", kind: .district, parentCode: "440900"),
        Region(code: "440902001", name: "红旗街道", kind: .subdistrict, parentCode: "440902"),
        Region(code: "440902100", name: "金塘镇", kind: .town, parentCode: "440902"),
        Region(code: "440904", name: "电白区", kind: .district, parentCode: "440900"),
        Region(code: "440904100", name: "马踏镇", kind: .town, parentCode: "440904"),
    ]

    static var workspace: Workspace {
        var calendar = WorkspaceCalendar()
        calendar.holidays = HolidayCalendar(
            holidays: [d("2027-01-01"): "元旦", d("2027-02-06"): "春节", d("2027-02-07"): "春节"],
            makeUpWorkdays: [d("2027-02-13"): "春节调休"], springFestival: [2027: d("2027-02-06")])
        calendar.terms = [
            "colleges": [AcademicTerm(name: "秋季", period: Period(start: d("2026-09-01"), end: d("2027-01-15")))]
        ]
        var settings = PlanningSettings(labSamplesPerDay: 300)
        settings.search = SearchSettings(movesPerDrive: 10, polishPasses: 6)
        return Workspace(
            settings: WorkspaceSettings(name: "测试血站", englishName: "Test station", cityCode: "440900"),
            regions: regions,
            leaders: [Leader(id: "L01", name: "领导甲", role: .branchCommitteeMember)],
            assignments: [Assignment(regionCode: "440902", leaderID: "L01", period: Period(start: d("2021-01-01")))],
            venues: [
                Venue(
                    id: "V01", name: "金塘圩", kind: .market, regionCode: "440902100", reach: 9000, capacityPerDay: 80,
                    schedule: .market(digits: [1, 4, 7], lunar: false)),
                Venue(
                    id: "V02", name: "马踏圩", kind: .market, regionCode: "440904100", reach: 8000, capacityPerDay: 70,
                    schedule: .market(digits: [2, 5, 8], lunar: false)),
                Venue(
                    id: "V03", name: "石化学院", kind: .college, regionCode: "440902001", reach: 15000, capacityPerDay: 200,
                    schedule: .term(calendarID: "colleges")),
                Venue(
                    id: "V04", name: "区机关", kind: .government, regionCode: "440904", reach: 2500, capacityPerDay: 100,
                    schedule: .workdays),
                Venue(
                    id: "V05", name: "人民广场", kind: .street, regionCode: "440902001", reach: 40000, capacityPerDay: 80,
                    schedule: .daily, address: "人民路 1 号"),
                Venue(
                    id: "V06", name: "献血屋", kind: .fixedSite, regionCode: "440902001", reach: 40000, capacityPerDay: 60,
                    schedule: .hours(OpeningHours(spans: [.init(weekdays: Weekday.allCases, opens: 510, closes: 1050)]))
                ),
            ],
            teams: [
                Team(
                    id: "T01", name: "献血车", kind: .bloodmobile, staff: 6, chairs: 6, baseRegionCode: "440902",
                    workingDays: .daily),
                Team(
                    id: "T02", name: "外采队", kind: .collectionTeam, staff: 8, chairs: 10, baseRegionCode: "440904",
                    workingDays: .weekdays([.monday, .tuesday, .wednesday, .thursday, .friday, .saturday])),
            ],
            calendar: calendar, templates: templates, donationRules: rules,
            targets: [
                TargetRow(regionCode: "440902", span: .year(2027), units: 9000, line: 2),
                TargetRow(regionCode: "440902", span: .month(YearMonth(year: 2026, month: 12)!), units: 700, line: 3),
                TargetRow(regionCode: "440904", span: .year(2027), units: 5000, line: 4),
            ],
            planning: settings)
    }

    /// A random variation: venue sizes, capacities, lab capacity and targets change; so may the teams' days.
    static func random(seed: UInt64) -> Workspace {
        var generator = SeededRandom(seed: seed)
        var workspace = self.workspace
        for index in workspace.venues.indices {
            workspace.venues[index].reach = Int.random(in: 1000...40000, using: &generator)
            workspace.venues[index].capacityPerDay = Int.random(in: 20...200, using: &generator)
        }
        workspace.planning.labSamplesPerDay = Int.random(in: 60...300, using: &generator)
        workspace.planning.search.movesPerDrive = 5
        workspace.planning.search.ruinsPerDrive = 1
        if Bool.random(using: &generator) { workspace.teams[0].workingDays = .workdays }
        for index in workspace.targets.indices {
            workspace.targets[index].units = Double.random(in: 500...20000, using: &generator)
        }
        return workspace
    }

    static func request(from: String = "2026-12-01", to: String = "2027-02-28", seed: UInt64 = 1) -> PlanRequest {
        PlanRequest(from: d(from), to: d(to), today: today, seed: seed)
    }

    static func plan(_ workspace: Workspace, _ request: PlanRequest) throws -> (Plan, PlanningProblem) {
        do throws(PlanPipeline.Failure) {
            let output = try PlanPipeline(workspace: workspace, request: request, name: "test").run()
            return (output.plan, output.problem)
        } catch {
            switch error {
            case .planning(let error): throw error
            case .ruleViolations(let violations): throw CheckerFound(violations: violations)
            }
        }
    }
}
