import Foundation
import OutreachModel
import Testing

@testable import OutreachEvaluation

@Suite struct SimulationTests {
    /// Maoming's five county-level areas with their populations.
    static let city = Region(code: "440900", name: "茂名市", kind: .city, population: Population(count: 6_174_050))
    static let regions = [
        ("440902", 1_035_411), ("440904", 1_547_000), ("440981", 1_435_000), ("440982", 1_150_000),
        ("440983", 896_600),
    ].map { Region(code: $0.0, name: $0.0, kind: .district, parentCode: "440900", population: Population(count: $0.1)) }
    static let channels = [
        ("school-talk", [VenueKind.college]), ("government-notice", [.government]), ("township-talk", [.market]),
        ("street-bloodmobile", [.street]), ("wechat-post", [.fixedSite, .street]), ("sms", [.fixedSite, .street]),
        ("enterprise", [.enterprise]), ("donor-day", []),
    ].map { Channel(code: $0.0, name: $0.0, englishName: $0.0, venueKinds: $0.1) }
    static let profile = [8.2, 6.4, 8.8, 8.8, 8.8, 8.6, 7.4, 7.2, 8.8, 9.0, 8.8, 9.2]
    static let festival = [
        2018: date("2018-02-16"), 2019: date("2019-02-05"), 2020: date("2020-01-25"), 2021: date("2021-02-12"),
        2022: date("2022-02-01"), 2023: date("2023-01-22"), 2024: date("2024-02-10"), 2025: date("2025-01-29"),
        2026: date("2026-02-17"),
    ]

    static func simulate(from: String, through: String, seed: UInt64, noise: Double = 0.08) -> SimulationResult {
        var settings = SimulationSettings.maoming
        settings.noise = noise
        return Simulator(settings: settings, profile: profile, springFestival: festival).run(
            regions: regions, from: ym(from), through: ym(through), channels: channels, seed: seed)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func yearlyTotalsMatchMaomingsPublishedFiguresWithinOnePercent(seed: UInt64) {
        let result = Self.simulate(from: "2018-01", through: "2022-12", seed: seed, noise: 0.15)
        for anchor in SimulationSettings.maoming.anchors {
            let rows = result.donations.filter { $0.month.year == anchor.year && $0.month.month <= anchor.months }
            let visits = Double(rows.reduce(0) { $0 + $1.visits })
            let units = rows.reduce(0) { $0 + $1.units }
            #expect(abs(visits / anchor.visits - 1) < 0.01, "visits \(anchor.year): \(visits) vs \(anchor.visits)")
            #expect(abs(units / anchor.units - 1) < 0.01, "units \(anchor.year): \(units) vs \(anchor.units)")
        }
    }

    @Test func sameSeedSameData() {
        let first = Self.simulate(from: "2024-01", through: "2024-12", seed: 7)
        let second = Self.simulate(from: "2024-01", through: "2024-12", seed: 7)
        let third = Self.simulate(from: "2024-01", through: "2024-12", seed: 8)
        #expect(first.donations == second.donations && first.promotion == second.promotion)
        #expect(first.donations != third.donations)
    }

    @Test func truthAddsUpToTheData() throws {
        let result = Self.simulate(from: "2023-01", through: "2024-06", seed: 4)
        #expect(result.truth.cells.count == 18 * Self.regions.count)
        for cell in result.truth.cells {
            let rows = result.donations.filter { $0.month == cell.month && $0.regionCode == cell.regionCode }
            #expect(rows.reduce(0) { $0 + $1.visits } == cell.visits)
            let expected = cell.noise * (cell.baseline + cell.channels.values.reduce(0, +))
            #expect(abs(Double(cell.visits) - expected) <= 0.5)
        }
        // Units per visit stays within whole-blood bounds.
        for row in result.donations {
            #expect(row.units >= Double(row.visits) * 0.9 && row.units <= Double(row.visits) * 2)
        }
        // Summer and Spring Festival troughs: August below October in every region.
        for region in Self.regions {
            let august = result.donations.filter { $0.regionCode == region.code && $0.month == ym("2023-08") }
            let october = result.donations.filter { $0.regionCode == region.code && $0.month == ym("2023-10") }
            #expect(august.reduce(0) { $0 + $1.visits } < october.reduce(0) { $0 + $1.visits })
        }
    }

    /// The scripted episode (a county stops its township talks) is found from the channel model, sized.
    @Test func evaluatorFindsTheScriptedDrop() throws {
        let result = Self.simulate(from: "2021-11", through: "2026-10", seed: 2026)
        let episode = try #require(result.truth.episode)
        var workspace = Workspace(
            settings: WorkspaceSettings(cityCode: "440900"), regions: [Self.city] + Self.regions,
            channels: Self.channels, planning: PlanningSettings(seasonalProfile: Self.profile),
            evaluation: EvaluationSettings())
        workspace.evaluation.findings.minimumEvents = 3
        let history = RecordHistory(
            tree: workspace.tree, channels: Self.channels, promotion: result.promotion, donations: result.donations)
        // Few bootstrap fits and no forecast check keep the debug build quick.
        let settings = ModelSettings(bootstrapReplicates: 20, validationMonths: 0)
        let model = ChannelModeler.analyse(
            ChannelPanel(history: history, tree: workspace.tree, through: ym("2026-10")), settings: settings)
        let evaluation = Evaluator(workspace: workspace, history: history, actions: [], model: model)
            .evaluate(ym("2026-10"))
        let drops = evaluation.findings.compactMap { finding -> (String, String)? in
            if case .channelCut(let region, let channel, _, _, let lost, _) = finding, lost.low > 0 {
                return (region, channel)
            }
            return nil
        }
        #expect(drops.contains { $0 == (episode.regionCode, episode.channel) }, "\(episode) \(evaluation.findings)")
    }
}

@Suite struct AnomalyTests {
    /// Three years of a seasonal series (trough in February and August) with mild, fixed wiggles.
    static func series(last: Double) -> [Double] {
        let season = [0.9, 0.7, 1.05, 1.05, 1.05, 1.0, 0.9, 0.8, 1.1, 1.15, 1.1, 1.15]
        var values: [Double] = []
        for month in 0..<36 { values.append(1000 * season[month % 12] * (1 + 0.03 * sin(Double(month) * 1.7))) }
        values.append(last)
        return values
    }

    @Test func aSeasonalTroughIsNotAnAnomaly() throws {
        let values = Self.series(last: 0)
        let baseline = SeasonalBaseline(citySeries: Array(values.dropLast()), first: ym("2023-01"), profile: [])
        // January 2026 at its usual seasonal level: a plain z-score over all months would call the trough low.
        let assessment = try #require(baseline.assess(Array(values.dropLast()) + [900 * 1.02], first: ym("2023-01")))
        #expect(abs(assessment.score) < 3.5)
        #expect(assessment.sameMonthBefore.count == 3)
    }

    @Test(arguments: [500.0, 1600.0])
    func aBreakFromTheSeasonIsFlagged(value: Double) throws {
        let values = Self.series(last: value)
        let baseline = SeasonalBaseline(citySeries: Array(values.dropLast()), first: ym("2023-01"), profile: [])
        let assessment = try #require(baseline.assess(values, first: ym("2023-01")))
        #expect(abs(assessment.score) >= 3.5)
        #expect((assessment.score < 0) == (value < 900))
    }

    @Test func robustScoreIgnoresOneOutlierInTheReference() throws {
        let reference = [1.0, 1.1, 0.9, 1.0, 1.05, 0.95, 100]
        let score = try #require(RobustStatistics.score(1.3, against: reference))
        #expect(score > 3)
        #expect(RobustStatistics.median([3, 1, 2]) == 2)
        #expect(RobustStatistics.score(1, against: [2, 2, 2]) == nil)
    }
}
