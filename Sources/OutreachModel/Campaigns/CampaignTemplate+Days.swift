extension CampaignTemplate {
    /// Whether the campaign's own day rules allow the date: its months or campaign period, its day rule and its
    /// observance window. The venue's schedule is checked separately.
    public func allows(_ date: CivilDate, calendar: WorkspaceCalendar) -> Bool {
        if let months = allowedDays.months, !months.contains(date.month) { return false }
        if let id = allowedDays.campaignPeriod {
            guard let period = calendar.campaignPeriods.first(where: { $0.id == id }),
                period.months.contains(date.month), period.sinceYear.map({ date.year >= $0 }) ?? true
            else { return false }
        }
        if let spelling = allowedDays.rule {
            guard let rule = try? Schedule(parsing: spelling), calendar.allows(rule, on: date) == true else {
                return false
            }
        }
        if let id = allowedDays.observance {
            guard let observance = calendar.observances.first(where: { $0.id == id }),
                let day = CivilDate(year: date.year, month: observance.month, day: observance.day),
                abs(day.days(until: date)) <= (allowedDays.windowDays ?? 0)
            else { return false }
        }
        return true
    }
}

extension CampaignTemplate {
    /// The campaign a past drive at a kind of venue on a date most likely ran under: a dated campaign (a campaign
    /// period, an observance, given months) before an ordinary one, then by id.
    public static func likely(
        _ templates: [CampaignTemplate], kind: VenueKind, on date: CivilDate, _ calendar: WorkspaceCalendar
    ) -> CampaignTemplate? {
        templates.filter { $0.venueKinds.contains(kind) && $0.allows(date, calendar: calendar) }.min { first, second in
            (first.isDated ? 0 : 1, first.id) < (second.isDated ? 0 : 1, second.id)
        }
    }

    var isDated: Bool {
        allowedDays.campaignPeriod != nil || allowedDays.observance != nil || allowedDays.months != nil
    }
}
