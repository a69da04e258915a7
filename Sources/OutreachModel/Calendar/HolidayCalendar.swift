/// China's official calendar of public holidays and make-up working days (调休).
///
/// The State Council publishes each year's schedule around November; until then a year is "not covered" and
/// callers must say so rather than guess. Spring Festival dates are known far ahead and kept separately.
public struct HolidayCalendar: Sendable, Equatable {
    /// Official days off, with the holiday's name.
    public var holidays: [CivilDate: String]
    /// Weekend days that are official working days.
    public var makeUpWorkdays: [CivilDate: String]
    /// First day of the lunar year, by Gregorian year.
    public var springFestival: [Int: CivilDate]
    /// Years whose official schedule is present.
    public var coveredYears: Set<Int>

    public init(
        holidays: [CivilDate: String] = [:], makeUpWorkdays: [CivilDate: String] = [:],
        springFestival: [Int: CivilDate] = [:], coveredYears: Set<Int>? = nil
    ) {
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
        self.springFestival = springFestival
        self.coveredYears =
            coveredYears ?? Set(holidays.keys.map(\.year)).union(makeUpWorkdays.keys.map(\.year))
    }

    public func covers(year: Int) -> Bool { coveredYears.contains(year) }

    /// Whether government bodies and enterprises work on this day. Outside covered years only weekends rest.
    public func isWorkday(_ date: CivilDate) -> Bool {
        if makeUpWorkdays[date] != nil { return true }
        if holidays[date] != nil { return false }
        return !date.weekday.isWeekend
    }

    public func isHoliday(_ date: CivilDate) -> Bool { holidays[date] != nil }
}
