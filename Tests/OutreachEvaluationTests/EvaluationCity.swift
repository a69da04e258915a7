import OutreachModel

@testable import OutreachEvaluation

func ym(_ text: String) -> YearMonth {
    guard let month = YearMonth(text) else { preconditionFailure("bad test month \(text)") }
    return month
}

func date(_ text: String) -> CivilDate {
    guard let value = CivilDate(text) else { preconditionFailure("bad test date \(text)") }
    return value
}

/// A city of two districts (population 600,000 and 400,000), one handed over on 2026-02-20, with figures small
/// enough to check by hand.
enum EvaluationCity {
    static let regions = [
        Region(
            code: "100000", name: "样例市", englishName: "Sample City", kind: .city,
            population: Population(count: 1_000_000)),
        Region(
            code: "100001", name: "东区", englishName: "East District", kind: .district, parentCode: "100000",
            population: Population(count: 600_000)),
        Region(
            code: "100002", name: "西区", englishName: "West District", kind: .district, parentCode: "100000",
            population: Population(count: 400_000)),
    ]
    static let leaders = [
        Leader(id: "L01", name: "区域领导甲", role: .branchCommitteeMember),
        Leader(id: "L02", name: "区域领导乙", role: .partyMember),
        Leader(id: "L03", name: "区域领导丙", role: .partyMember),
    ]
    static let assignments = [
        Assignment(regionCode: "100001", leaderID: "L01", period: Period(start: date("2024-01-01"))),
        Assignment(
            regionCode: "100002", leaderID: "L02", period: Period(start: date("2024-01-01"), end: date("2026-02-19"))),
        Assignment(regionCode: "100002", leaderID: "L03", period: Period(start: date("2026-02-20"))),
    ]
    static let channels = [
        Channel(code: "school-talk", name: "校园宣讲", englishName: "School talk", venueKinds: [.college]),
        Channel(code: "wechat-post", name: "微信推文", englishName: "WeChat post", venueKinds: []),
    ]
    /// Annual targets: East 2,400 U, West 1,200 U for 2026 (flat profile: 200 and 100 a month).
    static let targets = [
        TargetRow(regionCode: "100001", span: .year(2026), units: 2_400),
        TargetRow(regionCode: "100002", span: .year(2026), units: 1_200),
    ]

    static func workspace() -> Workspace {
        var settings = EvaluationSettings(
            lights: [
                "monthAttainment": LightRule(green: 100, amber: 90),
                "yearToDateAttainment": LightRule(green: 100, amber: 95),
                "deferralRate": LightRule(green: 10, amber: 13, lowerIsBetter: true),
            ])
        settings.findings.minimumEvents = 2
        return Workspace(
            settings: WorkspaceSettings(name: "样例血站", englishName: "Sample Station", cityCode: "100000"),
            regions: regions, leaders: leaders, assignments: assignments, channels: channels, targets: targets,
            planning: PlanningSettings(seasonalProfile: Array(repeating: 1, count: 12)), evaluation: settings)
    }

    /// 2025-03 and 2026-01…03. East in 2026-03: 150 visits (100 fixed-site, 50 college), 240 U, 90 first-time,
    /// 15 deferred; 10 school talks, 4 WeChat posts.
    static let donations = [
        DonationRecord(month: ym("2025-03"), regionCode: "100001", venueKind: .fixedSite, visits: 100, units: 160),
        DonationRecord(month: ym("2025-03"), regionCode: "100002", venueKind: .fixedSite, visits: 50, units: 80),
        DonationRecord(month: ym("2026-01"), regionCode: "100001", venueKind: .fixedSite, visits: 120, units: 190),
        DonationRecord(month: ym("2026-01"), regionCode: "100002", venueKind: .fixedSite, visits: 60, units: 100),
        DonationRecord(month: ym("2026-02"), regionCode: "100001", venueKind: .fixedSite, visits: 110, units: 170),
        DonationRecord(month: ym("2026-02"), regionCode: "100002", venueKind: .fixedSite, visits: 55, units: 90),
        DonationRecord(
            month: ym("2026-03"), regionCode: "100001", venueKind: .fixedSite, visits: 100, units: 160, firstTime: 50,
            deferred: 10),
        DonationRecord(
            month: ym("2026-03"), regionCode: "100001", venueKind: .college, visits: 50, units: 80, firstTime: 40,
            deferred: 5),
        DonationRecord(month: ym("2026-03"), regionCode: "100002", venueKind: .fixedSite, visits: 70, units: 110),
    ]
    static let promotion = [
        PromotionRecord(month: ym("2026-03"), regionCode: "100001", channel: "school-talk", events: 10),
        PromotionRecord(month: ym("2026-03"), regionCode: "100001", channel: "wechat-post", events: 4),
        PromotionRecord(month: ym("2026-03"), regionCode: "100002", channel: "wechat-post", events: 2),
    ]

    static func history() -> RecordHistory {
        RecordHistory(tree: RegionTree(regions), channels: channels, promotion: promotion, donations: donations)
    }
}
