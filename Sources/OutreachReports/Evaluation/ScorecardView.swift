import OutreachEvaluation
import OutreachModel

/// The party branch's yearly scorecard as a table: each leader's total row, then their stints.
public struct ScorecardView: Sendable {
    public let scorecard: Scorecard
    public let workspace: Workspace

    public init(scorecard: Scorecard, workspace: Workspace) {
        self.scorecard = scorecard
        self.workspace = workspace
    }

    public func title(_ strings: any Catalog) -> String {
        strings.evaluation(
            .reviewTitle(
                workspace: strings.localized(workspace.settings.name, english: workspace.settings.englishName),
                year: scorecard.year, months: scorecard.months.count))
    }

    public func table(_ strings: any Catalog) -> Table {
        let columns = [
            Table.Column(key: "rank", title: strings.evaluation(.columnRank), alignRight: true),
            Table.Column(key: "leader", title: strings.evaluation(.columnLeader)),
            Table.Column(key: "leaderID", title: strings.text(.columnID), machineOnly: true),
            Table.Column(key: "region", title: strings.text(.columnRegion)),
            Table.Column(key: "code", title: strings.text(.columnCode), machineOnly: true),
            Table.Column(key: "period", title: strings.evaluation(.columnStint)),
            Table.Column(key: "units", title: strings.evaluation(.columnUnits), alignRight: true),
            Table.Column(key: "target", title: strings.evaluation(.columnTarget), alignRight: true),
            Table.Column(key: "attainment", title: strings.evaluation(.columnAttainment), alignRight: true),
            Table.Column(key: "light", title: strings.evaluation(.columnLight)),
        ]
        func region(_ code: String) -> String { workspace.tree.region(code: code).map(strings.name(of:)) ?? code }
        func light(_ value: TrafficLight?) -> Table.Cell {
            value.map { .label(strings.evaluation(.light($0)), code: $0.rawValue) } ?? .empty
        }
        func percent(_ value: Double?) -> Table.Cell {
            value.map {
                .label(
                    Table.decimal($0, digits: 1, grouped: true) + "%",
                    code: Table.decimal($0, digits: 4, grouped: false))
            } ?? .empty
        }
        func stintRow(_ stint: Stint, leader: String, id: String) -> [Table.Cell] {
            [
                .empty, .indented(leader, depth: 1), .text(id), .text(region(stint.regionCode)),
                .text(stint.regionCode),
                .text(stint.from == stint.to ? stint.from.description : "\(stint.from)–\(stint.to)"),
                .decimal(stint.units, digits: 1), stint.target.map { .decimal($0, digits: 1) } ?? .empty,
                percent(stint.attainment), light(stint.light),
            ]
        }
        var rows: [[Table.Cell]] = []
        for score in scorecard.leaders {
            let name = workspace.leader(named: score.leaderID)?.name ?? score.leaderID
            rows.append([
                score.rank.map { .number($0) } ?? .empty, .indented(name, depth: 0), .text(score.leaderID),
                .text(score.stints.map { region($0.regionCode) }.uniqued().joined(separator: strings.listSeparator)),
                .text(""), .text(""), .decimal(score.units, digits: 1),
                score.target.map { .decimal($0, digits: 1) } ?? .empty,
                percent(score.attainment), light(score.light),
            ])
            rows += score.stints.map { stintRow($0, leader: name, id: score.leaderID) }
        }
        rows += scorecard.unattributed.map { stintRow($0, leader: strings.evaluation(.unattributed), id: "") }
        return Table(title: title(strings), columns: columns, rows: rows)
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
