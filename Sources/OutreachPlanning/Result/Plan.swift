import OutreachModel

/// A saved plan (`plans/NAME.json`): the request that made it, its drives, and the figures every view shows,
/// so a plan reads the same later even when the workspace has moved on.
public struct Plan: Sendable, Codable {
    public static let currentVersion = 1

    public var version = Plan.currentVersion
    public var name: String
    public var madeOn: CivilDate
    public var from: CivilDate
    public var to: CivilDate
    public var region: String?
    public var seed: UInt64
    public var pins: [DriveID]
    public var blocks: [Block]
    public var shortage: Bool
    /// The stock level that made this a shortage plan (absent when none did).
    public var stockTrigger: StockTrigger?
    public var replannedFrom: CivilDate?
    public var changes: ReplanChanges?
    public var objective: PlanObjective
    public var drives: [PlannedDrive]
    public var targets: [TargetLine]
    public var lab: [LabDay]
    public var teams: [TeamLoad]
    public var notices: [PlanNotice]
    /// Calibrated or default expectations (absent in plans saved before calibration existed).
    public var basis: ExpectationBasis?
}

/// The objective and how close it is to the best possible.
public struct PlanObjective: Hashable, Sendable, Codable {
    public var targetValue: Double
    /// The short groups' extra value in a stock-triggered plan (absent in other plans).
    public var groupValue: Double?
    public var fairnessPenalty: Double
    public var travelPenalty: Double
    public var value: Double
    /// From the relaxation in `UpperBound`; no plan can score more.
    public var upperBound: Double
    /// (bound − value) / bound.
    public var gap: Double
    public var greedyValue: Double
    public var localOptimum: Bool
}

/// One region's month: target, what fixed sites and drives are expected to bring, and why any shortfall.
public struct TargetLine: Hashable, Sendable, Codable {
    public var region: String
    public var month: YearMonth
    /// Prorated to the days of the month inside the horizon; nil when the region has no target that month.
    public var target: Double?
    public var source: TargetSource?
    public var fixedSiteUnits: Double
    public var driveUnits: Double
    public var drives: Int
    public var shortfall: Double
    public var reason: ShortfallReason?
    /// The drive that holds a venue, for `revisitInterval` and `venueBookedElsewhere`.
    public var blockingDrive: DriveID?

    public var expectedUnits: Double { fixedSiteUnits + driveUnits }
}

/// Why a region's month falls short of its target, judged from what stops the candidate drives the plan does not
/// hold there (most of them); the order breaks ties.
public enum ShortfallReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// The region has no venue for drives.
    case noVenue = "no-venue"
    /// Its venues are closed all month (vacation, no market days, holidays, calendar gaps).
    case venuesClosed = "venues-closed"
    /// The month is too close: every open day is sooner than the campaigns' lead time.
    case leadTime = "lead-time"
    /// Every team-day the venues could use in the month already holds a drive.
    case teamCapacity = "team-capacity"
    /// An earlier drive at the venues (named in `blockingDrive`) collected there; its donors are not eligible
    /// again yet.
    case revisitInterval = "revisit-interval"
    /// Imported donations: most of the venues' donors gave recently and are not eligible again yet.
    case recentDonations = "recent-donations"
    /// The venues' drives are held in another month of the plan (named in `blockingDrive`), and the revisit
    /// interval allows no second one.
    case venueBookedElsewhere = "venue-booked-elsewhere"
    /// Teams are free in the month, but not on the days the venues are open.
    case noOpenVenueDay = "no-open-venue-day"
    /// The laboratory is full on the days left.
    case labCapacity = "lab-capacity"
    /// Drives are possible but would add almost nothing: few venues within reach, or their pools are spent.
    case poolExhausted = "pool-exhausted"
}

public struct LabDay: Hashable, Sendable, Codable {
    public var date: CivilDate
    /// Expected samples from drives and fixed sites.
    public var samples: Double
    public var capacity: Double
}

public struct TeamLoad: Hashable, Sendable, Codable {
    public var team: String
    /// Days in the horizon the team could hold a drive (its working-day rule, holidays, blocks, open venues).
    public var workingDays: Int
    public var drives: Int
}

/// What a re-plan changed among the drives from the re-plan date on.
public struct ReplanChanges: Hashable, Sendable, Codable {
    public var kept: Int
    public var unchanged: Int
    public var teamChanged: Int
    public var removed: [DriveID]
    public var added: [DriveID]

    /// Drives that moved: removed, added or handed to another team.
    public var moved: Int { removed.count + added.count + teamChanged }
}
