import OutreachModel

extension Plan {
    /// Whole-blood units the plan expects on each day: its drives' expected units, and each month's fixed-site
    /// units spread evenly over the month's days inside the plan; each weighted by `share` of its venue (nil for
    /// the fixed sites' total), such as the share of a blood group among the venue's donors.
    public func expectedUnitsByDay(share: (String?) -> Double = { _ in 1 }) -> [CivilDate: Double] {
        var units: [CivilDate: Double] = [:]
        for drive in drives { units[drive.date, default: 0] += drive.expectedUnits * share(drive.venue) }
        var fixedByMonth: [YearMonth: Double] = [:]
        for line in targets { fixedByMonth[line.month, default: 0] += line.fixedSiteUnits }
        var day = from
        while day <= to {
            let month = YearMonth(day)
            let first = max(from, month.firstDay)
            let last = min(to, month.lastDay)
            let days = Double(last.dayNumber - first.dayNumber + 1)
            units[day, default: 0] += (fixedByMonth[month] ?? 0) / days * share(nil)
            day = day.adding(days: 1)
        }
        return units
    }

    /// Drives per week (weeks starting on Monday), with the emergency appeals and extended fixed-site days among
    /// them and their expected units.
    public func weeks() -> [(start: CivilDate, drives: Int, appeals: Int, extended: Int, units: Double)] {
        var weeks: [CivilDate: (drives: Int, appeals: Int, extended: Int, units: Double)] = [:]
        for drive in drives {
            let start = drive.date.adding(days: 1 - drive.date.weekday.rawValue)
            var week = weeks[start] ?? (0, 0, 0, 0)
            week.drives += 1
            if drive.template == Plan.appealTemplate { week.appeals += 1 }
            if drive.template == Plan.extendedHoursTemplate { week.extended += 1 }
            week.units += drive.expectedUnits
            weeks[start] = week
        }
        return weeks.keys.sorted().map {
            ($0, weeks[$0]!.drives, weeks[$0]!.appeals, weeks[$0]!.extended, weeks[$0]!.units)
        }
    }

    /// The shortage-only campaigns of the bundled templates.
    public static let appealTemplate = "emergency-appeal"
    public static let extendedHoursTemplate = "fixed-site-extended"
}
