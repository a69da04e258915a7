import Foundation
import OutreachEvaluation
import OutreachModel

/// What `outreach calibrate` prints: the months and files used, each parameter with its interval and the
/// observations behind it, the parameters left at their defaults, and the backtest.
public struct CalibrationReport: Sendable {
    public let calibration: Calibration
    public let workspace: Workspace

    public init(calibration: Calibration, workspace: Workspace) {
        self.calibration = calibration
        self.workspace = workspace
    }

    public func render(_ strings: any Catalog, as format: OutputFormat) -> String {
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return (try? encoder.encode(calibration)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
        }
        let markdown = format == .md
        let settings = workspace.settings
        let title = strings.calibration(
            .title(
                workspace: strings.localized(settings.name, english: settings.englishName), from: calibration.from,
                through: calibration.through))
        var lines = [strings.calibration(.files(calibration.files))]
        if let backtest = calibration.backtest { lines.append(strings.calibration(.backtestLine(backtest))) }
        if let growth = calibration.yearlyGrowth { lines.append(strings.calibration(.growth(growth))) }
        // Markdown needs a blank line between lines that are not one paragraph.
        var output =
            (markdown ? "# " : "") + title + "\n\n" + lines.joined(separator: markdown ? "\n\n" : "\n") + "\n\n"
        for table in tables(strings) { output += TableRenderer.render(table, as: format) + "\n" }
        var rates = calibration.unitsPerDonation.sorted { $0.key < $1.key }.compactMap { kind, estimate in
            VenueKind(rawValue: kind).map { strings.calibration(.rate(name: .unitsPerDonation($0), estimate)) }
        }
        if let rate = calibration.deferralRate { rates.append(strings.calibration(.rate(name: .deferral, rate))) }
        if let share = calibration.firstTimeShare { rates.append(strings.calibration(.rate(name: .firstTime, share))) }
        output += section(strings.calibration(.sectionRates), rates, markdown)
        output += section(
            strings.calibration(.sectionGaps), calibration.gaps.map { strings.calibration(.gap($0)) }, markdown)
        return output
    }

    func section(_ title: String, _ lines: [String], _ markdown: Bool) -> String {
        guard !lines.isEmpty else { return "" }
        return (markdown ? "## " : "") + title + "\n\n"
            + lines.map { (markdown ? "- " : "• ") + $0 }.joined(
                separator: "\n") + "\n\n"
    }

    func column(_ column: CalibrationMessage.Column, _ strings: any Catalog, right: Bool = false) -> Table.Column {
        .init(key: column.rawValue, title: strings.calibration(.column(column)), alignRight: right)
    }

    /// The tables that have rows: the workbook's sheets, in the document's order.
    public func tables(_ strings: any Catalog) -> [Table] {
        [seasonTable(strings), fixedSitesTable(strings), drivesTable(strings)].filter { !$0.rows.isEmpty }
    }

    func seasonTable(_ strings: any Catalog) -> Table {
        let rows: [[Table.Cell]] = (calibration.season ?? []).enumerated().map { month, estimate in
            [
                .number(month + 1), .decimal(estimate.value, digits: 2),
                .text(
                    Table.decimal(estimate.low, digits: 2, grouped: false) + "–"
                        + Table.decimal(estimate.high, digits: 2, grouped: false)), .number(estimate.observations),
            ]
        }
        return Table(
            title: strings.calibration(.sectionSeason),
            columns: [
                column(.month, strings, right: true), column(.factor, strings, right: true),
                column(.interval, strings, right: true), column(.observations, strings, right: true),
            ], rows: rows)
    }

    func fixedSitesTable(_ strings: any Catalog) -> Table {
        let names = Dictionary(workspace.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows: [[Table.Cell]] = calibration.fixedSites.map { site in
            [
                .text(names[site.venue].map { strings.localized($0.name, english: $0.name) } ?? site.venue),
                .text(strings.withInterval(site.donationsPerDay)), .number(site.donationsPerDay.observations),
            ]
        }
        return Table(
            title: strings.calibration(.sectionFixedSites),
            columns: [
                column(.venue, strings), column(.perDay, strings, right: true),
                column(.observations, strings, right: true),
            ], rows: rows)
    }

    func drivesTable(_ strings: any Catalog) -> Table {
        let templates = Dictionary(workspace.templates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tree = workspace.tree
        let rows: [[Table.Cell]] = calibration.groups.map { group in
            [
                .label(
                    templates[group.template].map { strings.localized($0.name, english: $0.englishName) }
                        ?? group.template, code: group.template),
                .label(strings.name(of: group.kind), code: group.kind.rawValue),
                .label(
                    tree.region(code: group.region).map { strings.name(of: $0) } ?? group.region, code: group.region),
                .text(strings.withInterval(group.donationsPerDrive)), .number(group.donationsPerDrive.observations),
                .text(Table.decimal(group.shareOfReach * 1000, digits: 1, grouped: false) + "‰"),
            ]
        }
        return Table(
            title: strings.calibration(.sectionDrives),
            columns: [
                column(.template, strings), column(.kind, strings), column(.region, strings),
                column(.perDrive, strings, right: true), column(.drives, strings, right: true),
                column(.share, strings, right: true),
            ], rows: rows)
    }
}

/// What `outreach backtest` prints: the summary line, the error per county, then every county-month.
public struct BacktestReport: Sendable {
    public let backtest: Backtest
    public let workspace: Workspace

    public init(backtest: Backtest, workspace: Workspace) {
        self.backtest = backtest
        self.workspace = workspace
    }

    public func render(_ strings: any Catalog, as format: OutputFormat) -> String {
        let tables = self.tables(strings)
        if format == .json || format == .csv {
            return TableRenderer.render(tables[1], as: format)
        }
        let settings = workspace.settings
        let markdown = format == .md
        var output =
            (markdown ? "# " : "")
            + strings.calibration(
                .backtestTitle(
                    workspace: strings.localized(settings.name, english: settings.englishName),
                    quarters: backtest.quarters.count)) + "\n\n"
        guard !backtest.rows.isEmpty else { return output + strings.calibration(.tooFewQuarters) + "\n" }
        output += strings.calibration(.backtestLine(backtest.summary)) + "\n\n"
        for table in tables { output += TableRenderer.render(table, as: format) + "\n" }
        return output
    }

    /// By region, then by month.
    public func tables(_ strings: any Catalog) -> [Table] { [regionsTable(strings), monthsTable(strings)] }

    func column(_ column: CalibrationMessage.Column, _ strings: any Catalog, right: Bool = true) -> Table.Column {
        .init(key: column.rawValue, title: strings.calibration(.column(column)), alignRight: right)
    }

    func regionName(_ code: String, _ strings: any Catalog) -> Table.Cell {
        .label(workspace.tree.region(code: code).map { strings.name(of: $0) } ?? code, code: code)
    }

    /// An error as a number (percent in the workbook), so the column sorts.
    func percent(_ fraction: Double) -> Table.Cell { .measure(fraction * 100, digits: 1, percent: true, light: nil) }

    func regionsTable(_ strings: any Catalog) -> Table {
        let rows: [[Table.Cell]] = backtest.byRegion.map { row in
            [
                regionName(row.region, strings), percent(row.calibrated), .text(strings.signedPercent(row.bias)),
                row.lastYear.map(percent) ?? .empty, percent(row.defaults),
            ]
        }
        return Table(
            title: strings.calibration(.sectionBacktestRegions),
            columns: [
                column(.region, strings, right: false), column(.calibratedError, strings), column(.bias, strings),
                column(.lastYearError, strings), column(.defaultsError, strings),
            ], rows: rows)
    }

    func monthsTable(_ strings: any Catalog) -> Table {
        let rows: [[Table.Cell]] = backtest.rows.map { row in
            [
                regionName(row.region, strings), .text(row.month.description), .decimal(row.recorded, digits: 0),
                .decimal(row.calibrated, digits: 0), row.lastYear.map { .decimal($0, digits: 0) } ?? .empty,
                .decimal(row.defaults, digits: 0),
            ]
        }
        return Table(
            title: strings.calibration(.sectionBacktestMonths),
            columns: [
                column(.region, strings, right: false), column(.month, strings, right: false),
                column(.recorded, strings), column(.calibrated, strings), column(.lastYear, strings),
                column(.defaults, strings),
            ], rows: rows)
    }
}
