import Testing

@testable import OutreachModel

@Suite struct CivilDateTests {
    @Test(arguments: [("2026-07-01", "2026-07-01"), ("2026/1/5", "2026-01-05"), (" 2024-02-29 ", "2024-02-29")])
    func parsesISOAndExcelSpellings(text: String, expected: String) {
        #expect(CivilDate(text)?.description == expected)
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "2026-13-01", "26-01-01", "2026-1", "today", "", "2026-01-01x"])
    func rejectsDaysThatDoNotExist(text: String) {
        #expect(CivilDate(text) == nil)
    }

    @Test func dayNumbersRoundTripAndCountDays() {
        for number in stride(from: -800, through: 40_000, by: 37) {
            #expect(CivilDate(dayNumber: number).dayNumber == number)
        }
        #expect(d("1970-01-01").dayNumber == 0)
        #expect(d("2026-01-01").days(until: d("2027-01-01")) == 365)
        #expect(d("2024-03-01").adding(days: -1) == d("2024-02-29"))
    }

    @Test func knowsTheWeekday() {
        #expect(d("2026-11-24").weekday == .tuesday)
        #expect(d("2026-01-04").weekday == .sunday)
    }

    @Test func addingMonthsClampsToTheMonthEnd() {
        #expect(d("2026-08-31").adding(months: 6) == d("2027-02-28"))
        #expect(d("2026-01-15").adding(months: 6) == d("2026-07-15"))
        #expect(d("2026-11-30").adding(months: 3) == d("2027-02-28"))
    }
}
