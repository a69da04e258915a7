import OutreachModel

/// The region tree with who answers for each region on a date: what the party branch reviews.
public struct RegionTreeView: Sendable {
    public struct Row: Sendable, Equatable {
        public var depth: Int
        public var region: Region
        public var responsibility: Responsibility?
        public var leader: Leader?
        /// The region whose assignment applies, when held through a parent.
        public var heldThrough: Region?
    }

    public var rows: [Row]
    public var settings: WorkspaceSettings
    public var date: CivilDate
    let names: RegionNames

    /// Rows in tree order from `root` (default: the workspace's top regions), down to `maximumDepth` levels.
    public init(workspace: Workspace, on date: CivilDate, root: Region? = nil, maximumDepth: Int? = nil) {
        let index = workspace.responsibilities
        let tree = index.tree
        let leaders = Dictionary(workspace.leaders.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [Row] = []
        func visit(_ region: Region, depth: Int, path: Set<String>) {
            if let maximumDepth, depth >= maximumDepth { return }
            let responsibility = index.responsibility(for: region.code, on: date)
            rows.append(
                Row(
                    depth: depth, region: region, responsibility: responsibility,
                    leader: responsibility.flatMap { leaders[$0.leaderID] },
                    heldThrough: responsibility.flatMap { $0.isDirect ? nil : tree.region(code: $0.heldThrough) }))
            for child in tree.children(of: region.code) where !path.contains(child.code) {
                visit(child, depth: depth + 1, path: path.union([child.code]))
            }
        }
        for start in root.map({ [$0] }) ?? tree.roots { visit(start, depth: 0, path: [start.code]) }
        self.rows = rows
        names = RegionNames(workspace)
        settings = workspace.settings
        self.date = date
    }

    public func table(_ strings: any Catalog) -> Table {
        let columns: [Table.Column] = [
            .init(key: "region", title: strings.text(.columnRegion)),
            .init(key: "kind", title: strings.text(.columnKind)),
            .init(key: "code", title: strings.text(.columnCode)),
            .init(key: "population", title: strings.text(.columnPopulation), alignRight: true),
            .init(key: "leader", title: strings.text(.columnLeader)),
            .init(key: "held", title: strings.text(.columnHeld)),
            .init(key: "since", title: strings.text(.columnSince)),
            .init(key: "depth", title: strings.text(.columnDepth), machineOnly: true),
            .init(key: "parent", title: strings.text(.columnParentCode), machineOnly: true),
            .init(key: "leader_id", title: strings.text(.columnLeaderID), machineOnly: true),
            .init(key: "held_through", title: strings.text(.columnHeldThrough), machineOnly: true),
            .init(key: "population_year", title: strings.text(.columnPopulationYear), machineOnly: true),
            .init(key: "population_source", title: strings.text(.columnPopulationSource), machineOnly: true),
        ]
        let rows: [[Table.Cell]] = rows.map { row in
            let held: Table.Cell =
                row.responsibility == nil
                ? .empty
                : .label(
                    row.heldThrough.map { strings.heldThrough(strings.name(of: $0)) } ?? strings.text(.heldDirectly),
                    code: row.heldThrough == nil ? "direct" : "inherited")
            return [
                .indented(names.name(of: row.region, strings), depth: row.depth),
                .label(strings.name(of: row.region.kind), code: row.region.kind.rawValue),
                .text(row.region.code),
                row.region.population.map { .number($0.count) } ?? .empty,
                row.responsibility == nil
                    ? .label(strings.text(.noLeader), code: nil)
                    : .text(row.leader?.name ?? row.responsibility?.leaderID ?? ""),
                held,
                row.responsibility.map { .text($0.since.description) } ?? .empty,
                .number(row.depth),
                row.region.parentCode.map { .text($0) } ?? .empty,
                row.responsibility.map { .text($0.leaderID) } ?? .empty,
                row.responsibility.map { .text($0.heldThrough) } ?? .empty,
                row.region.population?.year.map { .number($0) } ?? .empty,
                row.region.population.map { .text($0.source) } ?? .empty,
            ]
        }
        return Table(
            title: strings.regionsTitle(
                workspace: strings.localized(settings.name, english: settings.englishName), date: date),
            columns: columns, rows: rows)
    }
}
