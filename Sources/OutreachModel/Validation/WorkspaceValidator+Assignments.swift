extension WorkspaceValidator {
    func assignmentProblems() -> [Problem] {
        var problems: [Problem] = []
        let leaderIDs = Set(workspace.leaders.map(\.id))
        var seenByRegion: [String: [Int]] = [:]
        for (index, assignment) in workspace.assignments.enumerated() {
            if tree.region(code: assignment.regionCode) == nil {
                problems.append(unknownRegion(assignment.regionCode, .assignment(index), field: "region"))
            }
            if !leaderIDs.contains(assignment.leaderID) {
                let suggestion = NearestName.suggestion(
                    for: assignment.leaderID, among: workspace.leaders.map(\.id))
                problems.append(
                    .error(
                        .unknownReference(.leader, assignment.leaderID, suggestion: suggestion), .assignment(index),
                        field: "leader"))
            }
            if let end = assignment.period.end, end < assignment.period.start {
                problems.append(
                    .error(.endsBeforeStart(start: assignment.period.start, end: end), .assignment(index), field: "to"))
                continue
            }
            for earlier in seenByRegion[assignment.regionCode] ?? [] {
                let other = workspace.assignments[earlier]
                if other.period.overlaps(assignment.period) {
                    problems.append(
                        .error(
                            .assignmentsOverlap(
                                region: assignment.regionCode, otherLeader: other.leaderID, other: other.period),
                            .assignment(index), field: "from"))
                }
            }
            seenByRegion[assignment.regionCode, default: []].append(index)
        }
        return problems
    }

    /// A county or township-level area that nobody answers for today is a gap the party branch must close.
    /// The city itself is not an area (the station as a whole answers for it), nor are statistical units.
    func coverageProblems() -> [Problem] {
        let index = ResponsibilityIndex(tree: tree, assignments: workspace.assignments)
        var problems: [Problem] = []
        for (position, region) in workspace.regions.enumerated()
        where (region.kind.level ?? 0) > 0 && index.responsibility(for: region.code, on: today) == nil {
            problems.append(
                .warning(
                    .regionWithoutLeader(
                        code: region.code, name: region.name, englishName: region.englishName, on: today),
                    .region(position)))
        }
        return problems
    }
}
