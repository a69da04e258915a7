/// Checks the meaning of a loaded workspace: references, codes, history, coverage and calendar reach.
///
/// Syntax is the loader's job; this sees plain values and reports against `Subject`s, which the loader maps to
/// file, line and column. `today` comes from the caller so tests control time.
public struct WorkspaceValidator: Sendable {
    public let workspace: Workspace
    public let today: CivilDate
    let tree: RegionTree

    public init(workspace: Workspace, today: CivilDate) {
        self.workspace = workspace
        self.today = today
        tree = workspace.tree
    }

    /// Every problem found, errors and warnings, in file order within each check.
    public func problems() -> [Problem] {
        regionProblems() + leaderProblems() + assignmentProblems() + coverageProblems() + venueProblems()
            + teamProblems() + templateProblems() + calendarProblems() + targetProblems()
    }

    func unknownRegion(_ code: String, _ subject: Subject, field: String) -> Problem {
        let suggestion = NearestName.suggestion(for: code, among: workspace.regions.map(\.code))
        return .error(.unknownReference(.region, code, suggestion: suggestion), subject, field: field)
    }

    func duplicates<T>(_ items: [T], id: (T) -> String, kind: EntityKind, subject: (Int) -> Subject, field: String)
        -> [Problem]
    {
        var seen: Set<String> = []
        var problems: [Problem] = []
        for (index, item) in items.enumerated() where !seen.insert(id(item)).inserted {
            problems.append(.error(.duplicateID(kind, id(item)), subject(index), field: field))
        }
        return problems
    }
}
