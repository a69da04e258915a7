/// Derives who is accountable for each region on any date from the assignment history.
///
/// A region's own assignment wins; otherwise the nearest ancestor's applies. That is how stations work: the
/// leader of a county answers for each township nobody else holds.
public struct ResponsibilityIndex: Sendable {
    public let tree: RegionTree
    private let assignmentsByRegion: [String: [Assignment]]

    public init(tree: RegionTree, assignments: [Assignment]) {
        self.tree = tree
        assignmentsByRegion = Dictionary(grouping: assignments, by: \.regionCode)
            .mapValues { $0.sorted { $0.period.start < $1.period.start } }
    }

    /// The assignments of one region, oldest first.
    public func history(of regionCode: String) -> [Assignment] { assignmentsByRegion[regionCode] ?? [] }

    /// The region's own assignment in force on the date, if any.
    public func directAssignment(of regionCode: String, on date: CivilDate) -> Assignment? {
        history(of: regionCode).last { $0.period.contains(date) }
    }

    /// Who is accountable for the region on the date, or nil when neither it nor any ancestor is held.
    public func responsibility(for regionCode: String, on date: CivilDate) -> Responsibility? {
        if let own = directAssignment(of: regionCode, on: date) {
            return Responsibility(
                leaderID: own.leaderID, heldThrough: regionCode, since: continuousStart(of: own), isDirect: true)
        }
        for ancestor in tree.ancestors(of: regionCode) {
            if let inherited = directAssignment(of: ancestor.code, on: date) {
                return Responsibility(
                    leaderID: inherited.leaderID, heldThrough: ancestor.code, since: continuousStart(of: inherited),
                    isDirect: false)
            }
        }
        return nil
    }

    /// The start of the unbroken run of assignments to the same leader that ends with this one, so that a
    /// renewed term does not reset "since when".
    private func continuousStart(of assignment: Assignment) -> CivilDate {
        var start = assignment.period.start
        for earlier in history(of: assignment.regionCode).reversed()
        where earlier.leaderID == assignment.leaderID && earlier.period.end?.adding(days: 1) == start {
            start = earlier.period.start
        }
        return start
    }
}
