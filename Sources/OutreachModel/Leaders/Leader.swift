/// A person who can be made accountable (负总责) for a region's donations.
///
/// Only a work identity is kept: an id, a display name and party standing. Sample data uses fictitious names.
public struct Leader: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var role: LeaderRole
    /// The party branch the leader belongs to, e.g. 市中心血站党支部; empty when not a member.
    public var branch: String

    public init(id: String, name: String, role: LeaderRole, branch: String = "") {
        self.id = id
        self.name = name
        self.role = role
        self.branch = branch
    }
}
