/// A region leader's standing in the party branch, which the branch's review groups by.
public enum LeaderRole: String, CaseIterable, Sendable {
    /// 支委: member of the party branch committee.
    case branchCommitteeMember = "committee"
    /// 党员: party member (cadre).
    case partyMember = "member"
    case other
}
