import Testing

@testable import OutreachModel

@Suite struct ScheduleTests {
    @Test(arguments: [
        ("daily", Schedule.daily), ("workdays", .workdays), ("rest-days", .restDays),
        ("weekdays:mon-wed,sat", .weekdays([.monday, .tuesday, .wednesday, .saturday])),
        ("market:1,4,7", .market(digits: [1, 4, 7], lunar: false)), ("逢二五八", .market(digits: [2, 5, 8], lunar: false)),
        ("农历逢三六九", .market(digits: [3, 6, 9], lunar: true)),
        ("lunar-market:3/6/9", .market(digits: [3, 6, 9], lunar: true)),
        ("term:colleges", .term(calendarID: "colleges")),
        (
            "hours:mon-fri 08:30-17:30; sat,sun 09:00-21:00",
            .hours(
                OpeningHours(spans: [
                    .init(weekdays: [.monday, .tuesday, .wednesday, .thursday, .friday], opens: 510, closes: 1050),
                    .init(weekdays: [.saturday, .sunday], opens: 540, closes: 1260),
                ]))
        ),
    ])
    func parsesEverySpelling(text: String, expected: Schedule) throws {
        let schedule = try Schedule(parsing: text)
        #expect(schedule == expected)
        #expect(try Schedule(parsing: schedule.spelling) == schedule)
    }

    @Test(arguments: [
        ("sometimes", Schedule.ParseError.unknownRule("sometimes")), ("weekdays:funday", .badWeekday("funday")),
        ("market:1,x", .badMarketDigits("1,x")), ("逢一四x", .badMarketDigits("逢一四x")), ("term:", .missingTermID),
        ("hours:mon-fri 18:00-09:00", .badHours("mon-fri 18:00-09:00")),
    ])
    func explainsWhatIsWrong(text: String, error: Schedule.ParseError) {
        #expect(throws: error) { try Schedule(parsing: text) }
    }

    @Test func marketDaysFollowTheTenDayCycle() {
        #expect(Schedule.marketDays(digits: [1, 4, 7]) == [1, 4, 7, 11, 14, 17, 21, 24, 27])
        #expect(Schedule.marketDays(digits: [0]) == [10, 20, 30])
    }
}
