import Testing

@testable import OutreachEvaluation
@testable import OutreachModel

/// The shrink rule alone, with exact values: removing a row, or a fall beyond the threshold, shrinks history.
@Suite struct PeriodChangeTests {
    static func donation(_ region: String, visits: Int, units: Double) -> DonationRecord {
        DonationRecord(
            month: YearMonth(year: 2026, month: 10)!, regionCode: region, venueKind: .street, visits: visits,
            units: units)
    }

    @Test(arguments: [
        (100, 150.0, false),  // unchanged
        (90, 150.0, false),  // visits down exactly 10 %: not beyond the threshold
        (89, 150.0, true),  // visits down 11 %
        (100, 134.0, true),  // units down 10.7 %
        (120, 200.0, false),  // up
    ])
    func aFallBeyondTheThresholdShrinks(visits: Int, units: Double, shrinks: Bool) {
        let stored = [Self.donation("440902", visits: 100, units: 150)]
        let merge = RecordMerge.replacingPeriods(stored, with: [Self.donation("440902", visits: visits, units: units)])
        let changes = merge.diff.periodChanges(stored: stored)
        #expect(changes.contains { $0.shrinks(threshold: 0.1) } == shrinks)
    }

    @Test func aRemovedRowShrinksEvenWhenTotalsRise() {
        let stored = [Self.donation("440902", visits: 10, units: 15), Self.donation("440904", visits: 100, units: 150)]
        let merge = RecordMerge.replacingPeriods(stored, with: [Self.donation("440904", visits: 200, units: 300)])
        let change = merge.diff.periodChanges(stored: stored)
        #expect(change.count == 1)
        #expect(change[0].removed == 1 && change[0].changed == 1)
        #expect(change[0].before == [110, 165] && change[0].after == [200, 300])
        #expect(change[0].largestFall == 0 && change[0].shrinks(threshold: 0.1))
    }
}
