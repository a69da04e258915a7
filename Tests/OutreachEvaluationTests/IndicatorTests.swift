import OutreachModel
import Testing

@testable import OutreachEvaluation

@Suite struct IndicatorTests {
    let evaluation = Evaluator(
        workspace: EvaluationCity.workspace(), history: EvaluationCity.history(), actions: []
    ).evaluate(ym("2026-03"))

    func east() -> RegionResult { evaluation.regions.first { $0.regionCode == "100001" }! }

    struct Expected: Sendable, CustomTestStringConvertible {
        var indicator: Indicator
        var numerator: Double
        var denominator: Double
        var value: Double
        var testDescription: String { indicator.rawValue }
    }

    static let eastCases: [Expected] = [
        // 150 visits × 12 000 / 600 000 population
        Expected(indicator: .donationRate, numerator: 150, denominator: 600_000, value: 3),
        // 240 U of a 200 U month
        Expected(indicator: .monthAttainment, numerator: 240, denominator: 200, value: 120),
        // 190 + 170 + 240 = 600 U of 600 U
        Expected(indicator: .yearToDateAttainment, numerator: 600, denominator: 600, value: 100),
        // 240 against 160 in 2025-03
        Expected(indicator: .yearOnYear, numerator: 80, denominator: 160, value: 50),
        // 240 against 170 in 2026-02
        Expected(indicator: .monthOnMonth, numerator: 70, denominator: 170, value: 70.0 / 170 * 100),
        Expected(indicator: .unitsPerVisit, numerator: 240, denominator: 150, value: 1.6),
        // 15 deferred of 165 who came forward
        Expected(indicator: .deferralRate, numerator: 15, denominator: 165, value: 15.0 / 165 * 100),
        Expected(indicator: .firstTimeRate, numerator: 90, denominator: 150, value: 60),
        // 14 events per 100 000 of 600 000
        Expected(indicator: .promotionRate, numerator: 14, denominator: 600_000, value: 14.0 / 6),
    ]

    @Test(arguments: eastCases)
    func eastIndicators(expected: Expected) throws {
        let computed = try #require(east().values[expected.indicator])
        #expect(abs(computed.numerator - expected.numerator) < 1e-9)
        #expect(abs(computed.denominator - expected.denominator) < 1e-9)
        #expect(abs(try #require(computed.value) - expected.value) < 1e-9)
    }

    @Test func cityIsTheSumOfItsRegions() throws {
        let city = evaluation.city
        #expect(city.regionCode == "100000")
        #expect(city.values[.monthAttainment]?.numerator == 350)
        #expect(city.values[.monthAttainment]?.denominator == 300)
        // West gave no first-time counts: the city's rate uses only the visits that did.
        #expect(city.values[.firstTimeRate]?.denominator == 150)
    }

    @Test func lightsAndRanking() {
        #expect(east().lights[.monthAttainment] == .green)
        // 9.1 % deferred: green where lower is better.
        #expect(east().lights[.deferralRate] == .green)
        let deferral = LightRule(green: 10, amber: 13, lowerIsBetter: true)
        #expect([10, 12.9, 13, 13.1].map(deferral.light) == [.green, .amber, .amber, .red])
        let west = evaluation.regions.first { $0.regionCode == "100002" }!
        // West: 100 + 90 + 110 = 300 of 300 → 100 %, ties East; the code breaks the tie.
        #expect(west.value(.yearToDateAttainment) == 100)
        #expect(evaluation.regions.map(\.rank) == [1, 2])
        #expect(west.lights[.monthAttainment] == .green)
    }

    @Test func missingInputsLeaveIndicatorsOut() {
        let west = evaluation.regions.first { $0.regionCode == "100002" }!
        #expect(west.values[.deferralRate] == nil)
        #expect(west.values[.firstTimeRate] == nil)
        let early = Evaluator(workspace: EvaluationCity.workspace(), history: EvaluationCity.history(), actions: [])
            .evaluate(ym("2026-01"))
        // 2025-01 and 2025-12 were not recorded: no 同比 or 环比 rather than +100 %.
        #expect(early.regions.allSatisfy { $0.values[.yearOnYear] == nil && $0.values[.monthOnMonth] == nil })
    }

    @Test func channelYieldAttributesVisitsByVenueKind() throws {
        let school = try #require(
            evaluation.channelYields.first { $0.regionCode == "100001" && $0.channel == "school-talk" })
        // The window is 2026-01…03; only March had talks and college visits.
        #expect(school.events == 10)
        #expect(school.attributedVisits == 50)
        #expect(school.perEvent == 5)
        let wechat = try #require(
            evaluation.channelYields.first { $0.regionCode == "100001" && $0.channel == "wechat-post" })
        // All venues: 120 + 110 + 150 visits over the window.
        #expect(wechat.attributedVisits == 380)
    }

    @Test func leaderIsTheOneAccountableForMostOfTheMonth() {
        let index = ResponsibilityIndex(
            tree: RegionTree(EvaluationCity.regions), assignments: EvaluationCity.assignments)
        // Handover on 2026-02-20: February stays with L02 (19 of 28 days), March is L03's.
        #expect(Accountability.leader(of: "100002", in: ym("2026-02"), index: index) == "L02")
        #expect(Accountability.leader(of: "100002", in: ym("2026-03"), index: index) == "L03")
        #expect(evaluation.regions.first { $0.regionCode == "100002" }?.leaderID == "L03")
    }

    @Test func scorecardSplitsAHandover() throws {
        let card = Scorecard(year: 2026, workspace: EvaluationCity.workspace(), history: EvaluationCity.history())
        #expect(card.months == [ym("2026-01"), ym("2026-02"), ym("2026-03")])
        let l02 = try #require(card.leaders.first { $0.leaderID == "L02" })
        let l03 = try #require(card.leaders.first { $0.leaderID == "L03" })
        #expect(l02.stints.map { [$0.from, $0.to] } == [[ym("2026-01"), ym("2026-02")]])
        #expect(l02.units == 190)
        #expect(l02.target == 200)
        #expect(l03.units == 110)
        #expect(abs(try #require(l03.attainment) - 110) < 1e-9)
        #expect(card.leaders.first?.leaderID == "L03")
        #expect(card.leaders.map(\.rank) == [1, 2, 3])
        #expect(card.unattributed.isEmpty)
    }

    @Test func mergeReplacesWholeMonthsAndReportsTheDifference() {
        let stored = EvaluationCity.donations
        var incoming = stored.filter { $0.month == ym("2026-03") && $0.regionCode == "100001" }
        incoming[0].units = 161
        incoming.append(
            DonationRecord(month: ym("2026-03"), regionCode: "100001", venueKind: .street, visits: 5, units: 8))
        let (merged, diff) = RecordMerge.replacingPeriods(stored, with: incoming)
        #expect(diff.added.count == 1)
        #expect(diff.changed.count == 1)
        #expect(diff.unchanged == 1)
        // West's March row is not in the file: re-recording the month removes it.
        #expect(diff.removed.map(\.regionCode) == ["100002"])
        #expect(merged.count == stored.count + 1 - 1)
        let again = RecordMerge.replacingPeriods(merged, with: incoming)
        #expect(again.diff.isEmpty)
        #expect(again.records == merged)
    }
}
