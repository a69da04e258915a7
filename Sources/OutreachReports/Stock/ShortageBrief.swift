import OutreachModel
import OutreachPlanning

/// `outreach stock --brief`: one A4 page for the station's leadership — the level by group, days of supply and
/// when each is back above its level; what the shortage plan adds week by week; whom to recall.
public struct ShortageBrief: Sendable {
    public let report: StockReport
    /// The newest shortage plan with a day in the projection, if any.
    public let plan: Plan?
    /// Per short group and donation type: donors due for recall and how many are expected to come.
    public let recall: [(group: String, type: String, donors: Int, expected: Double)]

    public init(
        report: StockReport, plans: [Plan], recall: [(group: String, type: String, donors: Int, expected: Double)] = []
    ) {
        self.report = report
        plan = StockOutlook.newest(
            plans.filter(\.shortage), covering: report.status.at, days: report.settings.projectionDays)
        self.recall = recall
    }

    /// The RhD-positive red cells and platelets, and any other series at a level: the rows the leadership reads.
    func levels(_ strings: any Catalog) -> Table {
        var table = report.levelsTable(strings)
        let keep = report.status.series.indices.filter { index in
            let item = report.status.series[index]
            return item.level != nil || (item.series.group.rhPositive && item.series.component != .plasma)
        }
        table.rows = keep.map { table.rows[$0] }
        // The page keeps what the leadership reads: no issues per day or season factor.
        let dropped: Set<String> = [StockMessage.Column.issuesPerDay.rawValue, StockMessage.Column.season.rawValue]
        let kept = table.columns.indices.filter { !dropped.contains(table.columns[$0].key) }
        table.columns = kept.map { table.columns[$0] }
        table.rows = table.rows.map { row in kept.map { row[$0] } }
        return table
    }

    func weeks(_ strings: any Catalog) -> Table? {
        guard let plan else { return nil }
        func column(_ column: StockMessage.Column, right: Bool = true) -> Table.Column {
            Table.Column(key: column.rawValue, title: strings.stock(.column(column)), alignRight: right)
        }
        return Table(
            title: strings.stock(.sectionResponse) + " · " + plan.name,
            columns: [
                column(.week, right: false), column(.drives), column(.appeals), column(.extended), column(.units),
            ],
            rows: plan.weeks().map {
                [
                    .text($0.start.description), .number($0.drives), .number($0.appeals), .number($0.extended),
                    .decimal($0.units, digits: 0),
                ]
            })
    }

    func recallLines(_ strings: any Catalog) -> [String] {
        guard !recall.isEmpty else { return [strings.stock(.noRecallData)] }
        return recall.map {
            strings.stock(.recallLine(group: $0.group, type: $0.type, donors: $0.donors, expected: $0.expected))
        }
    }

    func title(_ strings: any Catalog) -> String {
        let settings = report.workspace.settings
        return strings.stock(
            .briefTitle(
                workspace: strings.localized(settings.name, english: settings.englishName), at: report.status.at))
    }

    public func tables(_ strings: any Catalog) -> [Table] { [levels(strings)] + (weeks(strings).map { [$0] } ?? []) }

    public func text(_ strings: any Catalog, markdown: Bool) -> String {
        let format: OutputFormat = markdown ? .md : .text
        var output = (markdown ? "# " : "") + title(strings) + "\n\n" + report.overallLine(strings) + "\n\n"
        for table in tables(strings) { output += TableRenderer.render(table, as: format) + "\n" }
        output += (markdown ? "## " : "") + strings.stock(.sectionRecall) + "\n\n"
        output += recallLines(strings).map { (markdown ? "- " : "") + $0 }.joined(separator: "\n") + "\n"
        return output
    }

    public func html(_ strings: any Catalog) -> String {
        var body = "<h1>" + HTMLPage.escape(title(strings)) + "</h1>\n"
        body += "<p>" + HTMLPage.escape(report.overallLine(strings)) + "</p>\n"
        body += HTMLPage.section(levels(strings))
        if let weeks = weeks(strings) { body += HTMLPage.section(weeks) }
        body += "<h2>" + HTMLPage.escape(strings.stock(.sectionRecall)) + "</h2>\n<ul>"
        body += recallLines(strings).map { "<li>" + HTMLPage.escape($0) + "</li>" }.joined() + "</ul>\n"
        body +=
            "<p class=\"note\">" + HTMLPage.escape(strings.stock(.basis(trailingDays: report.settings.trailingDays)))
            + "</p>\n"
        return HTMLPage.document(title: title(strings), body: body, strings)
    }
}
