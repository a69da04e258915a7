@testable import OutreachModel

/// `d("2026-07-01")`: dates in tests read like the data files.
func d(_ text: String) -> CivilDate {
    guard let date = CivilDate(text) else { preconditionFailure("bad test date \(text)") }
    return date
}

/// A tiny city: one county with two townships, a second county without leader, and a history of changes.
enum TinyCity {
    static let regions = [
        Region(
            code: "440900", name: "茂名市", englishName: "Maoming City", kind: .city,
            population: Population(count: 1000)),
        Region(code: "440902", name: "茂南区", kind: .district, parentCode: "440900", population: Population(count: 600)),
        Region(
            code: "440902001", name: "红旗街道", kind: .subdistrict, parentCode: "440902",
            population: Population(count: 200)),
        Region(code: "440902100", name: "金塘镇", kind: .town, parentCode: "440902", population: Population(count: 400)),
        Region(code: "440904", name: "电白区", kind: .district, parentCode: "440900", population: Population(count: 400)),
        Region(code: "440904100", name: "马踏镇", kind: .town, parentCode: "440904", population: Population(count: 400)),
    ]
    static let leaders = [
        Leader(id: "L01", name: "区域领导甲", role: .branchCommitteeMember),
        Leader(id: "L02", name: "区域领导乙", role: .partyMember),
        Leader(id: "L03", name: "区域领导丙", role: .partyMember),
    ]
    static let assignments = [
        Assignment(regionCode: "440902", leaderID: "L01", period: Period(start: d("2021-01-01"), end: d("2023-06-30"))),
        Assignment(regionCode: "440902", leaderID: "L02", period: Period(start: d("2023-07-01"))),
        Assignment(regionCode: "440902100", leaderID: "L03", period: Period(start: d("2022-01-01"))),
    ]
    static let venues = [
        Venue(
            id: "V1", name: "金塘镇圩场", kind: .market, regionCode: "440902100", reach: 100, capacityPerDay: 50,
            schedule: .market(digits: [1, 4, 7], lunar: false)),
        Venue(
            id: "V2", name: "红旗献血屋", kind: .fixedSite, regionCode: "440902001", reach: 100, capacityPerDay: 50,
            schedule: .hours(OpeningHours(spans: [.init(weekdays: Weekday.allCases, opens: 510, closes: 1050)]))),
    ]

    static var workspace: Workspace {
        Workspace(regions: regions, leaders: leaders, assignments: assignments, venues: venues)
    }
}
