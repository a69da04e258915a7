import OutreachModel

/// A drive that breaks a hard rule.
public struct RuleViolation: Hashable, Sendable, Codable {
    public var drive: DriveID
    public var rule: RuleBreak

    public init(drive: DriveID, rule: RuleBreak) {
        self.drive = drive
        self.rule = rule
    }
}

/// Checks a plan's drives against the workspace's hard rules directly, from the venues, teams, templates and
/// calendar, without the planner's candidate lists or search state; tests use it to catch a solver that breaks
/// a rule.
public struct PlanRuleChecker {
    public var workspace: Workspace
    public var plan: Plan

    public init(workspace: Workspace, plan: Plan) {
        self.workspace = workspace
        self.plan = plan
    }

    public func violations() -> [RuleViolation] {
        var found: [RuleViolation] = []
        let venues = Dictionary(workspace.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let teams = Dictionary(workspace.teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let templates = Dictionary(workspace.templates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let calendar = workspace.calendar
        var teamDays: [String: DriveID] = [:]
        var teamMonths: [String: Int] = [:]
        let maximum = workspace.stock.maximumTeamDaysPerMonth
        for drive in plan.drives {
            func flag(_ rule: RuleBreak) { found.append(RuleViolation(drive: drive.id, rule: rule)) }
            guard let venue = venues[drive.venue] else {
                flag(.unknownVenue(drive.venue))
                continue
            }
            guard let template = templates[drive.template] else {
                flag(.unknownTemplate(drive.template))
                continue
            }
            guard let team = teams[drive.team] else {
                flag(.unknownTeam(drive.team))
                continue
            }
            if let other = teamDays[drive.team + "|" + drive.date.description] {
                flag(.teamBusy(team: team.id, other: other))
            }
            teamDays[drive.team + "|" + drive.date.description] = drive.id
            let month = drive.team + "|" + YearMonth(drive.date).description
            teamMonths[month, default: 0] += 1
            if teamMonths[month]! > maximum, drive.origin == .planned {
                flag(.teamMonthFull(team: team.id, maximum: maximum))
            }
            guard drive.origin != .kept else { continue }
            if drive.date < plan.from || drive.date > plan.to { flag(.outsideHorizon) }
            // At a fixed site only a shortage's extra sessions are drives; its ordinary days are its baseline.
            if (venue.kind == .fixedSite && template.allowedDays.onShortageOnly != true) || team.kind == .fixedSite {
                flag(.venueNotForDrives)
            }
            if !template.venueKinds.contains(venue.kind) { flag(.campaignNotForVenue(template: template.id)) }
            if calendar.allows(venue.schedule, on: drive.date) != true {
                flag(.venueClosed(schedule: venue.schedule.spelling))
            }
            if let holiday = calendar.holidays.closedForDrives(drive.date) { flag(.statutoryHoliday(holiday)) }
            if !template.allows(drive.date, calendar: calendar)
                || (template.allowedDays.onShortageOnly == true && !plan.shortage)
            {
                flag(.campaignNotAllowed(template: template.id))
            }
            if calendar.allows(team.workingDays, on: drive.date) != true { flag(.teamNotWorking(team: team.id)) }
            if team.staff < template.staff { flag(.teamUnsuited(team: team.id, template: template.id)) }
            if steps(team.baseRegionCode, venue.regionCode) > workspace.planning.maximumTravelSteps {
                flag(.tooFar(team: team.id))
            }
            for block in plan.blocks
            where (block.subject == venue.id || block.subject == team.id) && block.covers(drive.date) {
                flag(.blocked(block.subject))
            }
            let lead = plan.madeOn.days(until: drive.date)
            if drive.origin == .planned, lead < template.leadTimeDays {
                flag(.leadTime(days: lead, required: template.leadTimeDays))
            }
        }
        found += revisitViolations(templates)
        found += expectationAndLabViolations(venues, teams, templates)
        return found
    }

    private func revisitViolations(_ templates: [String: CampaignTemplate]) -> [RuleViolation] {
        var found: [RuleViolation] = []
        for (_, drives) in Dictionary(grouping: plan.drives, by: \.venue) {
            let sorted = drives.sorted { $0.date < $1.date }
            for (index, later) in sorted.enumerated() where later.origin != .kept {
                for earlier in sorted[..<index] {
                    let minimum = max(
                        templates[earlier.template]?.minimumRevisitDays ?? 0,
                        templates[later.template]?.minimumRevisitDays ?? 0, 1)
                    let days = earlier.date.days(until: later.date)
                    if days < minimum {
                        let rule: RuleBreak =
                            days == 0
                            ? .venueBusy(other: earlier.id)
                            : .revisitTooSoon(other: earlier.id, days: days, minimum: minimum)
                        found.append(RuleViolation(drive: later.id, rule: rule))
                    }
                }
            }
        }
        return found
    }

    /// Recomputes each drive's expected turnout from the pool model and checks the laboratory's daily load.
    private func expectationAndLabViolations(
        _ venues: [String: Venue], _ teams: [String: Team], _ templates: [String: CampaignTemplate]
    ) -> [RuleViolation] {
        guard let rules = workspace.donationRules else { return [] }
        let settings = workspace.planning
        let expectations = Expectations(workspace: workspace)
        let keep = 1 - rules.deferralRate
        var found: [RuleViolation] = []
        var samples: [CivilDate: Double] = [:]
        for (venueID, drives) in Dictionary(grouping: plan.drives, by: \.venue) {
            guard let venue = venues[venueID] else { continue }
            // Donors of the imported table wait like the donors of the plan's own earlier drives.
            var history: [(eligibleAgain: CivilDate, donations: Double)] = workspace.recentDonations
                .filter { $0.venueID == venueID }.map { ($0.eligibleAgain, Double($0.donors)) }
            for drive in drives.sorted(by: { $0.date < $1.date }) {
                guard let template = templates[drive.template], let team = teams[drive.team] else { continue }
                let waiting = history.filter { $0.eligibleAgain > drive.date }.reduce(0) { $0 + $1.donations }
                let pool = max(0, Double(venue.reach) - waiting)
                let capacity = min(
                    Double(venue.capacityPerDay),
                    Double(team.chairs) * template.hoursPerDay * settings.donorsPerChairHour)
                let turnout = min(capacity, expectations.turnoutShare(template, at: venue, on: drive.date) * pool)
                if abs(turnout - drive.expectedTurnout) > 1e-6 * max(1, turnout) {
                    found.append(
                        RuleViolation(
                            drive: drive.id,
                            rule: .expectationMismatch(
                                field: "expectedTurnout", stored: drive.expectedTurnout, expected: turnout)))
                }
                let eligible =
                    rules.nextEligibleDay(after: drive.date, from: .wholeBlood, to: .wholeBlood) ?? drive.date
                history.append((eligible, turnout * keep))
                samples[drive.date, default: 0] += turnout * keep
            }
        }
        for venue in workspace.venues where venue.kind == .fixedSite && isInScope(venue) {
            var date = plan.from
            while date <= plan.to {
                let blocked = plan.blocks.contains { $0.subject == venue.id && $0.covers(date) }
                if !blocked, workspace.calendar.allows(venue.schedule, on: date) == true {
                    samples[date, default: 0] += expectations.fixedSiteDonations(venue, on: date)
                }
                date = date.adding(days: 1)
            }
        }
        let capacity = Double(settings.labSamplesPerDay)
        for drive in plan.drives where drive.origin == .planned {
            let load = samples[drive.date] ?? 0
            if load > capacity + 1e-6 {
                found.append(RuleViolation(drive: drive.id, rule: .labCapacity(samples: load, capacity: capacity)))
            }
        }
        return found
    }

    /// Steps between two regions in the tree, counted here independently of the planner.
    private func steps(_ first: String, _ second: String) -> Int {
        let tree = workspace.tree
        let up = [first] + tree.ancestors(of: first).map(\.code)
        let down = [second] + tree.ancestors(of: second).map(\.code)
        guard let meeting = up.firstIndex(where: { down.contains($0) }), let other = down.firstIndex(of: up[meeting])
        else {
            return Int.max
        }
        return meeting + other
    }

    private func isInScope(_ venue: Venue) -> Bool {
        guard let scope = plan.region else { return true }
        return venue.regionCode == scope || workspace.tree.ancestors(of: venue.regionCode).contains { $0.code == scope }
    }
}
