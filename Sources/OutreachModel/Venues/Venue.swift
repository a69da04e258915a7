/// A place where drives are held.
public struct Venue: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: VenueKind
    public var regionCode: String
    /// Estimated number of people the venue reaches who could donate (students, staff, market-goers).
    public var reach: Int
    /// Donors a drive can take in one day (chairs × hours × throughput).
    public var capacityPerDay: Int
    public var schedule: Schedule
    /// Shown to the public in the bloodmobile schedule; may be empty.
    public var address: String
    public var notes: String

    public init(
        id: String, name: String, kind: VenueKind, regionCode: String, reach: Int, capacityPerDay: Int,
        schedule: Schedule, address: String = "", notes: String = ""
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.regionCode = regionCode
        self.reach = reach
        self.capacityPerDay = capacityPerDay
        self.schedule = schedule
        self.address = address
        self.notes = notes
    }
}
