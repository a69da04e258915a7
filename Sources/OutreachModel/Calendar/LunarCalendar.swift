/// The Chinese lunar calendar as a table of the Gregorian dates on which lunar months begin.
///
/// Lunar month starts come from astronomy, not a formula worth re-deriving here; the table ships as data
/// (`Templates/calendar/lunar-months.json`) and covers the years the station plans for.
public struct LunarCalendar: Sendable, Equatable {
    /// First days of lunar months, ascending.
    public let monthStarts: [CivilDate]

    public init(monthStarts: [CivilDate]) { self.monthStarts = monthStarts.sorted() }

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
