extension WorkspaceValidator {
    func templateProblems() -> [Problem] {
        var problems: [Problem] = []
        let channels = workspace.channels.map(\.code)
        let observances = workspace.calendar.observances.map(\.id)
        for template in workspace.templates {
            let subject = Subject.template(template.id)
            func invalid(_ field: String, _ value: String, _ expected: Expectation) {
                problems.append(
                    .error(.invalidValue(field: field, value: value, expected: expected), subject, field: field))
            }
            if template.leadTimeDays < 0 { invalid("leadTimeDays", "\(template.leadTimeDays)", .nonNegativeInteger) }
            if template.durationDays < 1 { invalid("durationDays", "\(template.durationDays)", .positiveInteger) }
            if template.staff < 1 { invalid("staff", "\(template.staff)", .positiveInteger) }
            if template.minimumRevisitDays < 0 {
                invalid("minimumRevisitDays", "\(template.minimumRevisitDays)", .nonNegativeInteger)
            }
            if !(0...1).contains(template.turnoutShareOfReach) {
                invalid("turnoutShareOfReach", "\(template.turnoutShareOfReach)", .fraction)
            }
            if template.venueKinds.isEmpty {
                invalid("venueKinds", "[]", .oneOf(VenueKind.allCases.map(\.rawValue)))
            }
            for (position, item) in template.promotion.enumerated() where !channels.contains(item.channel) {
                let suggestion = NearestName.suggestion(for: item.channel, among: channels)
                problems.append(
                    .error(
                        .unknownReference(.channel, item.channel, suggestion: suggestion), subject,
                        field: "promotion[\(position)].channel"))
            }
            for month in template.allowedDays.months ?? [] where !(1...12).contains(month) {
                invalid("allowedDays.months", "\(month)", .month)
            }
            if let observance = template.allowedDays.observance, !observances.contains(observance) {
                let suggestion = NearestName.suggestion(for: observance, among: observances)
                problems.append(
                    .error(
                        .unknownReference(.observance, observance, suggestion: suggestion), subject,
                        field: "allowedDays.observance"))
            }
            if let rule = template.allowedDays.rule {
                do throws(Schedule.ParseError) {
                    _ = try Schedule(parsing: rule)
                } catch {
                    invalid("allowedDays.rule", rule, .schedule(error))
                }
            }
        }
        return problems
    }

    /// Warns when a venue's academic calendar (or the planning year ahead) reaches a year without the official
    /// holiday schedule: plans there would treat holidays as working days.
    func calendarProblems() -> [Problem] {
        let calendar = workspace.calendar
        var problems: [Problem] = []
        for (id, terms) in calendar.terms.sorted(by: { $0.key < $1.key }) {
            for term in terms {
                if let end = term.period.end, end < term.period.start {
                    problems.append(
                        .error(.endsBeforeStart(start: term.period.start, end: end), .calendar, field: "terms.\(id)"))
                }
            }
            let years = Set(
                terms.flatMap { term in [term.period.start.year, term.period.end?.year].compactMap { $0 } })
            for year in years.sorted() where year >= today.year && !calendar.holidays.covers(year: year) {
                problems.append(
                    .warning(.holidayDataMissing(year: year, reachedBy: id), .calendar, field: "terms.\(id)"))
            }
        }
        if !calendar.holidays.covers(year: today.year) {
            problems.append(.warning(.holidayDataMissing(year: today.year, reachedBy: ""), .holidays))
        }
        return problems
    }
}
