import OutreachModel
import Testing

@testable import OutreachEvaluation

@Suite struct StockTests {
    static let start = CivilDate(year: 2026, month: 11, day: 1)!
    static let oPositive = BloodGroup("O+")!
    static let settings = StockSettings(
        trailingDays: 4, projectionDays: 3,
        levels: [
            StockLevel(
                id: "yellow", name: "黄色预警", englishName: "Yellow", days: ["red-cells": 5], consecutiveDays: 2,
                surplusWeight: 0.5, groupWeight: 0.5, shortageCampaigns: false),
            StockLevel(
                id: "red", name: "红色预警", englishName: "Red", days: ["red-cells": 2], consecutiveDays: 1,
                surplusWeight: 1, groupWeight: 1, shortageCampaigns: true),
        ], groupMix: ["O+": 1])

    /// Red cells of O+ with these stocks on consecutive days, 10 issued a day.
    static func rows(_ stocks: [Int], issued: Int = 10) -> [StockRecord] {
        stocks.enumerated().map { day, stock in
            StockRecord(
                date: start.adding(days: day), group: oPositive, component: .redCells, inStock: stock, issued: issued)
        }
    }

    @Test func daysOfSupplyAreStockOverTheTrailingMeanOfIssues() throws {
        let status = StockStatus.on(
            Self.start.adding(days: 5), records: Self.rows([80, 70, 60, 50, 45, 40]), settings: Self.settings)
        let series = try #require(status.series.first)
        #expect(series.expectedDailyIssues == 10 && series.seasonFactor == 1)
        #expect(series.daysOfSupply == 4)
        // 45 and 40: two days below 5 → yellow; never below 2.
        #expect(series.level == 0 && status.level == 0)
        // Collections: stock − yesterday's + issued, over the last 4 days: 0, 0, 5, 5.
        #expect(series.meanDailyCollections == 2.5)
    }

    /// The level needs its days in a row: one day below 5 after a day above is not yet yellow.
    @Test(arguments: [([60, 45], nil), ([45, 45], 0), ([45, 15], 1), ([15, 60], nil)] as [([Int], Int?)])
    func levelsNeedTheirConsecutiveDays(stocks: [Int], level: Int?) {
        let status = StockStatus.on(
            Self.start.adding(days: stocks.count - 1), records: Self.rows(stocks), settings: Self.settings)
        #expect(status.series.first?.level == level)
    }

    /// Last year's issues in the weeks after the day over those before it scale the expected issues.
    @Test func theSeasonFactorComesFromLastYear() throws {
        var records: [StockRecord] = []
        // A year ago: 10 a day for the 4 days up to the day, 15 a day for the 4 after it.
        for offset in -367...(-361) {
            let issued = offset <= -364 ? 10 : 15
            records.append(
                StockRecord(
                    date: Self.start.adding(days: offset), group: Self.oPositive, component: .redCells, inStock: 100,
                    issued: issued))
        }
        records += Self.rows([100])
        let series = try #require(StockStatus.on(Self.start, records: records, settings: Self.settings).series.first)
        #expect(abs(series.seasonFactor - 1.5) < 1e-9)
        #expect(abs(series.expectedDailyIssues - 15) < 1e-9)
    }

    @Test func aTriggerLeavesOutSeriesTooSmallToPlanFor() throws {
        var rows = Self.rows([30, 15])
        rows += [
            StockRecord(
                date: Self.start.adding(days: 1), group: BloodGroup("AB-")!, component: .redCells, inStock: 0, issued: 0
            )
        ]
        var settings = Self.settings
        settings.minimumDailyIssues = 11
        #expect(StockStatus.on(Self.start.adding(days: 1), records: rows, settings: settings).trigger(settings) == nil)
        settings.minimumDailyIssues = 1
        let trigger = try #require(
            StockStatus.on(Self.start.adding(days: 1), records: rows, settings: settings).trigger(settings))
        #expect(trigger.level.id == "red" && trigger.groups == [Self.oPositive])
    }

    /// Stock carried forward: + collections − expected issues, never below 0; back above the level's days when it
    /// gets there.
    @Test func theProjectionCarriesStockForward() throws {
        let status = StockStatus.on(Self.start.adding(days: 1), records: Self.rows([20, 15]), settings: Self.settings)
        let series = try #require(status.series.first)
        #expect(series.level == 1)
        let projection = StockProjection.project(series, days: 3, settings: Self.settings) { _ in 20 }
        #expect(projection.days.map(\.stock) == [25, 35, 45])
        #expect(projection.threshold == 2 && projection.backAboveOn == Self.start.adding(days: 2))
        let falling = StockProjection.project(series, days: 3, settings: Self.settings) { _ in 0 }
        #expect(falling.days.map(\.stock) == [5, 0, 0] && falling.backAboveOn == nil)
    }

    @Test func stockSheetsAreCheckedAcrossRows() {
        var rows = Self.rows([30, 25])
        rows[1].collected = 2  // 10 issued, only 30 + 2 there: fine
        rows.append(rows[1])  // the same day again
        var late = rows[0]
        late.date = Self.start.adding(days: -1)  // before the series' last day
        rows.append(late)
        var over = Self.rows([30, 25])[1]
        over.date = Self.start.adding(days: 2)
        over.issued = 40
        over.collected = 5  // 25 + 5 there, 40 issued
        rows.insert(over, at: 2)
        let found = StockRules.check(rows, lines: [2, 3, 4, 5, 6], today: Self.start.adding(days: 10))
        #expect(found.map(\.index) == [2, 3, 4])
        #expect(found[0].problem.kind == .issuedAboveAvailable(issued: 40, available: 30))
        #expect(found[1].problem.kind == .duplicateRecord(key: rows[3].key, firstLine: 3))
        #expect(
            found[2].problem.kind
                == .dateOutOfOrder(date: "2026-10-31", previous: "2026-11-03", previousLine: 4))
    }

    @Test func theSimulatorRepeatsItselfForASeed() {
        let workspace = Workspace()
        let donations = [
            DonationRecord(
                month: YearMonth(year: 2026, month: 10)!, regionCode: "R", venueKind: .street, visits: 100, units: 3100)
        ]
        let a = StockSimulator(workspace: workspace, donations: donations, seed: 7)
        let rows = a.simulate(from: Self.start, to: Self.start.adding(days: 9))
        #expect(rows.count == 10 * 24)
        #expect(
            rows
                == StockSimulator(workspace: workspace, donations: donations, seed: 7).simulate(
                    from: Self.start, to: Self.start.adding(days: 9)))
        #expect(rows.allSatisfy { $0.inStock >= 0 && $0.issued >= 0 })
    }
}
