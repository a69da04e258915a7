extension WorkspaceValidator {
    /// Targets name known regions, once per period, at one level of the tree.
    func targetProblems() -> [Problem] {
        var problems: [Problem] = []
        var seen: Set<String> = []
        let regionsWithTargets = Set(workspace.targets.map(\.regionCode))
        for (row, target) in workspace.targets.enumerated() {
            guard tree.region(code: target.regionCode) != nil else {
                problems.append(unknownRegion(target.regionCode, .target(row), field: "region"))
                continue
            }
            if !seen.insert(target.regionCode + "|" + target.span.description).inserted {
                problems.append(
                    .error(
                        .duplicateTarget(region: target.regionCode, period: target.span.description), .target(row),
                        field: "period"))
            }
            if let ancestor = tree.ancestors(of: target.regionCode).first(where: {
                regionsWithTargets.contains($0.code)
            }) {
                problems.append(
                    .error(
                        .nestedTarget(region: target.regionCode, ancestor: ancestor.code), .target(row), field: "region"
                    ))
            }
        }
        return problems
    }
}
