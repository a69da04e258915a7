/// China's official calendar of public holidays and make-up working days (调休).
///
/// The State Council publishes each year's schedule around November; until then a year is "not covered" and
/// callers must say so rather than guess. The statutory holidays themselves (and Spring Festival) are known
/// far ahead and kept separately, so an uncovered year lacks only its bridging days and make-up workdays.
public struct HolidayCalendar: Sendable, Equatable {
    /// Official days off, with the holiday's name.
    public var holidays: [CivilDate: String]
    /// Weekend days that are official working days.
    public var makeUpWorkdays: [CivilDate: String]
    /// First day of the lunar year, by Gregorian year.
    public var springFestival: [Int: CivilDate]
    /// Years whose official schedule is present.
    public var coveredYears: Set<Int>
    /// Statutory holidays by day, known years ahead (`StatutoryHoliday.days`): days off in every year, covered
    /// or not, and closed for drives.
    public var statutory: [CivilDate: StatutoryHoliday]

    public init(
        holidays: [CivilDate: String] = [:], makeUpWorkdays: [CivilDate: String] = [:],
        springFestival: [Int: CivilDate] = [:], coveredYears: Set<Int>? = nil,
        statutory: [CivilDate: StatutoryHoliday] = [:]
    ) {
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
        self.springFestival = springFestival
        self.statutory = statutory
        self.coveredYears =
            coveredYears ?? Set(holidays.keys.map(\.year)).union(makeUpWorkdays.keys.map(\.year))
    }

    public func covers(year: Int) -> Bool { coveredYears.contains(year) }

    /// Whether government bodies and enterprises work on this day. Outside covered years only weekends and the
    /// statutory holidays rest (the bridging days and make-up workdays are not known yet).
    public func isWorkday(_ date: CivilDate) -> Bool {
        if makeUpWorkdays[date] != nil { return true }
        if isHoliday(date) { return false }
        return !date.weekday.isWeekend
    }

    public func isHoliday(_ date: CivilDate) -> Bool { holidays[date] != nil || statutory[date] != nil }

    /// The statutory holiday on the day, when no drive may be held.
    public func closedForDrives(_ date: CivilDate) -> StatutoryHoliday? { statutory[date] }
}
