import OutreachModel

/// One drive of a plan: where, when, which campaign and team, and what it is expected to bring.
public struct PlannedDrive: Hashable, Sendable, Codable {
    public enum Origin: String, Hashable, Sendable, Codable {
        /// Chosen by the planner.
        case planned
        /// Fixed by the user with `--pin`.
        case pinned
        /// Before the re-plan date; kept as it was.
        case kept
    }

    public var id: DriveID
    public var venue: String
    public var template: String
    public var team: String
    public var date: CivilDate
    /// HH:MM, Asia/Shanghai.
    public var start: String
    public var end: String
    /// People expected to come forward (samples before deferral are not tested).
    public var expectedTurnout: Double
    /// Donations after deferral; also the laboratory samples.
    public var expectedDonations: Double
    public var expectedUnits: Double
    /// Donors of the venue eligible on the day, before this drive.
    public var poolBefore: Double
    public var origin: Origin

    public init(
        venue: String, template: String, team: String, date: CivilDate, start: String, end: String,
        expectedTurnout: Double, expectedDonations: Double, expectedUnits: Double, poolBefore: Double,
        origin: Origin
    ) {
        id = DriveID(venueID: venue, date: date)
        self.venue = venue
        self.template = template
        self.team = team
        self.date = date
        self.start = start
        self.end = end
        self.expectedTurnout = expectedTurnout
        self.expectedDonations = expectedDonations
        self.expectedUnits = expectedUnits
        self.poolBefore = poolBefore
        self.origin = origin
    }
}
