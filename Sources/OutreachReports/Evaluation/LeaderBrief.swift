import OutreachEvaluation
import OutreachModel
import OutreachPlanning

/// One region leader's page for the month: their regions' attainment and lights (with the city's row to compare),
/// their drives from the first day of `from` to the end of the month after, the open actions they own and the
/// findings about their regions — one A4 page to print or send as a picture.
public struct LeaderBrief: Sendable {
    public let leader: Leader
    /// The month's pack cut to the leader: their regions, findings and open actions.
    public let pack: EvaluationPack
    public let drives: [PlannedDrive]
    public let from: YearMonth

    public init(leader: Leader, pack: EvaluationPack, plans: [Plan], from: YearMonth) {
        self.leader = leader
        self.from = from
        var evaluation = pack.evaluation
        evaluation.regions = evaluation.regions.filter { $0.leaderID == leader.id }
        let codes = Set(evaluation.regions.map(\.regionCode))
        evaluation.findings = evaluation.findings.filter { codes.contains($0.regionCode) }
        evaluation.actions = evaluation.actions.filter { $0.action.owner == leader.id && $0.action.isOpen }
        self.pack = EvaluationPack(evaluation: evaluation, workspace: pack.workspace, isSynthetic: pack.isSynthetic)
        // The leader's drives in the two months, the newest plan's version of each.
        let first = CivilDate(year: from.year, month: from.month, day: 1)!
        let last = CivilDate(year: from.adding(months: 2).year, month: from.adding(months: 2).month, day: 1)!
        var byID: [DriveID: PlannedDrive] = [:]
        for plan in plans.sorted(by: { $0.madeOn < $1.madeOn }) {
            let view = PlanDrivesView(plan: plan, workspace: pack.workspace, audience: .leader(leader.id))
            for drive in view.drives where drive.date >= first && drive.date < last { byID[drive.id] = drive }
        }
        drives = byID.values.sorted { ($0.date, $0.start, $0.venue) < ($1.date, $1.start, $1.venue) }
    }

    public func title(_ strings: any Catalog) -> String {
        strings.evaluation(.briefTitle(leader: leader.name, month: pack.evaluation.month))
    }

    public func drivesTable(_ strings: any Catalog) -> Table {
        let workspace = pack.workspace
        let venues = Dictionary(workspace.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let templates = Dictionary(workspace.templates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Table(
            title: strings.evaluation(.briefDrives(from: from, to: from.adding(months: 1))),
            columns: [
                .init(key: "date", title: strings.text(.columnDate)),
                .init(key: "weekday", title: strings.text(.columnWeekday)),
                .init(key: "time", title: strings.text(.columnTime)),
                .init(key: "venue", title: strings.text(.columnVenue)),
                .init(key: "campaign", title: strings.text(.columnCampaign)),
                .init(key: "units", title: strings.text(.columnUnits), alignRight: true),
            ],
            rows: drives.map { drive in
                [
                    .text(drive.date.description), .text(strings.plan(.weekday(drive.date.weekday))),
                    .text(drive.start + "–" + drive.end), .text(venues[drive.venue]?.name ?? drive.venue),
                    .label(
                        templates[drive.template].map { strings.localized($0.name, english: $0.englishName) }
                            ?? drive.template, code: drive.template),
                    .decimal(drive.expectedUnits, digits: 1),
                ]
            })
    }

    /// The leader's regions (and the city's row) with the figures a leader answers for: units against target,
    /// the month's and the year's attainment and the year-on-year change, each with its light.
    public func regionsTable(_ strings: any Catalog) -> Table {
        let keys: Set = [
            "region", "units", "target", Indicator.monthAttainment.rawValue, Indicator.yearToDateAttainment.rawValue,
            Indicator.yearOnYear.rawValue,
        ]
        let full = pack.indicatorsTable(strings)
        let kept = full.columns.indices.filter { keys.contains(full.columns[$0].key) }
        return Table(
            title: full.title, columns: kept.map { full.columns[$0] },
            rows: full.rows.map { row in kept.map { row[$0] } })
    }

    /// Regions, drives, actions and findings, in the page's order.
    public func tables(_ strings: any Catalog) -> [Table] {
        [regionsTable(strings), drivesTable(strings), pack.actionsTable(strings), pack.findingsTable(strings)]
    }

    public func markdown(_ strings: any Catalog) -> String {
        var text = "# " + title(strings) + "\n\n"
        for table in tables(strings) where !table.rows.isEmpty { text += TableRenderer.markdown(table) + "\n" }
        return text
    }

    public func text(_ strings: any Catalog) -> String {
        title(strings) + "\n\n"
            + tables(strings).filter { !$0.rows.isEmpty }.map(TableRenderer.text).joined(separator: "\n")
    }

    /// One A4 page in small type; the glyphs of the lights kept for grey print. Empty sections are left out.
    public func html(_ strings: any Catalog) -> String {
        var body =
            "<style>body { font-size: 8.5pt; } h1 { font-size: 13pt; } h2 { font-size: 10pt; margin: 0.6em 0 0.2em; }</style>\n"
        body += "<h1>" + HTMLPage.escape(title(strings)) + "</h1>\n"
        for table in tables(strings) where !table.rows.isEmpty { body += HTMLPage.section(table) }
        return HTMLPage.document(title: title(strings), body: body, strings)
    }
}
