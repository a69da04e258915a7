import OutreachModel

/// A request the planner cannot take; the message layer words it.
public enum PlanningError: Error, Hashable, Sendable {
    case horizonEndsBeforeStart(from: CivilDate, to: CivilDate)
    case horizonInPast(to: CivilDate, today: CivilDate)
    case horizonTooLong(days: Int, maximum: Int)
    case unknownRegion(String, suggestion: String?)
    case noTeams
    case noDonationRules
    case unknownBlockSubject(String, suggestion: String?)
    case unknownPinVenue(String, suggestion: String?)
    /// A pin that cannot be held, with the hard rule it breaks.
    case infeasiblePin(DriveID, RuleBreak)
}

/// A hard rule a drive breaks; shared by pins, `plan score` and the rule checker.
public enum RuleBreak: Hashable, Sendable, Codable {
    case unknownVenue(String)
    case unknownTemplate(String)
    case unknownTeam(String)
    case outsideHorizon
    case venueNotForDrives
    case venueClosed(schedule: String)
    /// A statutory holiday (元旦, 春节 …): no drives in any year.
    case statutoryHoliday(StatutoryHoliday)
    case calendarUnknown(schedule: String)
    case campaignNotAllowed(template: String)
    case campaignNotForVenue(template: String)
    case teamNotWorking(team: String)
    case teamUnsuited(team: String, template: String)
    case noTeamAvailable
    case tooFar(team: String)
    case blocked(String)
    case teamBusy(team: String, other: DriveID)
    /// The team already holds the month's maximum of drives (`stock.json › maximumTeamDaysPerMonth`).
    case teamMonthFull(team: String, maximum: Int)
    case venueBusy(other: DriveID)
    case revisitTooSoon(other: DriveID, days: Int, minimum: Int)
    case labCapacity(samples: Double, capacity: Double)
    case leadTime(days: Int, required: Int)
    /// `plan score`: no candidate of the instance matches the drive (venue closed, campaign not allowed …).
    case notACandidate
    /// `plan score`: the instance marks the day as sooner than the campaign's lead time.
    case beforeLeadTime
    case fixedDriveMissing
    case expectationMismatch(field: String, stored: Double, expected: Double)
}
