extension WorkspaceValidator {
    func venueProblems() -> [Problem] {
        var problems = duplicates(workspace.venues, id: \.id, kind: .venue, subject: Subject.venue, field: "id")
        let calendar = workspace.calendar
        for (index, venue) in workspace.venues.enumerated() {
            if tree.region(code: venue.regionCode) == nil {
                problems.append(unknownRegion(venue.regionCode, .venue(index), field: "region"))
            }
            if case .term(let id) = venue.schedule, calendar.terms[id] == nil {
                let suggestion = NearestName.suggestion(for: id, among: calendar.terms.keys.sorted())
                problems.append(
                    .error(
                        .unknownReference(.termCalendar, id, suggestion: suggestion), .venue(index), field: "schedule"))
            }
            if let usual = Self.usualSchedule(for: venue) {
                problems.append(
                    .warning(
                        .scheduleUnusualForKind(venue.kind, schedule: venue.schedule.spelling, usual: usual),
                        .venue(index), field: "schedule"))
            }
            if case .market(_, lunar: true) = venue.schedule, !calendar.lunar.covers(today) {
                problems.append(
                    .warning(.lunarDataMissing(year: today.year, venue: venue.name), .venue(index), field: "schedule"))
            }
        }
        let kindsWithCampaign = Set(workspace.templates.flatMap(\.venueKinds))
        if !workspace.templates.isEmpty {
            for kind in Set(workspace.venues.map(\.kind)).subtracting(kindsWithCampaign).sorted(by: {
                $0.rawValue < $1.rawValue
            }) {
                if let first = workspace.venues.firstIndex(where: { $0.kind == kind }) {
                    problems.append(.warning(.noCampaignForVenueKind(kind), .venue(first), field: "kind"))
                }
            }
        }
        problems += publicAddressProblems()
        return problems
    }

    /// One warning for all venues the public schedule lists without an address (its readers need to find them);
    /// the schedule shows their town instead.
    func publicAddressProblems() -> [Problem] {
        let publicKinds = Set(workspace.templates.filter(\.isPublic).flatMap(\.venueKinds))
        let missing = workspace.venues.indices.filter { index in
            let venue = workspace.venues[index]
            return publicKinds.contains(venue.kind) && venue.address.allSatisfy(\.isWhitespace)
        }
        guard let first = missing.first else { return [] }
        let examples = missing.prefix(5).map { workspace.venues[$0].id }
        return [
            .warning(
                .publicVenuesWithoutAddress(count: missing.count, examples: examples), .venue(first), field: "address")
        ]
    }

    /// The spelling a venue of this kind normally has, when its own schedule does not fit the kind.
    static func usualSchedule(for venue: Venue) -> String? {
        switch (venue.kind, venue.schedule) {
        case (.college, .term), (.school, .term), (.government, .workdays), (.market, .market), (.fixedSite, .hours):
            return nil
        case (.college, _), (.school, _): return "term:<id>"
        case (.government, _): return "workdays"
        case (.market, _): return "market:1,4,7"
        case (.fixedSite, _): return "hours:mon-sun 08:30-17:30"
        default: return nil
        }
    }

    func teamProblems() -> [Problem] {
        var problems = duplicates(workspace.teams, id: \.id, kind: .team, subject: Subject.team, field: "id")
        for (index, team) in workspace.teams.enumerated() {
            if tree.region(code: team.baseRegionCode) == nil {
                problems.append(unknownRegion(team.baseRegionCode, .team(index), field: "base"))
            }
            switch team.workingDays {
            case .daily, .workdays, .restDays, .weekdays: break
            case .market, .term, .hours:
                problems.append(
                    .error(
                        .invalidValue(
                            field: "working_days", value: team.workingDays.spelling, expected: .teamWorkingDays),
                        .team(index), field: "working_days"))
            }
        }
        return problems
    }
}
