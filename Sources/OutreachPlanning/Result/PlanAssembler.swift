import OutreachModel

/// Turns a solution into the saved plan: drives with times and expectations, target lines with reasons,
/// laboratory load, team loads and, for a re-plan, what changed.
public struct PlanAssembler {
    public var name: String
    public var request: PlanRequest
    public var workspace: Workspace
    public var notices: [PlanNotice]

    public init(name: String, request: PlanRequest, workspace: Workspace, notices: [PlanNotice]) {
        self.name = name
        self.request = request
        self.workspace = workspace
        self.notices = notices
    }

    public func plan(_ solution: Solution) -> Plan {
        let state = solution.state
        let problem = state.problem
        let bound = max(UpperBound.of(problem), solution.breakdown.value)
        let breakdown = solution.breakdown
        let value = breakdown.value
        let drives = self.drives(state)
        return Plan(
            name: name, madeOn: request.today, from: request.from, to: request.to, region: request.regionCode,
            seed: request.seed, pins: request.pins, blocks: request.blocks, shortage: request.includesShortageCampaigns,
            stockTrigger: request.stockTrigger, replannedFrom: request.replanFrom, changes: changes(drives),
            objective: PlanObjective(
                targetValue: breakdown.targetValue,
                groupValue: request.stockTrigger == nil ? nil : breakdown.groupValue,
                fairnessPenalty: breakdown.fairnessPenalty,
                travelPenalty: breakdown.travelPenalty, value: value, upperBound: bound,
                gap: bound > 0 ? (bound - value) / bound : 0, greedyValue: solution.greedyValue,
                localOptimum: solution.localOptimum),
            drives: drives, targets: targetLines(state), lab: labDays(state), teams: teamLoads(state, drives),
            notices: notices, basis: ExpectationBasis(workspace.calibration))
    }

    func drives(_ state: PlanState) -> [PlannedDrive] {
        let problem = state.problem
        let pinned = Set(request.pins)
        let templates = Dictionary(workspace.templates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [PlannedDrive] = []
        for venue in problem.venues.indices {
            for item in state.turnouts(venue: venue) {
                guard let drive = state.slots[item.slot] else { continue }
                let candidate = problem.candidates[drive.candidate]
                let id = DriveID(venueID: problem.venues[venue].id, date: candidate.date)
                let origin: PlannedDrive.Origin =
                    pinned.contains(id)
                    ? .pinned : (request.replanFrom.map { candidate.date < $0 } == true ? .kept : .planned)
                let hours = templates[candidate.template]?.hoursPerDay ?? 8
                let donations = item.turnout * state.keepFraction
                result.append(
                    PlannedDrive(
                        venue: id.venueID, template: candidate.template, team: problem.teams[drive.team].id,
                        date: candidate.date, start: workspace.planning.driveStart,
                        end: Self.time(workspace.planning.driveStart, plusHours: hours), expectedTurnout: item.turnout,
                        expectedDonations: donations, expectedUnits: donations * candidate.unitsPerDonation,
                        poolBefore: item.pool, origin: origin))
            }
        }
        return result.sorted { ($0.date, $0.venue) < ($1.date, $1.venue) }
    }

    /// `08:30` + 7.5 h → `16:00`; clamps at 23:59.
    static func time(_ start: String, plusHours hours: Double) -> String {
        let parts = start.split(separator: ":").compactMap { Int($0) }
        let minutes = min(
            23 * 60 + 59, (parts.first ?? 8) * 60 + (parts.dropFirst().first ?? 0) + Int((hours * 60).rounded()))
        let hour = minutes / 60
        let minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    func targetLines(_ state: PlanState) -> [TargetLine] {
        let problem = state.problem
        var driveCount = problem.regions.map { _ in Array(repeating: 0, count: problem.months.count) }
        for slot in state.heldSlots {
            guard let drive = state.slots[slot],
                let region = problem.venues[problem.candidates[drive.candidate].venue].region
            else { continue }
            driveCount[region][state.candidateMonth[drive.candidate]] += 1
        }
        let diagnosis = ShortfallDiagnosis(state: state)
        var lines: [TargetLine] = []
        for (regionIndex, region) in problem.regions.enumerated() {
            for (monthIndex, month) in problem.months.enumerated() {
                let target = region.targets[monthIndex]
                let fixed = region.baselineUnits[monthIndex]
                let units = state.regionUnits[regionIndex][monthIndex]
                let shortfall = max(0, (target ?? 0) - fixed - units)
                let finding = shortfall >= 0.5 ? diagnosis.reason(region: regionIndex, month: monthIndex) : nil
                lines.append(
                    TargetLine(
                        region: region.code, month: month.month, target: target,
                        source: region.sources[monthIndex], fixedSiteUnits: fixed,
                        driveUnits: units, drives: driveCount[regionIndex][monthIndex], shortfall: shortfall,
                        reason: finding?.reason, blockingDrive: finding?.blockingDrive))
            }
        }
        return lines
    }

    func labDays(_ state: PlanState) -> [LabDay] {
        let capacity = Double(workspace.planning.labSamplesPerDay)
        return (0..<state.dayCount).map { day in
            let free = state.problem.labCapacity[day]
            return LabDay(
                date: request.from.adding(days: day), samples: capacity - free + state.labUsed[day], capacity: capacity)
        }
    }

    func teamLoads(_ state: PlanState, _ drives: [PlannedDrive]) -> [TeamLoad] {
        let problem = state.problem
        var working = Array(repeating: Set<Int>(), count: problem.teams.count)
        for (index, candidate) in problem.candidates.enumerated() {
            for option in candidate.teams { working[option.team].insert(state.candidateDay[index]) }
        }
        let counts = Dictionary(grouping: drives, by: \.team).mapValues(\.count)
        return problem.teams.enumerated().map { number, team in
            TeamLoad(team: team.id, workingDays: working[number].count, drives: counts[team.id] ?? 0)
        }
    }

    func changes(_ drives: [PlannedDrive]) -> ReplanChanges? {
        guard let from = request.replanFrom else { return nil }
        let before = Dictionary(
            request.previous.filter { $0.date >= from }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(drives.filter { $0.date >= from }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var unchanged = 0
        var teamChanged = 0
        for (id, drive) in after {
            guard let old = before[id], old.template == drive.template else { continue }
            if old.team == drive.team { unchanged += 1 } else { teamChanged += 1 }
        }
        let removed = before.filter { id, old in after[id].map { $0.template != old.template } ?? true }.keys.sorted()
        let added = after.filter { id, new in before[id].map { $0.template != new.template } ?? true }.keys.sorted()
        return ReplanChanges(
            kept: drives.filter { $0.date < from }.count, unchanged: unchanged, teamChanged: teamChanged,
            removed: removed,
            added: added)
    }
}
