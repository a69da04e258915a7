import OutreachEvaluation
import OutreachModel

/// The meeting pack of one month as tables; Markdown, CSV and HTML are renderings of these.
public struct EvaluationPack: Sendable {
    public let evaluation: MonthlyEvaluation
    public let workspace: Workspace
    /// The workspace's history is simulated; the pack says so on its first lines.
    public let isSynthetic: Bool
    /// The channel model fitted through the month, and its suggestions for the next month when it could be fitted.
    public let channelModel: ChannelModelReport?
    public let suggestions: SuggestionReport?

    /// Moves shown in the pack; `outreach suggest` lists them all.
    static let shownMoves = 8

    public init(
        evaluation: MonthlyEvaluation, workspace: Workspace, isSynthetic: Bool,
        channelModel: ChannelModelReport? = nil, suggestions: SuggestionReport? = nil
    ) {
        self.evaluation = evaluation
        self.workspace = workspace
        self.isSynthetic = isSynthetic
        self.channelModel = channelModel
        self.suggestions = suggestions
    }

    static let shownIndicators: [Indicator] = [
        .monthAttainment, .yearToDateAttainment, .yearOnYear, .monthOnMonth, .donationRate, .unitsPerVisit,
        .deferralRate, .firstTimeRate, .promotionRate,
    ]

    func regionName(_ code: String, _ strings: any Catalog) -> String {
        Self.regionName(code, workspace, strings)
    }

    public static func regionName(_ code: String, _ workspace: Workspace, _ strings: any Catalog) -> String {
        workspace.tree.region(code: code).map(strings.name(of:)) ?? code
    }

    static func leaderName(_ id: String?, _ workspace: Workspace, _ strings: any Catalog) -> String {
        guard let id else { return strings.evaluation(.unattributed) }
        return workspace.leader(named: id)?.name ?? id
    }

    func leaderName(_ id: String?, _ strings: any Catalog) -> String { Self.leaderName(id, workspace, strings) }

    func channelName(_ code: String, _ strings: any Catalog) -> String {
        ChannelModelReport.channelName(code, workspace, strings)
    }

    public func title(_ strings: any Catalog) -> String {
        strings.evaluation(
            .packTitle(
                workspace: strings.localized(workspace.settings.name, english: workspace.settings.englishName),
                month: evaluation.month))
    }

    public func subtitle(_ strings: any Catalog) -> [String] {
        let open = evaluation.actions.filter(\.action.isOpen)
        var lines = [
            strings.evaluation(
                .packSubtitle(
                    regions: evaluation.regions.count, findings: evaluation.findings.count, openActions: open.count,
                    overdue: open.filter(\.isOverdue).count))
        ]
        if evaluation.isEmpty { lines.append(strings.evaluation(.emptyMonth(evaluation.month))) }
        if isSynthetic { lines.append(strings.evaluation(.syntheticNote)) }
        return lines
    }

    func cell(_ value: IndicatorValue?, light: TrafficLight?, _ strings: any Catalog) -> Table.Cell {
        guard let number = value?.value, let indicator = value?.indicator else { return .empty }
        let digits = indicator == .unitsPerVisit ? 2 : 1
        return .measure(
            number, digits: digits, percent: indicator.factor == 100,
            light: light.map {
                Table.Light($0, words: strings.evaluation(.light($0)), title: strings.evaluation(.columnLight))
            })
    }

    public func indicatorsTable(_ strings: any Catalog) -> Table {
        var columns = [
            Table.Column(key: "rank", title: strings.evaluation(.columnRank), alignRight: true),
            Table.Column(key: "region", title: strings.text(.columnRegion)),
            Table.Column(key: "code", title: strings.text(.columnCode), machineOnly: true),
            Table.Column(key: "leader", title: strings.evaluation(.columnLeader)),
            Table.Column(key: "units", title: strings.evaluation(.columnUnits), alignRight: true),
            Table.Column(key: "target", title: strings.evaluation(.columnTarget), alignRight: true),
        ]
        columns += Self.shownIndicators.map {
            Table.Column(key: $0.rawValue, title: strings.evaluation(.indicator($0)), alignRight: true)
        }
        let rows = ([evaluation.city] + evaluation.regions).map { result -> [Table.Cell] in
            let attainment = result.values[.monthAttainment]
            var row: [Table.Cell] = [
                result.rank.map { .number($0) } ?? .empty, .text(regionName(result.regionCode, strings)),
                .text(result.regionCode),
                // The city row is the station's own, not a region leader's.
                .text(
                    result.regionCode == evaluation.city.regionCode
                        ? strings.evaluation(.stationRow) : leaderName(result.leaderID, strings)),
                .decimal(
                    evaluation.trends.first { $0.regionCode == result.regionCode }?.units.last.flatMap { $0 } ?? 0,
                    digits: 1),
                attainment.map { .decimal($0.denominator, digits: 1) } ?? .empty,
            ]
            row += Self.shownIndicators.map { cell(result.values[$0], light: result.lights[$0], strings) }
            return row
        }
        return Table(title: strings.evaluation(.sectionIndicators), columns: columns, rows: rows)
    }

    /// The findings the pack shows: every red or amber region's, then the largest others up to `findings.top`,
    /// largest first.
    public var shownFindings: [Finding] {
        let top = workspace.evaluation.findings.top
        var others = max(0, top - evaluation.findings.filter(\.isBehind).count)
        return evaluation.findings.filter { finding in
            guard !finding.isBehind else { return true }
            defer { others -= 1 }
            return others > 0
        }
    }

    /// All findings (the CSV), or only those the pack shows.
    public func findingsTable(_ strings: any Catalog, shownOnly: Bool = false) -> Table {
        let columns = [
            Table.Column(key: "finding", title: strings.evaluation(.columnFinding)),
            Table.Column(key: "code", title: strings.text(.columnFindingCode), machineOnly: true),
            Table.Column(key: "region", title: strings.text(.columnRegion)),
            Table.Column(key: "size", title: strings.evaluation(.columnSize), alignRight: true),
            Table.Column(key: "evidence", title: strings.evaluation(.columnEvidence)),
            Table.Column(key: "suggestion", title: strings.evaluation(.columnSuggestion)),
        ]
        let rows = (shownOnly ? shownFindings : evaluation.findings).map { finding -> [Table.Cell] in
            let (evidence, suggestion) = words(finding, strings)
            return [
                .text(strings.evaluation(.findingName(finding.code))), .text(finding.code),
                .text(regionName(finding.regionCode, strings)), .decimal(finding.size, digits: 0), .text(evidence),
                .text(strings.evaluation(suggestion)),
            ]
        }
        return Table(title: strings.evaluation(.sectionFindings), columns: columns, rows: rows)
    }

    /// Whether the suggestions take events of a channel out of a region (or its townships).
    func suggestionsMove(_ channel: String, outOf region: String) -> Bool {
        suggestions?.suggestions.moves.contains { move in
            guard let from = move.from, from.channel == channel else { return false }
            return from.regionCode == region
                || workspace.tree.ancestors(of: from.regionCode).contains { $0.code == region }
        } ?? false
    }

    func words(_ finding: Finding, _ strings: any Catalog) -> (String, EvaluationMessage) {
        switch finding {
        case .behind(let region, _, let gap, let yearToDate, let trough):
            return (
                strings.evaluation(
                    .behind(region: regionName(region, strings), gap: gap, yearToDate: yearToDate, trough: trough)),
                trough == nil ? .suggestionBehind : .suggestionBehindTrough
            )
        case .anomaly(let region, let assessment):
            return (
                strings.evaluation(
                    .anomaly(
                        region: regionName(region, strings), actual: assessment.actual, expected: assessment.expected,
                        score: assessment.score, sameMonth: assessment.sameMonthBefore)),
                assessment.score < 0 ? .suggestionLow : .suggestionHigh
            )
        case .channelCut(let region, let channel, let events, let eventsBefore, let lost, _):
            let name = ChannelModelReport.channelName(
                channel, workspace, strings, drives: channelModel?.analysis.panel.drives ?? [:])
            return (
                strings.evaluation(
                    .channelCut(
                        region: regionName(region, strings), channel: name, events: events, eventsBefore: eventsBefore,
                        lost: lost)),
                suggestionsMove(channel, outOf: region) ? .suggestionCutMoved : .suggestionCut
            )
        case .actionNotMoving(let progress, _):
            return (
                strings.evaluation(
                    .actionStill(
                        id: progress.action.id, region: regionName(progress.action.regionCode, strings),
                        indicator: progress.action.indicator, before: progress.before ?? 0, now: progress.now ?? 0)),
                .suggestionAction
            )
        }
    }

    public func actionsTable(_ strings: any Catalog) -> Table {
        Self.actionsTable(evaluation.actions, workspace: workspace, strings)
    }

    /// Actions with their indicator before and now; `actions list` shows its own selection.
    public static func actionsTable(_ actions: [ActionProgress], workspace: Workspace, _ strings: any Catalog) -> Table
    {
        func regionName(_ code: String, _ strings: any Catalog) -> String { Self.regionName(code, workspace, strings) }
        func leaderName(_ id: String?, _ strings: any Catalog) -> String { Self.leaderName(id, workspace, strings) }
        let columns = [
            Table.Column(key: "id", title: strings.text(.columnID)),
            Table.Column(key: "region", title: strings.text(.columnRegion)),
            Table.Column(key: "action", title: strings.evaluation(.columnAction)),
            Table.Column(key: "owner", title: strings.evaluation(.columnOwner)),
            Table.Column(key: "due", title: strings.evaluation(.columnDue)),
            Table.Column(key: "status", title: strings.evaluation(.columnStatus)),
            Table.Column(key: "indicator", title: strings.evaluation(.columnIndicator)),
            Table.Column(key: "baseline", title: strings.evaluation(.columnBefore), alignRight: true),
            Table.Column(key: "now", title: strings.evaluation(.columnNow), alignRight: true),
        ]
        let rows = actions.map { progress -> [Table.Cell] in
            let action = progress.action
            let status: (EvaluationMessage, String) =
                !action.isOpen
                ? (.statusClosed, "closed") : progress.isOverdue ? (.statusOverdue, "overdue") : (.statusOpen, "open")
            return [
                .text(action.id), .text(regionName(action.regionCode, strings)), .text(action.text),
                .text(leaderName(action.owner, strings)), .text(action.due.description),
                .label(strings.evaluation(status.0), code: status.1),
                .text(strings.evaluation(.indicator(action.indicator))),
                progress.before.map { .decimal($0, digits: 1) } ?? .empty,
                progress.now.map { .decimal($0, digits: 1) } ?? .empty,
            ]
        }
        return Table(title: strings.evaluation(.sectionActions), columns: columns, rows: rows)
    }

    public func channelsTable(_ strings: any Catalog) -> Table {
        let columns = [
            Table.Column(key: "region", title: strings.text(.columnRegion)),
            Table.Column(key: "code", title: strings.text(.columnCode), machineOnly: true),
            Table.Column(key: "channel", title: strings.evaluation(.columnChannel)),
            Table.Column(key: "channelCode", title: strings.text(.columnChannelCode), machineOnly: true),
            Table.Column(key: "events", title: strings.evaluation(.columnEvents), alignRight: true),
            Table.Column(key: "attributedVisits", title: strings.evaluation(.columnAttributed), alignRight: true),
            Table.Column(key: "perEvent", title: strings.evaluation(.columnPerEvent), alignRight: true),
        ]
        let rows = evaluation.channelYields.map { value -> [Table.Cell] in
            [
                .text(regionName(value.regionCode, strings)), .text(value.regionCode),
                .text(channelName(value.channel, strings)), .text(value.channel), .decimal(value.events, digits: 0),
                .decimal(value.attributedVisits, digits: 0), value.perEvent.map { .decimal($0, digits: 1) } ?? .empty,
            ]
        }
        return Table(title: strings.evaluation(.sectionChannels), columns: columns, rows: rows)
    }

    public func definitionsTable(_ strings: any Catalog) -> Table {
        Table(
            title: strings.evaluation(.sectionDefinitions),
            columns: [
                Table.Column(key: "indicator", title: strings.evaluation(.columnIndicator)),
                Table.Column(key: "definition", title: strings.evaluation(.sectionDefinitions)),
            ],
            rows: Self.shownIndicators.map {
                [
                    .label(strings.evaluation(.indicator($0)), code: $0.rawValue),
                    .text(strings.evaluation(.definition($0))),
                ]
            })
    }

    /// Every table, with the file name its CSV is written under.
    public func tables(_ strings: any Catalog) -> [(name: String, table: Table)] {
        var tables = [
            ("indicators", indicatorsTable(strings)), ("findings", findingsTable(strings)),
            ("actions", actionsTable(strings)), ("channels", channelsTable(strings)),
        ]
        if let channelModel { tables.append(("channel-model", channelModel.channelsTable(strings))) }
        if let suggestions { tables.append(("suggestions", suggestions.table(strings))) }
        return tables
    }

    /// The suggestion section's title and lines: the model's scope and check, then the moves' premises.
    func suggestionLines(_ strings: any Catalog) -> (title: String, lines: [String])? {
        guard let channelModel else { return nil }
        let title = strings.model(.sectionSuggestions(month: evaluation.month.adding(months: 1)))
        return (title, channelModel.summary(strings) + (suggestions == nil ? [strings.model(.notFitted)] : []))
    }

    /// The pack in Markdown, for pasting into WeChat Work.
    public func markdown(_ strings: any Catalog) -> String {
        var text = "# " + title(strings) + "\n\n" + subtitle(strings).map { "- " + $0 + "\n" }.joined() + "\n"
        for (name, table) in tables(strings) {
            if name == "channels" || name == "channel-model" { continue }
            if name == "suggestions" { continue }
            text += "## " + (table.title ?? "") + "\n\n"
            if table.rows.isEmpty {
                text += strings.evaluation(name == "findings" ? .noFindings : .noActions) + "\n\n"
                continue
            }
            var plain = name == "findings" ? findingsTable(strings, shownOnly: true) : table
            plain.title = nil
            text += TableRenderer.markdown(plain) + "\n"
            if name == "findings", shownFindings.count < evaluation.findings.count {
                text +=
                    strings.evaluation(.moreFindings(shown: shownFindings.count, total: evaluation.findings.count))
                    + "\n\n"
            }
        }
        if let (title, lines) = suggestionLines(strings) {
            text += "## " + title + "\n\n" + lines.map { "- " + $0 + "\n" }.joined()
            text += suggestions.map { $0.markdown(strings, limit: Self.shownMoves) } ?? "\n"
            text += "\n"
        }
        text += strings.evaluation(.windowNote(from: evaluation.window.first!, to: evaluation.window.last!)) + " "
        text += strings.evaluation(.attributionNote) + "\n"
        return text
    }
}
