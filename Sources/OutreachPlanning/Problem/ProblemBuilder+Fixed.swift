import OutreachModel

extension ProblemBuilder {
    /// Adds the drives kept from before the re-plan date, the pins, and the previous plan's later drives.
    func addFixedAndPrevious(to problem: inout PlanningProblem, notices: inout [PlanNotice]) throws(PlanningError) {
        var candidateAt: [DriveID: [Int]] = [:]
        for (index, candidate) in problem.candidates.enumerated() {
            candidateAt[DriveID(venueID: driveVenues[candidate.venue].id, date: candidate.date), default: []].append(
                index)
        }
        let replanFrom = request.replanFrom ?? request.from
        let previousByID = Dictionary(request.previous.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let pinned = Set(request.pins)

        for drive in request.previous where drive.date < replanFrom && !pinned.contains(drive.id) {
            if let choice = match(drive, in: candidateAt[drive.id] ?? [], problem) ?? keptCandidate(drive, in: &problem)
            {
                problem.kept.append(choice)
            } else {
                notices.append(.keptDriveDropped(drive.id))
            }
        }
        for pin in request.pins {
            guard let venueNumber = venueIndex[pin.venueID] else {
                let names = workspace.venues.map(\.id)
                throw .unknownPinVenue(pin.venueID, suggestion: NearestName.suggestion(for: pin.venueID, among: names))
            }
            let options = candidateAt[pin].map { $0 } ?? []
            guard !options.isEmpty else { throw .infeasiblePin(pin, diagnose(pin, venue: driveVenues[venueNumber])) }
            if let previous = previousByID[pin], let choice = match(previous, in: options, problem) {
                problem.pinned.append(choice)
            } else {
                let best = options.max { fullPoolUnits(problem, $0) < fullPoolUnits(problem, $1) } ?? options[0]
                problem.pinned.append(.init(candidate: best, team: problem.candidates[best].teams[0].team))
            }
        }
        for drive in request.previous where drive.date >= replanFrom && !pinned.contains(drive.id) {
            if let choice = match(drive, in: candidateAt[drive.id] ?? [], problem) { problem.previous.append(choice) }
        }
    }

    /// The candidate of the same campaign, with the same team when it can still serve.
    func match(_ drive: PlannedDrive, in options: [Int], _ problem: PlanningProblem) -> PlanningProblem.Choice? {
        guard let index = options.first(where: { problem.candidates[$0].template == drive.template }) else {
            return nil
        }
        let teams = problem.candidates[index].teams
        let team = teams.first { problem.teams[$0.team].id == drive.team } ?? teams[0]
        return .init(candidate: index, team: team.team)
    }

    /// A kept drive the current data would no longer allow (the venue changed its days, say): history stands.
    func keptCandidate(_ drive: PlannedDrive, in problem: inout PlanningProblem) -> PlanningProblem.Choice? {
        guard let venueNumber = venueIndex[drive.venue], let teamNumber = teamIndex[drive.team],
            let template = templates.first(where: { $0.id == drive.template })
        else { return nil }
        let option = self.option(teamNumber, teams[teamNumber], template, driveVenues[venueNumber])
        var candidate = self.candidate(venueNumber, driveVenues[venueNumber], template, drive.date, [option])
        candidate.meetsLeadTime = false
        problem.candidates.append(candidate)
        return .init(candidate: problem.candidates.count - 1, team: teamNumber)
    }

    func fullPoolUnits(_ problem: PlanningProblem, _ index: Int) -> Double {
        let candidate = problem.candidates[index]
        let turnout = min(
            candidate.teams[0].maximumTurnout, candidate.turnoutShare * problem.venues[candidate.venue].pool)
        return turnout * candidate.unitsPerDonation
    }

    /// The first hard rule that rules out a drive at the venue on the day.
    func diagnose(_ pin: DriveID, venue: Venue) -> RuleBreak {
        let date = pin.date
        if date < request.from || date > request.to { return .outsideHorizon }
        if venue.kind == .fixedSite { return .venueNotForDrives }
        if let holiday = workspace.calendar.holidays.closedForDrives(date) { return .statutoryHoliday(holiday) }
        switch workspace.calendar.allows(venue.schedule, on: date) {
        case false?: return .venueClosed(schedule: venue.schedule.spelling)
        case nil: return .calendarUnknown(schedule: venue.schedule.spelling)
        case true?: break
        }
        if isBlocked(venue: venue.id, date) { return .blocked(venue.id) }
        let suitable = templates.filter { $0.venueKinds.contains(venue.kind) }
        let allowed = suitable.filter { allows($0, on: date) }
        guard !allowed.isEmpty else {
            return .campaignNotAllowed(template: suitable.map(\.id).joined(separator: ","))
        }
        return .noTeamAvailable
    }
}
