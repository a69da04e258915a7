extension WorkspaceValidator {
    func regionProblems() -> [Problem] {
        let regions = workspace.regions
        var problems = duplicates(regions, id: \.code, kind: .region, subject: Subject.region, field: "code")
        var roots: [String] = []
        for (index, region) in regions.enumerated() {
            if !region.hasWellFormedCode {
                problems.append(.error(.malformedRegionCode(region.code), .region(index), field: "code"))
            }
            guard let parentCode = region.parentCode else {
                roots.append(region.code)
                continue
            }
            guard let parent = tree.region(code: parentCode) else {
                problems.append(unknownRegion(parentCode, .region(index), field: "parent"))
                continue
            }
            if parentChainLoops(from: region.code) {
                problems.append(.error(.regionCycle(region.code), .region(index), field: "parent"))
                continue
            }
            if let level = region.kind.level, let parentLevel = parent.kind.level, level <= parentLevel {
                problems.append(
                    .error(.levelMismatch(child: region.kind, parent: parent.kind), .region(index), field: "kind"))
            }
            if region.hasWellFormedCode, parent.hasWellFormedCode, !region.code.hasPrefix(significantPrefix(parent)) {
                problems.append(
                    .warning(.codeNotUnderParent(code: region.code, parent: parent.code), .region(index), field: "code")
                )
            }
        }
        if roots.count > 1, let second = regions.firstIndex(where: { $0.code == roots[1] }) {
            problems.append(.warning(.multipleRoots(roots.joined(separator: ", ")), .region(second), field: "parent"))
        }
        return problems
    }

    /// Whether following parents from this region ever comes back to a region already passed.
    private func parentChainLoops(from code: String) -> Bool {
        var seen: Set<String> = [code]
        var current = tree.region(code: code)?.parentCode
        while let next = current, let parent = tree.region(code: next) {
            guard seen.insert(next).inserted else { return true }
            current = parent.parentCode
        }
        return false
    }

    /// The leading digits a child's code shares with its parent: 4409 for the city 440900, 440902 for a county.
    private func significantPrefix(_ parent: Region) -> String {
        var code = Substring(parent.code)
        while code.count > 2, code.hasSuffix("00") { code = code.dropLast(2) }
        return String(code)
    }

    func leaderProblems() -> [Problem] {
        var problems = duplicates(
            workspace.leaders, id: \.id, kind: .leader, subject: Subject.leader, field: "id")
        let assigned = Set(workspace.assignments.map(\.leaderID))
        for (index, leader) in workspace.leaders.enumerated() where !assigned.contains(leader.id) {
            problems.append(.warning(.leaderWithoutRegion(leader.name), .leader(index), field: "id"))
        }
        return problems
    }
}
