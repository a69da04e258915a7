import OutreachModel

/// Each leader's load on a date, so the party branch can see that areas are covered and loads are fair.
public struct LeaderLoadView: Sendable {
    public var loads: [LeaderLoad]
    public var settings: WorkspaceSettings
    public var date: CivilDate
    let names: RegionNames

    public init(workspace: Workspace, on date: CivilDate) {
        names = RegionNames(workspace)
        loads = workspace.responsibilities.loads(of: workspace.leaders, venues: workspace.venues, on: date)
        settings = workspace.settings
        self.date = date
    }

    public func table(_ strings: any Catalog) -> Table {
        let columns: [Table.Column] = [
            .init(key: "id", title: strings.text(.columnID)),
            .init(key: "name", title: strings.text(.columnName)),
            .init(key: "role", title: strings.text(.columnRole)),
            .init(key: "population", title: strings.text(.columnPopulation), alignRight: true),
            .init(key: "venues", title: strings.text(.columnVenues), alignRight: true),
            .init(key: "since", title: strings.text(.columnSince)),
            .init(key: "regions", title: strings.text(.columnRegionsHeld)),
            .init(key: "region_codes", title: strings.text(.columnRegionCodes), machineOnly: true),
            .init(key: "branch", title: strings.text(.columnBranch), machineOnly: true),
        ]
        let rows: [[Table.Cell]] = loads.map { load in
            [
                .text(load.leader.id),
                .text(load.leader.name),
                .label(strings.name(of: load.leader.role), code: load.leader.role.rawValue),
                .number(load.population),
                .number(load.venueCount),
                load.since.map { .text($0.description) } ?? .empty,
                .text(load.heldRegions.map { names.name(of: $0, strings) }.joined(separator: strings.listSeparator)),
                .text(load.heldRegions.map(\.code).joined(separator: " ")),
                .text(load.leader.branch),
            ]
        }
        return Table(
            title: strings.leadersTitle(
                workspace: strings.localized(settings.name, english: settings.englishName), date: date),
            columns: columns, rows: rows)
    }
}
