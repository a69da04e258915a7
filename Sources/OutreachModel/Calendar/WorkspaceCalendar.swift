/// Everything the toolkit knows about days: national holidays, lunar months, observances, and the
/// workspace's own academic terms and campaign periods.
public struct WorkspaceCalendar: Sendable, Equatable {
    public var holidays: HolidayCalendar
    public var lunar: LunarCalendar
    public var observances: [Observance]
    /// Academic calendars by id, referenced from venue schedules as `term:<id>`.
    public var terms: [String: [AcademicTerm]]
    public var campaignPeriods: [CampaignPeriod]

    public init(
        holidays: HolidayCalendar = HolidayCalendar(), lunar: LunarCalendar = LunarCalendar(monthStarts: []),
        observances: [Observance] = [], terms: [String: [AcademicTerm]] = [:],
        campaignPeriods: [CampaignPeriod] = []
    ) {
        self.holidays = holidays
        self.lunar = lunar
        self.observances = observances
        self.terms = terms
        self.campaignPeriods = campaignPeriods
    }
}

extension WorkspaceCalendar {
    /// Whether a drive can be held under the rule on the date; nil when the calendar cannot tell (a lunar
    /// market outside the lunar table, an unknown academic calendar).
    public func allows(_ schedule: Schedule, on date: CivilDate) -> Bool? {
        switch schedule {
        case .daily: return true
        case .workdays: return holidays.isWorkday(date)
        case .restDays: return !holidays.isWorkday(date)
        case .weekdays(let days): return days.contains(date.weekday) && !holidays.isHoliday(date)
        case .market(let digits, let lunar):
            let day = lunar ? self.lunar.lunarDay(of: date) : date.day
            return day.map { Schedule.marketDays(digits: digits).contains($0) }
        case .term(let id):
            guard let calendar = terms[id] else { return nil }
            return calendar.contains { $0.period.contains(date) } && !holidays.isHoliday(date)
        case .hours(let hours): return hours.span(on: date.weekday) != nil
        }
    }

    /// The last day a schedule's own data reaches (the end of its latest term), if it has one.
    public func lastDay(of schedule: Schedule) -> CivilDate? {
        guard case .term(let id) = schedule else { return nil }
        return terms[id]?.compactMap(\.period.end).max()
    }
}
