/// The Chinese lunar calendar as a table of the Gregorian dates on which lunar months begin.
///
/// Lunar month starts come from astronomy, not a formula worth re-deriving here; the table ships as data
/// (`Templates/calendar/lunar-months.json`) and covers the years the station plans for.
public struct LunarCalendar: Sendable, Equatable {
    /// First days of lunar months, ascending.
    public let monthStarts: [CivilDate]
    /// The starts of leap (intercalary) months, which repeat the previous month's number.
    public let leapMonthStarts: Set<CivilDate>

    public init(monthStarts: [CivilDate], leapMonthStarts: Set<CivilDate> = []) {
        self.monthStarts = monthStarts.sorted()
        self.leapMonthStarts = leapMonthStarts
    }

    /// The Gregorian date of a lunar month and day in the lunar year that begins on `newYear` (a Spring Festival
    /// date), skipping leap months; nil outside the table.
    public func date(month: Int, day: Int, inYearStarting newYear: CivilDate) -> CivilDate? {
        guard let first = monthStarts.firstIndex(of: newYear) else { return nil }
        var number = 0
        for start in monthStarts[first...] where !leapMonthStarts.contains(start) {
            number += 1
            guard number == month else { continue }
            let date = start.adding(days: day - 1)
            return covers(date) ? date : nil
        }
        return nil
    }

    /// The day of the lunar month (1–30), or nil outside the table.
    public func lunarDay(of date: CivilDate) -> Int? {
        guard let first = monthStarts.first, let last = monthStarts.last, date >= first, date < last.adding(days: 30)
        else { return nil }
        var low = 0
        var high = monthStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if monthStarts[middle] <= date { low = middle } else { high = middle - 1 }
        }
        let day = monthStarts[low].days(until: date) + 1
        return day <= 30 ? day : nil
    }

    public func covers(_ date: CivilDate) -> Bool { lunarDay(of: date) != nil }
}
