import OutreachEvaluation
import OutreachModel

/// What `outreach stock` shows: every series' stock, expected issues, days of supply and level, the days of
/// supply in 14 days and when it is back above its level; in HTML with the last 90 days drawn per component.
public struct StockReport: Sendable {
    public let status: StockStatus
    /// One per series of `status`, in its order.
    public let projections: [StockProjection]
    public let settings: StockSettings
    public let workspace: Workspace
    /// Where the projection's collections come from (`projectionFromPlan` or `projectionFromTrailing`).
    public let collectionsSource: StockMessage

    public init(
        status: StockStatus, projections: [StockProjection], settings: StockSettings, workspace: Workspace,
        collectionsSource: StockMessage
    ) {
        self.status = status
        self.projections = projections
        self.settings = settings
        self.workspace = workspace
        self.collectionsSource = collectionsSource
    }

    func levelName(_ index: Int?, _ strings: any Catalog) -> String {
        guard let index, settings.levels.indices.contains(index) else { return strings.stock(.normal) }
        let level = settings.levels[index]
        return strings.localized(level.name, english: level.englishName)
    }

    /// No level: green; the mildest: amber; any stricter: red.
    func light(_ index: Int?, _ strings: any Catalog) -> Table.Light {
        let level: TrafficLight = index == nil ? .green : index == 0 ? .amber : .red
        return Table.Light(level, words: levelName(index, strings), title: strings.stock(.column(.level)))
    }

    /// "A+ 单采血小板 0.9 天" for each series at the strictest level reached.
    public func overallLine(_ strings: any Catalog) -> String {
        guard let level = status.level else { return strings.stock(.overall(level: nil, series: [])) }
        let series = status.series(atLeast: level).map {
            strings.stock(
                .seriesDays(group: $0.series.group.description, component: $0.series.component, days: $0.daysOfSupply))
        }
        return strings.stock(.overall(level: levelName(level, strings), series: series))
    }

    public func levelsTable(_ strings: any Catalog) -> Table {
        func column(_ column: StockMessage.Column, right: Bool = true) -> Table.Column {
            Table.Column(key: column.rawValue, title: strings.stock(.column(column)), alignRight: right)
        }
        let days = settings.projectionDays
        let rows: [[Table.Cell]] = zip(status.series, projections).map { item, projection in
            let after = projection.days.last?.daysOfSupply
            let component = item.series.component
            return [
                .label(
                    strings.stock(.component(component)) + " (" + strings.stock(.unit(component)) + ")",
                    code: component.rawValue),
                .text(item.series.group.description), .number(item.inStock),
                .decimal(item.expectedDailyIssues, digits: 1),
                .decimal(item.seasonFactor, digits: 2),
                item.daysOfSupply.map { .measure($0, digits: 1, percent: false, light: light(item.level, strings)) }
                    ?? .empty,
                after.map { .decimal($0, digits: 1) } ?? .empty,
                item.level == nil
                    ? .empty
                    : .text(projection.backAboveOn?.description ?? strings.stock(.notWithin(days: days))),
            ]
        }
        return Table(
            title: strings.stock(.sectionLevels),
            columns: [
                column(.component, right: false), column(.group, right: false), column(.inStock),
                column(.issuesPerDay), column(.season), column(.daysOfSupply),
                Table.Column(
                    key: "daysOfSupplyLater", title: strings.stock(.daysOfSupplyIn(days: days)), alignRight: true),
                column(.backAbove, right: false),
            ], rows: rows)
    }

    public func title(_ strings: any Catalog) -> String {
        strings.stock(
            .title(
                workspace: strings.localized(workspace.settings.name, english: workspace.settings.englishName),
                at: status.at))
    }

    /// Text, Markdown, CSV or JSON: the title, the overall line and the basis around the table (the table alone in
    /// CSV and JSON).
    public func render(_ strings: any Catalog, as format: OutputFormat) -> String {
        let table = levelsTable(strings)
        if format == .csv || format == .json { return TableRenderer.render(table, as: format) }
        let markdown = format == .md
        return (markdown ? "# " : "") + title(strings) + "\n\n" + overallLine(strings) + "\n\n"
            + TableRenderer.render(table, as: format) + "\n"
            + strings.stock(.basis(trailingDays: settings.trailingDays))
            + (markdown ? "\n\n" : "\n") + strings.stock(collectionsSource) + "\n"
    }

    /// The days of supply of the last 90 days and the next 14, a panel per component, RhD-positive groups drawn
    /// (RhD-negative stock is a handful of units, read in the table), the mildest level's days as the red line.
    public func chart(_ strings: any Catalog) -> String {
        let start = status.at.adding(days: -89)
        let end = status.at.adding(days: settings.projectionDays)
        let dates = (0...(end.dayNumber - start.dayNumber)).map { start.adding(days: $0) }
        let panels = BloodComponent.allCases.compactMap {
            component -> (title: String, lines: [(label: String, values: [Double?])], threshold: Double?)? in
            let lines = zip(status.series, projections).filter {
                $0.0.series.component == component && $0.0.series.group.rhPositive
            }.map { item, projection -> (label: String, values: [Double?]) in
                var byDate: [CivilDate: Double?] = [:]
                for point in item.history { byDate[point.date] = point.daysOfSupply }
                for point in projection.days { byDate[point.date] = point.daysOfSupply }
                return (item.series.group.description, dates.map { byDate[$0] ?? nil })
            }
            guard !lines.isEmpty else { return nil }
            return (strings.stock(.component(component)), lines, settings.levels.first?.days(for: component))
        }
        return SVGCharts.daily(panels, dates: dates)
    }

    public func html(_ strings: any Catalog) -> String {
        var body = "<h1>" + HTMLPage.escape(title(strings)) + "</h1>\n"
        body += "<p>" + HTMLPage.escape(overallLine(strings)) + "</p>\n"
        body += HTMLPage.section(levelsTable(strings))
        body +=
            "<h2>" + HTMLPage.escape(strings.stock(.sectionTrend)) + "</h2>\n<figure>" + chart(strings) + "</figure>\n"
        body +=
            "<p class=\"note\">"
            + HTMLPage.escape(
                strings.stock(.basis(trailingDays: settings.trailingDays)) + " "
                    + strings.stock(collectionsSource)) + "</p>\n"
        return HTMLPage.document(title: title(strings), body: body, strings)
    }
}
