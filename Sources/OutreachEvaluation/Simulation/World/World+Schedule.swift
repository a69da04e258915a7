import OutreachModel

extension World {
    /// How the station actually went out: each team, on each of its working days (not every one), takes the open
    /// venue that promises most, its own county first; fixed sites open on their days.
    static func schedule(
        workspace: Workspace, venues: [Venue], venueCounty: [String], effect: [Double], settings: WorldSettings,
        from: CivilDate, to: CivilDate, episode: SimulationResult.Episode?, random: inout SeededRandom
    ) -> [Session] {
        let calendar = workspace.calendar
        let tree = workspace.tree
        let cityCode = workspace.settings.cityCode
        let teams = workspace.teams.filter { $0.kind != .fixedSite }.sorted { $0.id < $1.id }
        let teamCounty = teams.map { tree.division(of: $0.baseRegionCode, in: cityCode) }
        let templates = workspace.templates.filter { $0.allowedDays.onShortageOnly != true }.sorted { $0.id < $1.id }
        let byKind = Dictionary(grouping: templates.flatMap { template in template.venueKinds.map { ($0, template) } })
        {
            $0.0
        }.mapValues { $0.map(\.1) }
        let base = venues.indices.map { index in
            (settings.turnoutShare[venues[index].kind.rawValue] ?? 0) * Double(venues[index].reach) * effect[index]
        }
        // The day each venue may be visited again: its campaign's revisit interval plus up to half as long again,
        // so venues fall out of step as they do in practice.
        var lastVisit = venues.map { _ in Int.min / 2 }
        var slack = venues.map { _ in 0 }
        var sessions: [Session] = []
        for dayNumber in from.dayNumber...to.dayNumber {
            let date = CivilDate(dayNumber: dayNumber)
            for (index, venue) in venues.enumerated() where venue.kind == .fixedSite {
                if calendar.allows(venue.schedule, on: date) == true {
                    sessions.append(
                        Session(
                            venue: index, date: date, template: nil, team: nil, talk: false, expected: 0, donations: 0,
                            deferred: 0))
                }
            }
            guard calendar.holidays.closedForDrives(date) == nil else { continue }
            let month = YearMonth(date)
            let allowed = templates.filter { $0.allows(date, calendar: calendar) }.map(\.id)
            let open = venues.indices.map { index in
                venues[index].kind != .fixedSite && calendar.allows(venues[index].schedule, on: date) == true
            }
            var taken = Set<Int>()
            for (number, team) in teams.enumerated() {
                guard calendar.allows(team.workingDays, on: date) == true, random.unit() < settings.teamDaysUsed
                else { continue }
                var best: (score: Double, venue: Int, template: CampaignTemplate)?
                for index in venues.indices where open[index] && !taken.contains(index) {
                    for template in byKind[venues[index].kind] ?? []
                    where template.staff <= team.staff && allowed.contains(template.id)
                        && lastVisit[index] + template.minimumRevisitDays + slack[index] <= dayNumber
                    {
                        let near = venueCounty[index] == teamCounty[number] ? 1 : 0.8
                        let score =
                            base[index] * (settings.campaignLift[template.id] ?? 1) * near * (0.7 + 0.6 * random.unit())
                        if score > (best?.score ?? 0) { best = (score, index, template) }
                    }
                }
                guard let best else { continue }
                taken.insert(best.venue)
                lastVisit[best.venue] = dayNumber
                slack[best.venue] = Int(random.unit() * Double(best.template.minimumRevisitDays) / 2)
                let quiet =
                    episode.map { $0.regionCode == venueCounty[best.venue] && month >= $0.from && month <= $0.through }
                    ?? false
                let talk = best.template.promotion.contains { $0.channel == "township-talk" } && !quiet
                sessions.append(
                    Session(
                        venue: best.venue, date: date, template: best.template.id, team: team.id, talk: talk,
                        expected: 0, donations: 0, deferred: 0))
            }
        }
        return sessions
    }
}
