/// A dated record that a leader is accountable for a region. History is kept: a change of leader closes one
/// assignment and opens another, never edits the past.
public struct Assignment: Hashable, Sendable {
    public var regionCode: String
    public var leaderID: String
    public var period: Period
    public var reason: String

    public init(regionCode: String, leaderID: String, period: Period, reason: String = "") {
        self.regionCode = regionCode
        self.leaderID = leaderID
        self.period = period
        self.reason = reason
    }
}
