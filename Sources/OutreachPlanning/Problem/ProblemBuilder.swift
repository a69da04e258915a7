import OutreachModel

/// Turns a workspace and a request into a `PlanningProblem`: the days and teams, the fixed sites' expected
/// collections, and every candidate drive that breaks no hard rule.
public struct ProblemBuilder {
    public let workspace: Workspace
    public let request: PlanRequest
    public let rules: DonationRules
    let tree: RegionTree
    let venueIndex: [String: Int]
    let teamIndex: [String: Int]
    let driveVenues: [Venue]
    let teams: [Team]
    let templates: [CampaignTemplate]
    let venueBlocks: [String: [Block]]
    let teamBlocks: [String: [Block]]
    let expectations: Expectations

    public static let longestHorizonDays = 366

    public init(workspace: Workspace, request: PlanRequest) throws(PlanningError) {
        guard request.from <= request.to else {
            throw .horizonEndsBeforeStart(from: request.from, to: request.to)
        }
        guard request.to >= request.today || request.replanFrom != nil else {
            throw .horizonInPast(to: request.to, today: request.today)
        }
        let days = request.from.days(until: request.to) + 1
        guard days <= Self.longestHorizonDays else {
            throw .horizonTooLong(days: days, maximum: Self.longestHorizonDays)
        }
        guard let rules = workspace.donationRules else { throw .noDonationRules }
        self.workspace = workspace
        self.request = request
        self.rules = rules
        tree = workspace.tree
        teams = workspace.teams.filter { $0.kind != .fixedSite }
        guard !teams.isEmpty else { throw .noTeams }
        var inScope = workspace.venues
        if let code = request.regionCode {
            let tree = self.tree
            inScope = inScope.filter {
                $0.regionCode == code || tree.ancestors(of: $0.regionCode).contains { $0.code == code }
            }
        }
        driveVenues = inScope.sorted { $0.id < $1.id }
        templates = workspace.templates.filter {
            request.includesShortageCampaigns || $0.allowedDays.onShortageOnly != true
        }
        .sorted { $0.id < $1.id }
        venueIndex = Dictionary(driveVenues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        teamIndex = Dictionary(teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var venueBlocks: [String: [Block]] = [:]
        var teamBlocks: [String: [Block]] = [:]
        let allVenueIDs = Set(workspace.venues.map(\.id))
        for block in request.blocks {
            if allVenueIDs.contains(block.subject) {
                venueBlocks[block.subject, default: []].append(block)
            } else if workspace.teams.contains(where: { $0.id == block.subject }) {
                teamBlocks[block.subject, default: []].append(block)
            } else {
                let names = workspace.venues.map(\.id) + workspace.teams.map(\.id)
                throw .unknownBlockSubject(
                    block.subject, suggestion: NearestName.suggestion(for: block.subject, among: names))
            }
        }
        self.venueBlocks = venueBlocks
        self.teamBlocks = teamBlocks
        expectations = Expectations(workspace: workspace)
    }

    /// Builds the problem; notices say what the data could not cover (missing holidays, calendars, targets).
    public func build() throws(PlanningError) -> (problem: PlanningProblem, notices: [PlanNotice]) {
        var notices: [PlanNotice] = []
        let dayCount = request.from.days(until: request.to) + 1
        let dates = (0..<dayCount).map { request.from.adding(days: $0) }
        let months = self.months()
        var (regions, venueRegion) = targetRegions(months: months, notices: &notices)
        let settings = workspace.planning

        // Fixed sites: expected collections count towards targets and use laboratory capacity.
        var baseline = regions.map { _ in Array(repeating: 0.0, count: months.count) }
        var labCapacity = Array(repeating: Double(settings.labSamplesPerDay), count: dayCount)
        for venue in driveVenues where venue.kind == .fixedSite {
            for (day, date) in dates.enumerated()
            where workspace.calendar.allows(venue.schedule, on: date) == true && !isBlocked(venue: venue.id, date) {
                let donations = expectations.fixedSiteDonations(venue, on: date)
                labCapacity[day] -= donations
                if let region = venueRegion[venue.id] {
                    baseline[region][monthIndex(date)] += donations * expectations.fixedSiteUnitsPerDonation()
                }
            }
        }
        labCapacity = labCapacity.map { max(0, $0) }
        for index in regions.indices { regions[index].baselineUnits = baseline[index] }

        var candidates: [PlanningProblem.Candidate] = []
        var unknownCalendars: [String: CivilDate] = [:]
        // Teams within range of each venue, with their steps: computed once, not per day and campaign.
        let maximum = settings.maximumTravelSteps
        let inRange = driveVenues.map { venue in
            teams.indices.compactMap { number -> (team: Int, steps: Int)? in
                let steps = steps(from: teams[number].baseRegionCode, to: venue.regionCode)
                return steps <= maximum ? (number, steps) : nil
            }
        }
        // A fixed site's ordinary days are its baseline; only a shortage's extra sessions (extended hours, an
        // appeal) are drives there.
        for (venueNumber, venue) in driveVenues.enumerated()
        where venue.kind != .fixedSite || templates.contains(where: { $0.allowedDays.onShortageOnly == true }) {
            for date in dates {
                switch workspace.calendar.allows(venue.schedule, on: date) {
                case true?: break
                case false?: continue
                case nil:
                    if unknownCalendars[venue.schedule.spelling] == nil {
                        unknownCalendars[venue.schedule.spelling] = date
                    }
                    continue
                }
                if isBlocked(venue: venue.id, date) || workspace.calendar.holidays.closedForDrives(date) != nil {
                    continue
                }
                for template in templates
                where template.venueKinds.contains(venue.kind) && allows(template, on: date)
                    && (venue.kind != .fixedSite || template.allowedDays.onShortageOnly == true)
                {
                    let options = teamOptions(for: template, at: venue, on: date, among: inRange[venueNumber])
                    guard !options.isEmpty else { continue }
                    candidates.append(candidate(venueNumber, venue, template, date, options))
                }
            }
        }
        for (schedule, date) in unknownCalendars.sorted(by: { $0.key < $1.key }) {
            notices.append(.calendarUnknown(schedule: schedule, from: date))
        }
        for year in Set(dates.map(\.year)).sorted() where !workspace.calendar.holidays.covers(year: year) {
            notices.append(.holidaysMissing(year: year))
        }

        let recentByVenue = Dictionary(grouping: workspace.recentDonations, by: \.venueID)
        var objective = settings.objective
        if let trigger = request.stockTrigger {
            objective.surplusWeight = max(objective.surplusWeight, trigger.level.surplusWeight)
        }
        var problem = PlanningProblem(
            from: request.from, to: request.to, today: request.today, objective: objective,
            deferralRate: rules.deferralRate, months: months, regions: regions,
            teams: teams.map { .init(id: $0.id, base: $0.baseRegionCode) },
            venues: driveVenues.map { venue in
                let waiting = (recentByVenue[venue.id] ?? []).filter { $0.eligibleAgain > request.from }.map {
                    PlanningProblem.Waiting(until: $0.eligibleAgain, donors: Double($0.donors))
                }
                return .init(
                    id: venue.id, region: venueRegion[venue.id], pool: Double(venue.reach),
                    waiting: waiting.isEmpty ? nil : waiting, groupBonus: groupBonus(venue))
            },
            candidates: candidates, labCapacity: labCapacity,
            maximumTeamDaysPerMonth: workspace.stock.maximumTeamDaysPerMonth, kept: [], pinned: [], previous: [])
        try addFixedAndPrevious(to: &problem, notices: &notices)
        return (problem, notices)
    }

    /// In a stock-triggered plan, the extra value of a unit collected at the venue: the level's group weight times
    /// the share of the short groups among the venue's donors (its imported mix, or the city's).
    func groupBonus(_ venue: Venue) -> Double? {
        guard let trigger = request.stockTrigger, trigger.level.groupWeight > 0 else { return nil }
        let mix = workspace.venueGroupMix[venue.id]
        let share = trigger.groups.reduce(0) { $0 + (mix?[$1] ?? workspace.stock.share(of: $1)) }
        return trigger.level.groupWeight * share
    }

    // MARK: Calendar and targets

    func months() -> [PlanningProblem.Month] {
        var result: [PlanningProblem.Month] = []
        var month = YearMonth(request.from)
        let last = YearMonth(request.to)
        let settings = workspace.planning
        func isTrough(_ month: YearMonth) -> Bool {
            settings.summerTroughMonths.contains(month.month)
                || workspace.calendar.holidays.springFestival[month.year].map { YearMonth($0) == month } == true
        }
        while month <= last {
            let before = !isTrough(month) && isTrough(month.adding(months: 1))
            result.append(
                .init(month: month, weight: before ? settings.objective.troughLeadWeight : 1, beforeTrough: before))
            month = month.adding(months: 1)
        }
        return result
    }

    func monthIndex(_ date: CivilDate) -> Int { (date.year - request.from.year) * 12 + date.month - request.from.month }

    /// Target regions inside the request's scope, each venue mapped to the nearest one containing it.
    func targetRegions(months: [PlanningProblem.Month], notices: inout [PlanNotice])
        -> ([PlanningProblem.TargetRegion], [String: Int])
    {
        let all = TargetResolver.monthlyTargets(workspace.targets, profile: workspace.planning.seasonalProfile)
        let monthPosition = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1.month, $0) })
        var byRegion: [String: [Double?]] = [:]
        var sources: [String: [TargetSource?]] = [:]
        for target in all {
            guard let position = monthPosition[target.month] else { continue }
            if let scope = request.regionCode, !tree.isWithin(target.regionCode, scope) { continue }
            let first = max(target.month.firstDay, request.from)
            let last = min(target.month.lastDay, request.to)
            let share = Double(first.days(until: last) + 1) / Double(target.month.dayCount)
            byRegion[target.regionCode, default: Array(repeating: nil, count: months.count)][position] =
                target.units * share
            sources[target.regionCode, default: Array(repeating: nil, count: months.count)][position] = target.source
        }
        let codes = byRegion.keys.sorted()
        let position = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        var venueRegion: [String: Int] = [:]
        var uncovered: [String: Int] = [:]
        for venue in driveVenues {
            let chain = [venue.regionCode] + tree.ancestors(of: venue.regionCode).map(\.code)
            if let found = chain.lazy.compactMap({ position[$0] }).first {
                venueRegion[venue.id] = found
            } else {
                let county = tree.ancestors(of: venue.regionCode).reversed().dropFirst().first?.code ?? venue.regionCode
                uncovered[county, default: 0] += 1
            }
        }
        for (code, count) in uncovered.sorted(by: { $0.key < $1.key }) {
            notices.append(.regionWithoutTarget(region: code, venues: count))
        }
        let regions = codes.map {
            PlanningProblem.TargetRegion(
                code: $0, targets: byRegion[$0] ?? [], sources: sources[$0] ?? [],
                baselineUnits: Array(repeating: 0, count: months.count))
        }
        return (regions, venueRegion)
    }

    // MARK: Hard rules

    func isBlocked(venue: String, _ date: CivilDate) -> Bool {
        venueBlocks[venue]?.contains { $0.covers(date) } == true
    }
    func isBlocked(team: String, _ date: CivilDate) -> Bool { teamBlocks[team]?.contains { $0.covers(date) } == true }

    func allows(_ template: CampaignTemplate, on date: CivilDate) -> Bool {
        template.allows(date, calendar: workspace.calendar)
    }

    /// Teams in range that work that day, have the staff the campaign needs and are not blocked.
    func teamOptions(
        for template: CampaignTemplate, at venue: Venue, on date: CivilDate, among inRange: [(team: Int, steps: Int)]
    ) -> [PlanningProblem.TeamOption] {
        inRange.compactMap { number, steps in
            let team = teams[number]
            guard team.staff >= template.staff, workspace.calendar.allows(team.workingDays, on: date) == true,
                !isBlocked(team: team.id, date)
            else { return nil }
            return option(number, team, template, venue, steps: steps)
        }
    }

    func option(_ number: Int, _ team: Team, _ template: CampaignTemplate, _ venue: Venue, steps: Int? = nil)
        -> PlanningProblem.TeamOption
    {
        let byChairs = Double(team.chairs) * template.hoursPerDay * workspace.planning.donorsPerChairHour
        return .init(
            team: number, maximumTurnout: min(Double(venue.capacityPerDay), byChairs),
            travelSteps: steps ?? self.steps(from: team.baseRegionCode, to: venue.regionCode))
    }

    func candidate(
        _ venueNumber: Int, _ venue: Venue, _ template: CampaignTemplate, _ date: CivilDate,
        _ options: [PlanningProblem.TeamOption]
    ) -> PlanningProblem.Candidate {
        .init(
            venue: venueNumber, template: template.id, date: date,
            eligibleAgain: rules.nextEligibleDay(after: date, from: .wholeBlood, to: .wholeBlood)
                ?? date.adding(months: 6),
            revisitDays: template.minimumRevisitDays,
            turnoutShare: expectations.turnoutShare(template, at: venue, on: date),
            unitsPerDonation: expectations.unitsPerDonation(template, at: venue),
            meetsLeadTime: date >= request.today.adding(days: template.leadTimeDays),
            teams: options.sorted { ($0.travelSteps, $0.team) < ($1.travelSteps, $1.team) })
    }

    /// Steps between two regions in the tree (0 when the same, 2 between two townships of one county).
    func steps(from first: String, to second: String) -> Int {
        let firstChain = [first] + tree.ancestors(of: first).map(\.code)
        let secondChain = [second] + tree.ancestors(of: second).map(\.code)
        for (distance, code) in firstChain.enumerated() {
            if let other = secondChain.firstIndex(of: code) { return distance + other }
        }
        return firstChain.count + secondChain.count
    }
}
