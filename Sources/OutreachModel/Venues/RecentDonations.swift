/// Donors who last gave at a venue and are not yet eligible again: `import records` knows them, and the planner
/// starts the venue's pool that much lower until they may give again.
public struct RecentDonations: Hashable, Sendable {
    public var venueID: String
    /// The first day these donors may give whole blood again.
    public var eligibleAgain: CivilDate
    public var donors: Int

    public init(venueID: String, eligibleAgain: CivilDate, donors: Int) {
        self.venueID = venueID
        self.eligibleAgain = eligibleAgain
        self.donors = donors
    }
}
