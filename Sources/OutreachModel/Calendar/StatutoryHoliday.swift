/// The statutory public holidays of the State Council's 全国年节及纪念日放假办法 as revised in 2024 (in force
/// from 2025): their days are fixed by the solar or lunar calendar years ahead, unlike the bridging days and
/// weekend make-up workdays (调休) published each November. Drives are not held on them in any year.
public enum StatutoryHoliday: String, CaseIterable, Hashable, Sendable, Codable {
    /// 元旦: 1 January.
    case newYear = "new-year"
    /// 春节: lunar new year's eve and the first three days of the lunar year.
    case springFestival = "spring-festival"
    /// 清明: the day of the Qingming solar term (4 or 5 April).
    case qingming
    /// 劳动节: 1 and 2 May.
    case labourDay = "labour-day"
    /// 端午: the 5th day of the 5th lunar month.
    case dragonBoat = "dragon-boat"
    /// 中秋: the 15th day of the 8th lunar month.
    case midAutumn = "mid-autumn"
    /// 国庆: 1 to 3 October.
    case nationalDay = "national-day"

    /// The first year the revised rules (four Spring Festival days, two Labour Day days) apply.
    public static let firstYear = 2025

    /// The statutory days of every year from `firstYear` that the Spring Festival table reaches, from it, the
    /// lunar month table and the Qingming dates; a holiday whose data do not reach a year is left out there.
    public static func days(springFestival: [Int: CivilDate], qingming: [Int: CivilDate], lunar: LunarCalendar)
        -> [CivilDate: StatutoryHoliday]
    {
        var result: [CivilDate: StatutoryHoliday] = [:]
        for year in springFestival.keys where year >= firstYear {
            func add(_ holiday: StatutoryHoliday, _ first: CivilDate?, days: Int = 1) {
                guard let first else { return }
                for offset in 0..<days { result[first.adding(days: offset)] = holiday }
            }
            add(.newYear, CivilDate(year: year, month: 1, day: 1))
            let newYear = springFestival[year]!
            add(.springFestival, newYear.adding(days: -1), days: 4)
            add(.qingming, qingming[year])
            add(.labourDay, CivilDate(year: year, month: 5, day: 1), days: 2)
            add(.dragonBoat, lunar.date(month: 5, day: 5, inYearStarting: newYear))
            add(.midAutumn, lunar.date(month: 8, day: 15, inYearStarting: newYear))
            add(.nationalDay, CivilDate(year: year, month: 10, day: 1), days: 3)
        }
        return result
    }
}
