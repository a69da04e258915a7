/// Who answers for a region on a given day, and how.
public struct Responsibility: Hashable, Sendable {
    public var leaderID: String
    /// The region whose assignment applies: the region itself when held directly, else the nearest ancestor.
    public var heldThrough: String
    public var since: CivilDate
    public var isDirect: Bool

    public init(leaderID: String, heldThrough: String, since: CivilDate, isDirect: Bool) {
        self.leaderID = leaderID
        self.heldThrough = heldThrough
        self.since = since
        self.isDirect = isDirect
    }
}
