import OutreachModel
import OutreachPlanning

/// The city view of a plan: headline figures, each region's months against target with the reason for any
/// shortfall, team utilisation and notices.
public struct PlanSummaryView: Sendable {
    public var plan: Plan
    public var workspace: Workspace

    public init(plan: Plan, workspace: Workspace) {
        self.plan = plan
        self.workspace = workspace
    }

    /// The headline lines, in order: title, totals, objective, lab, re-plan changes.
    /// The solver's figures (objective, bound, gap, terms): for the planner, not the meeting — the page puts them in
    /// an appendix.
    public func solverLines(_ strings: any Catalog) -> [String] {
        [
            strings.plan(
                .objective(
                    value: plan.objective.value, bound: plan.objective.upperBound, gap: plan.objective.gap,
                    greedy: plan.objective.greedyValue, localOptimum: plan.objective.localOptimum)),
            strings.plan(
                .objectiveTerms(
                    target: plan.objective.targetValue, group: plan.objective.groupValue,
                    fairness: plan.objective.fairnessPenalty,
                    travel: plan.objective.travelPenalty)),
        ]
    }

    /// The summary's lines, title first; `includingSolver: false` leaves out `solverLines` (the page's appendix).
    public func headline(_ strings: any Catalog, includingSolver: Bool = true) -> [String] {
        let settings = workspace.settings
        let drives = plan.drives
        let target = plan.targets.reduce(0) { $0 + ($1.target ?? 0) }
        let expected = plan.targets.reduce(0) { $0 + $1.expectedUnits }
        let samples = plan.lab.map(\.samples)
        var lines = [
            strings.plan(
                .title(
                    name: plan.name, workspace: strings.localized(settings.name, english: settings.englishName),
                    from: plan.from, to: plan.to)),
            strings.calibration(.planBasis(plan.basis)),
        ]
        if let trigger = plan.stockTrigger {
            let level = trigger.level
            lines.append(
                strings.stock(
                    .planTrigger(
                        level: strings.localized(level.name, english: level.englishName) + " · \(trigger.date)",
                        series: trigger.short.map {
                            strings.stock(
                                .seriesDays(group: $0.group.description, component: $0.component, days: $0.daysOfSupply)
                            )
                        }, surplusWeight: level.surplusWeight, groupWeight: level.groupWeight,
                        campaigns: level.shortageCampaigns)))
        }
        lines += [
            strings.plan(
                .totals(
                    drives: drives.count, turnout: drives.reduce(0) { $0 + $1.expectedTurnout },
                    donations: drives.reduce(0) { $0 + $1.expectedDonations },
                    units: drives.reduce(0) { $0 + $1.expectedUnits }, target: target, expected: expected))
        ]
        if includingSolver { lines += solverLines(strings) }
        lines += [
            strings.plan(
                .lab(
                    peak: samples.max() ?? 0, capacity: plan.lab.first?.capacity ?? 0,
                    fullDays: plan.lab.filter { $0.samples >= $0.capacity - 0.5 }.count,
                    mean: samples.isEmpty ? 0 : samples.reduce(0, +) / Double(samples.count)))
        ]
        if let changes = plan.changes, let from = plan.replannedFrom {
            lines.append(
                strings.plan(
                    .replan(
                        from: from, kept: changes.kept, unchanged: changes.unchanged, teamChanged: changes.teamChanged,
                        removed: changes.removed.count, added: changes.added.count)))
        }
        return lines
    }

    public func targetsTable(_ strings: any Catalog) -> Table {
        let tree = workspace.tree
        let columns: [Table.Column] = [
            .init(key: "region", title: strings.text(.columnRegion)),
            .init(key: "region_code", title: strings.text(.columnCode), machineOnly: true),
            .init(key: "month", title: strings.text(.columnMonth)),
            .init(key: "target", title: strings.text(.columnTarget), alignRight: true),
            .init(key: "fixed_site_units", title: strings.text(.columnFixedSites), alignRight: true),
            .init(key: "drives", title: strings.text(.columnDrives), alignRight: true),
            .init(key: "drive_units", title: strings.text(.columnDriveUnits), alignRight: true),
            .init(key: "expected_units", title: strings.text(.columnExpected), alignRight: true),
            .init(key: "attainment", title: strings.text(.columnAttainment), alignRight: true),
            .init(key: "shortfall", title: strings.text(.columnShortfall), alignRight: true),
            .init(key: "reason", title: strings.text(.columnReason)),
            .init(key: "source", title: strings.text(.columnSource), machineOnly: true),
        ]
        let venueNames = Dictionary(workspace.venues.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows: [[Table.Cell]] = plan.targets.map { line in
            let name = tree.region(code: line.region).map { strings.name(of: $0) } ?? line.region
            return [
                .text(name), .text(line.region), .text(line.month.description),
                line.target.map { .decimal($0, digits: 0) } ?? .empty,
                .decimal(line.fixedSiteUnits, digits: 0), .number(line.drives), .decimal(line.driveUnits, digits: 0),
                .decimal(line.expectedUnits, digits: 0),
                line.target.map { $0 > 0 ? .text(strings.percent(line.expectedUnits / $0)) : .empty } ?? .empty,
                line.shortfall >= 0.5 ? .decimal(line.shortfall, digits: 0) : .empty,
                line.reason.map { reason in
                    let blocking = line.blockingDrive.map {
                        (venue: venueNames[$0.venueID] ?? $0.venueID, date: $0.date)
                    }
                    return .label(strings.plan(.shortfall(reason, blocking: blocking)), code: reason.rawValue)
                } ?? .empty,
                .text(strings.plan(.source(line.source))),
            ]
        }
        return Table(title: strings.plan(.sectionTargets), columns: columns, rows: rows)
    }

    public func teamsTable(_ strings: any Catalog) -> Table {
        let names = Dictionary(workspace.teams.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let columns: [Table.Column] = [
            .init(key: "team", title: strings.text(.columnID)),
            .init(key: "name", title: strings.text(.columnTeam)),
            .init(key: "working_days", title: strings.text(.columnWorkingDays), alignRight: true),
            .init(key: "drives", title: strings.text(.columnDrives), alignRight: true),
            .init(key: "utilisation", title: strings.text(.columnUtilisation), alignRight: true),
        ]
        let rows: [[Table.Cell]] = plan.teams.map { load in
            [
                .text(load.team), .text(names[load.team] ?? load.team), .number(load.workingDays), .number(load.drives),
                .text(load.workingDays > 0 ? strings.percent(Double(load.drives) / Double(load.workingDays)) : "—"),
            ]
        }
        return Table(title: strings.plan(.sectionTeams), columns: columns, rows: rows)
    }

    /// The planner's notices, then the parameters a calibration had to leave at their defaults.
    public func notices(_ strings: any Catalog) -> [String] {
        plan.notices.map { strings.plan(.notice($0)) }
            + (plan.basis?.gaps ?? []).map { strings.calibration(.gap($0)) }
    }

    /// Headline, tables and notices as text or Markdown.
    public func render(_ strings: any Catalog, as format: OutputFormat) -> String {
        let markdown = format == .md
        var output = (markdown ? "# " : "") + headline(strings).joined(separator: markdown ? "\n\n" : "\n") + "\n\n"
        for table in [targetsTable(strings), teamsTable(strings)] {
            output += TableRenderer.render(table, as: format) + "\n"
        }
        let notices = notices(strings)
        if !notices.isEmpty {
            output += (markdown ? "## " : "") + strings.plan(.sectionNotices) + "\n\n"
            output += notices.map { (markdown ? "- " : "• ") + $0 }.joined(separator: "\n") + "\n\n"
        }
        return output
    }
}
