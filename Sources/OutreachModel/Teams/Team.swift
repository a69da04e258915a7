/// A collection team or bloodmobile: the scarce resource that drives are scheduled on.
public struct Team: Hashable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Sendable {
        /// 流动献血车: a bus with beds that parks at a venue.
        case bloodmobile
        /// 外采队: staff with portable chairs who go to groups and streets.
        case collectionTeam = "collection-team"
        /// Staff of a fixed donation house.
        case fixedSite = "fixed-site"
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var staff: Int
    /// Donation chairs or beds.
    public var chairs: Int
    /// Region code where the team starts its day.
    public var baseRegionCode: String
    /// Days the team works: `daily`, `workdays`, `rest-days` or `weekdays:…`.
    public var workingDays: Schedule
    public var notes: String

    public init(
        id: String, name: String, kind: Kind, staff: Int, chairs: Int, baseRegionCode: String,
        workingDays: Schedule, notes: String = ""
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.staff = staff
        self.chairs = chairs
        self.baseRegionCode = baseRegionCode
        self.workingDays = workingDays
        self.notes = notes
    }
}
