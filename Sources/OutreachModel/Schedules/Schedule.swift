/// When a venue can host a drive or a team works, written in one spreadsheet cell.
///
/// The spellings are short so staff can type them in Excel:
/// `daily`, `workdays` (official working days, including make-up days), `rest-days`,
/// `weekdays:mon,wed,fri`, `market:1,4,7` or `逢一四七` (solar day of month by last digit),
/// `lunar-market:1,4,7` or `农历逢一四七`, `term:<id>` (term time of an academic calendar in `calendar.json`),
/// `hours:mon-fri 08:00-17:30; sat-sun 09:00-16:00` (fixed sites).
public enum Schedule: Hashable, Sendable {
    case daily
    case workdays
    case restDays
    case weekdays([Weekday])
    /// Market days whose day of month ends in one of these digits (0 stands for 10, 20, 30).
    case market(digits: [Int], lunar: Bool)
    case term(calendarID: String)
    case hours(OpeningHours)

    /// The days of month a market with these digits meets: 逢一四七 → 1, 4, 7, 11, 14, 17, 21, 24, 27.
    ///
    /// The 31st is left out, as in most township cycles (one market every three days within a ten-day 旬).
    public static func marketDays(digits: [Int]) -> [Int] {
        (1...30).filter { digits.contains($0 % 10) }
    }
}
