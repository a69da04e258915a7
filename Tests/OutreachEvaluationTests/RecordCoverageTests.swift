import OutreachModel
import Testing

@testable import OutreachEvaluation

struct RecordCoverageTests {
    static let october = YearMonth(year: 2026, month: 10)!
    static func months(_ values: [Int]) -> Set<YearMonth> { Set(values.map { YearMonth(year: 2026, month: $0)! }) }

    @Test(arguments: [
        // Both tables through October: nothing missing.
        ([7, 8, 9, 10], [7, 8, 9, 10], [RecordCoverage.Table](), [[Int]]()),
        // Donations recorded for October, promotion not yet.
        ([7, 8, 9], [7, 8, 9, 10], [.promotion], [[10]]),
        // Nothing for October at all.
        ([7, 8, 9], [7, 8, 9], [.promotion, .donations], [[10], [10]]),
        // An earlier month with donations but no promotion.
        ([7, 9, 10], [7, 8, 9, 10], [.promotion], [[8]]),
    ])
    func gapsNameTheTableAndTheMonths(
        promotion: [Int], donations: [Int], tables: [RecordCoverage.Table], missing: [[Int]]
    ) {
        let gaps = RecordCoverage.gaps(
            promotionMonths: Self.months(promotion), donationMonths: Self.months(donations), month: Self.october,
            lookback: 12)
        #expect(gaps.map(\.table) == tables)
        #expect(gaps.map { $0.months.map(\.month) } == missing)
    }

    @Test func monthsBeforeTheFirstRecordedOneAreNotGaps() {
        let gaps = RecordCoverage.gaps(
            promotionMonths: Self.months([9, 10]), donationMonths: Self.months([9, 10]), month: Self.october,
            lookback: 12)
        #expect(gaps.isEmpty)
    }
}
