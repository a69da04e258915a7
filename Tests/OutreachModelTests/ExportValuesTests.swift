import Testing

@testable import OutreachModel

/// The spellings a blood-management export uses for dates, volumes and counts, read straight from bytes.
@Suite struct ExportValuesTests {
    static func read<Value>(_ text: String, _ parse: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        Array(text.utf8).withUnsafeBufferPointer(parse)
    }

    @Test(arguments: [
        "2026/1/5", "2026-01-05", "2026.1.5", "2026年1月5日", "2026-01-05 08:30:00", "2026-01-05T08:30", " 2026/1/5",
        "46027",
    ])
    func datesInEverySpellingAreTheSameDay(text: String) {
        #expect(Self.read(text, ExportValues.date) == CivilDate(year: 2026, month: 1, day: 5)!.dayNumber)
    }

    @Test(arguments: [
        "2026/13/1", "2026/2/30", "2025-02-29", "1899/12/31", "2026/1", "2026/1/5/7", "", "昨天", "0", "x46027",
    ])
    func impossibleDatesAreRefused(text: String) {
        #expect(Self.read(text, ExportValues.date) == nil)
    }

    @Test(arguments: [
        ("400", 2.0), ("400ml", 2.0), ("400 mL", 2.0), ("400毫升", 2.0), ("2U", 2.0), ("1.5 u", 1.5), ("2单位", 2.0),
        ("200", 1.0), ("300", 1.5), (" 1u", 1.0),
    ])
    func volumesBecomeUnitsOf200Millilitres(text: String, units: Double) {
        let value = Self.read(text) {
            ExportValues.units($0, allowedMillilitres: [200, 300, 400], unitMillilitres: 200)
        }
        #expect(value == units)
    }

    @Test(arguments: ["250", "5U", "400kg", "ml", "", "四百"])
    func volumesOutsideTheRulesAreRefused(text: String) {
        #expect(
            Self.read(text) { ExportValues.units($0, allowedMillilitres: [200, 300, 400], unitMillilitres: 200) } == nil
        )
    }

    @Test(arguments: [("1", 1), ("2", 2), ("2.0", 2), (" 2 ", 2), ("2.", 2), ("2.00", 2)])
    func countsAcceptWholeNumbersWrittenAsDecimals(text: String, count: Int) {
        #expect(Self.read(text, ExportValues.count) == count)
    }

    @Test(arguments: ["2.5", "", "x", "-1", "1e2", "2 doses"])
    func countsRefuseAnythingElse(text: String) {
        #expect(Self.read(text, ExportValues.count) == nil)
    }
}
