import Foundation
import OutreachLoading
import OutreachModel
import OutreachPlanning

/// Synthetic cities for the planner: counties of townships, each township with a market and one more venue
/// (street, community, college, government or enterprise), six teams per city, annual targets per county.
/// The templates, calendars and rules are the bundled ones, so the rules are the real ones.
struct PlanningCityGenerator {
    var random: BenchmarkRandom

    mutating func workspace(cities: Int, townshipsPerCity: Int, base: Workspace) -> Workspace {
        var workspace = base
        workspace.regions = [Region(code: "900000", name: "省", kind: .city)]
        workspace.venues = []
        workspace.teams = []
        workspace.targets = []
        workspace.assignments = []
        let kinds: [VenueKind] = [.street, .community, .college, .government, .enterprise]
        for city in 0..<cities {
            let cityCode = String(format: "%02d0000", 10 + city)
            workspace.regions.append(Region(code: cityCode, name: "市\(city)", kind: .district, parentCode: "900000"))
            let counties = 5
            for county in 0..<counties {
                let countyCode = String(cityCode.prefix(2)) + String(format: "%02d00", county + 1)
                workspace.regions.append(
                    Region(code: countyCode, name: "县\(city)-\(county)", kind: .county, parentCode: cityCode))
                workspace.targets.append(
                    TargetRow(regionCode: countyCode, span: .year(2027), units: Double(random.int(12_000...30_000))))
                workspace.targets.append(
                    TargetRow(
                        regionCode: countyCode, span: .month(YearMonth(year: 2026, month: 12)!),
                        units: Double(random.int(900...2_500))))
                for township in 0..<(townshipsPerCity / counties) {
                    let code = countyCode + String(format: "%03d", township + 1)
                    workspace.regions.append(Region(code: code, name: "镇\(code)", kind: .town, parentCode: countyCode))
                    let digits = [[1, 4, 7], [2, 5, 8], [3, 6, 9]][random.int(0...2)]
                    workspace.venues.append(
                        Venue(
                            id: "M" + code, name: "圩\(code)", kind: .market, regionCode: code,
                            reach: random.int(5_000...12_000),
                            capacityPerDay: random.int(50...80), schedule: .market(digits: digits, lunar: false)))
                    for extra in 0..<2 {
                        let kind = kinds[random.int(0...(kinds.count - 1))]
                        let schedule: Schedule =
                            switch kind {
                            case .college: .term(calendarID: "colleges")
                            case .government, .enterprise: .workdays
                            case .community: .weekdays([.saturday, .sunday])
                            default: .daily
                            }
                        workspace.venues.append(
                            Venue(
                                id: "X\(extra)" + code, name: "点\(code)", kind: kind, regionCode: code,
                                reach: random.int(3_000...30_000),
                                capacityPerDay: random.int(40...200), schedule: schedule))
                    }
                    if township % 10 == 0 {
                        workspace.venues.append(
                            Venue(
                                id: "F" + code, name: "献血屋\(code)", kind: .fixedSite, regionCode: code, reach: 30_000,
                                capacityPerDay: 50,
                                schedule: .hours(
                                    OpeningHours(spans: [.init(weekdays: Weekday.allCases, opens: 510, closes: 1050)])))
                        )
                    }
                }
            }
            for team in 0..<6 {
                let kind: Team.Kind = team < 3 ? .bloodmobile : .collectionTeam
                workspace.teams.append(
                    Team(
                        id: "T\(city)-\(team)", name: "队\(city)-\(team)", kind: kind,
                        staff: kind == .bloodmobile ? 6 : 8,
                        chairs: kind == .bloodmobile ? 6 : 10,
                        baseRegionCode: String(cityCode.prefix(2)) + String(format: "%02d00", team % counties + 1),
                        workingDays: team % 2 == 0
                            ? .daily : .weekdays([.monday, .tuesday, .wednesday, .thursday, .friday, .saturday])))
            }
        }
        workspace.planning.labSamplesPerDay = 400 * cities
        return workspace
    }
}

/// Draws from the planner's own seeded generator.
struct BenchmarkRandom {
    var generator: SeededRandom
    init(state: UInt64) { generator = SeededRandom(seed: state) }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
}

/// Plans synthetic cities of several sizes over several horizons and prints time, objective, bound and gap.
func runPlanningBenchmark(repository: URL, runs: Int, province: Bool) throws {
    let paths = maomingPaths(repository)
    let base = try WorkspaceLoader.load(paths).workspace
    let today = CivilDate(year: 2026, month: 11, day: 24)!
    let cases: [(name: String, cities: Int, townships: Int, months: Int)] = [
        ("small", 1, 40, 3), ("small", 1, 40, 12),
        ("Maoming-size", 1, 130, 1), ("Maoming-size", 1, 130, 3), ("Maoming-size", 1, 130, 6),
        ("Maoming-size", 1, 130, 12),
        ("province (24 cities)", 24, 130, 1), ("province (24 cities)", 24, 130, 3),
        ("province (24 cities)", 24, 130, 12),
    ]
    print(
        "| city | regions | venues | teams | horizon | candidates | drives | time (median) | objective | bound | gap |")
    print("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for item in cases where province || item.cities == 1 {
        var generator = PlanningCityGenerator(random: BenchmarkRandom(state: 20_261_124))
        let workspace = generator.workspace(cities: item.cities, townshipsPerCity: item.townships, base: base)
        let from = CivilDate(year: 2026, month: 12, day: 1)!
        let to = from.adding(months: item.months).adding(days: -1)
        let request = PlanRequest(from: from, to: to, today: today, seed: 1)
        var samples: [Double] = []
        var plan: Plan?
        var candidates = 0
        for _ in 0..<(item.cities > 1 ? 1 : runs) {
            samples.append(
                try milliseconds {
                    let output = try PlanPipeline(workspace: workspace, request: request, name: "bench").run()
                    candidates = output.problem.candidates.count
                    plan = output.plan
                })
        }
        guard let plan else { continue }
        let median = samples.sorted()[samples.count / 2]
        print(
            "| \(item.name) | \(workspace.regions.count) | \(workspace.venues.count) | \(workspace.teams.count) | \(item.months) months | \(candidates) | \(plan.drives.count) | "
                + String(format: "%.0f ms", median)
                + String(
                    format: " | %.0f | %.0f | %.1f%% |", plan.objective.value, plan.objective.upperBound,
                    plan.objective.gap * 100))
    }
}
