import OutreachModel
import OutreachPlanning

/// Everything the planner's commands say, done or refused; each catalogue words every case.
public enum PlanMessage: Sendable {
    case title(name: String, workspace: String, from: CivilDate, to: CivilDate)
    case totals(drives: Int, turnout: Double, donations: Double, units: Double, target: Double, expected: Double)
    case objective(value: Double, bound: Double, gap: Double, greedy: Double, localOptimum: Bool)
    /// `group`: the short groups' extra value of a stock-triggered plan, nil in others.
    case objectiveTerms(target: Double, group: Double?, fairness: Double, travel: Double)
    case lab(peak: Double, capacity: Double, fullDays: Int, mean: Double)
    case saved(path: String)
    case replan(from: CivilDate, kept: Int, unchanged: Int, teamChanged: Int, removed: Int, added: Int)
    case notice(PlanNotice)
    /// A shortfall's reason; `blocking` is the venue name and date of the drive that holds a venue.
    case shortfall(ShortfallReason, blocking: (venue: String, date: CivilDate)?)
    case rule(RuleBreak)
    case error(PlanningError)
    case source(TargetSource?)
    case origin(PlannedDrive.Origin)
    case publicTitle(workspace: String, from: CivilDate, to: CivilDate)
    /// Opening hours on the public schedule: days (a run of days as a range) and times.
    case openingSpan(days: [Weekday], opens: String, closes: String)
    case spanSeparator
    /// The plan page's appendix with the solver's figures.
    case sectionSolver
    /// The title of a view of one leader, team or region: `区域领导丙 · 计划 q1 · 2027-03-01 至 2027-05-31`.
    case viewTitle(who: String, plan: String, from: CivilDate, to: CivilDate)
    /// The public calendar's name in a phone's list of calendars.
    case publicCalendarName(workspace: String)
    case publicFooter
    case fixedSitesHeading
    case planNotFound(name: String, available: [String])
    case invalidPlanName(String)
    case driveNotInPlan(String, suggestion: String?)
    case invalidDrive(String)
    case invalidBlock(String)
    case unreadable(path: String)
    case writeFailed(path: String, reason: String)
    case exported(path: String, candidates: Int)
    case explainHeading(drive: String, venue: String, date: CivilDate, team: String, campaign: String)
    case explainTurnout(turnout: Double, donations: Double, units: Double)
    case explainPool(before: Double, full: Double)
    case explainTarget(region: String, month: YearMonth, target: Double?, without: Double, gap: Double)
    case explainGain(Double)
    case explainAlternative(venue: String, date: CivilDate, team: String, campaign: String, units: Double, gain: Double)
    case explainNoAlternative(considered: Int)
    case explainVerdict(better: Bool)
    case scoreSummary(value: Double, drives: Int, violations: Int)
    case violation(drive: String, rule: RuleBreak)
    case checkerFailed(count: Int)
    case weekday(Weekday)
    case sectionTargets, sectionTeams, sectionDrives, sectionNotices
}

extension Catalog {
    /// `1,234.5`: one decimal, grouped.
    func quantity(_ value: Double) -> String { Table.decimal(value, digits: 1, grouped: true) }
    func whole(_ value: Double) -> String { Table.decimal(value, digits: 0, grouped: true) }
    func percent(_ value: Double) -> String { Table.decimal(value * 100, digits: 1, grouped: true) + "%" }
}
