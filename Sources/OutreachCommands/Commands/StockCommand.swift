import OutreachEvaluation
import OutreachFormats
import OutreachLoading
import OutreachModel
import OutreachPlanning
import OutreachReports

/// `outreach stock [--at DATE] [--plan NAME] [--brief] [--format …] [--output FILE]` and
/// `outreach simulate stock FILE [--from DATE] [--to DATE] [--seed N]`.
enum StockCommand {
    static let spec = CommandSpec(
        name: "stock", abstract: .stockAbstract,
        options: [
            OptionSpec("at", value: "DATE", help: .optionStockAt),
            OptionSpec("plan", value: "NAME", help: .optionStockPlan),
            OptionSpec("brief", help: .optionStockBrief),
            OptionSpec("format", value: "text|md|html|csv|json|xlsx", help: .optionEvaluationFormat),
            OptionSpec("output", value: "FILE", help: .optionTableOutput),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static let simulate = CommandSpec(
        name: "simulate stock", abstract: .simulateStockAbstract,
        arguments: [ArgumentSpec("file", help: .argumentStockOutput)],
        options: [
            OptionSpec("from", value: "DATE", help: .optionFromDate),
            OptionSpec("to", value: "DATE", help: .optionToDate),
            OptionSpec("seed", value: "N", help: .optionStockSeed),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let format: ReviewCommand.Format
        let chosen: CivilDate?
        do throws(UsageMessage) {
            format = try invocation.arguments.choice("format", default: ReviewCommand.Format.text)
            chosen = try invocation.arguments.date("at")
        } catch { throw .usage(error) }
        var workspace = try invocation.loadForPlanning()
        let (stock, problems) = RecordStore.stock(invocation.paths)
        guard problems.isEmpty else { throw .problems(problems) }
        let strings = invocation.strings
        guard let last = stock.map(\.date).max() else { throw .message(strings.stock(.noStock)) }
        let (donors, damaged) = DonorTable.load(invocation.paths)
        let withGroups = damaged.isEmpty ? donors : []
        workspace.venueGroupMix = DonorTable.venueGroupMix(withGroups)
        let plans: [Plan]
        if let name = invocation.arguments.value("plan") {
            plans = [try invocation.loadPlan(name)]
        } else {
            plans = PlanStore.names(in: invocation.paths).compactMap { try? PlanStore.load($0, in: invocation.paths) }
        }
        let report = StockOutlook.report(records: stock, at: chosen ?? last, workspace: workspace, plans: plans)
        if invocation.arguments.has("brief") {
            let brief = ShortageBrief(
                report: report, plans: plans, recall: recall(report, withGroups, workspace, invocation))
            switch format {
            case .xlsx: return try invocation.respond(.xlsx, tables: { brief.tables(strings) }, text: { _ in "" })
            case .html: return CommandResult(output: brief.html(strings))
            case .md, .text: return CommandResult(output: brief.text(strings, markdown: format == .md))
            case .csv, .json:
                return CommandResult(
                    output: TableRenderer.render(brief.tables(strings)[0], as: OutputFormat(rawValue: format.rawValue)!)
                )
            }
        }
        switch format {
        case .xlsx: return try invocation.respond(.xlsx, tables: { [report.levelsTable(strings)] }, text: { _ in "" })
        case .html: return CommandResult(output: report.html(strings))
        case .text, .md, .csv, .json:
            return CommandResult(output: report.render(strings, as: OutputFormat(rawValue: format.rawValue)!))
        }
    }

    static func runSimulate(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        guard let path = invocation.arguments.positionals.first else { throw .usage(.missingArgument("file")) }
        let (workspace, store) = try invocation.loadForRecords()
        let today = invocation.context.today
        let from: CivilDate
        let to: CivilDate
        let seed: Int
        do throws(UsageMessage) {
            // Thirteen months by default: a year before the winter, so the season factor sees last year's rise.
            to = try invocation.arguments.date("to") ?? today.adding(days: -1)
            from = try invocation.arguments.date("from") ?? to.adding(months: -13)
            seed = try invocation.arguments.positiveInteger("seed") ?? 1
        } catch { throw .usage(error) }
        guard from <= to else { throw .message(invocation.strings.importing(.exportPeriodEmpty(from: from, to: to))) }
        let simulator = StockSimulator(workspace: workspace, donations: store.donations, seed: UInt64(seed))
        let rows = simulator.simulate(from: from, to: to, source: StockSimulator.source)
        try invocation.write(Array(RecordStore.document(rows).utf8), to: path)
        return CommandResult(
            output: invocation.strings.stock(.simulated(path: path, rows: rows.count, from: from, to: to)) + "\n")
    }

    /// For each short group and the donation that gives its component, the donors eligible within the next two
    /// weeks (or lapsed since) and how many are expected to answer; empty without donor groups imported.
    static func recall(
        _ report: StockReport, _ donors: [ImportedDonor], _ workspace: Workspace, _ invocation: Invocation
    ) -> [(group: String, type: String, donors: Int, expected: Double)] {
        guard let rules = workspace.donationRules, donors.contains(where: { $0.bloodGroup != nil }) else { return [] }
        let at = report.status.at
        let short = report.status.trigger(workspace.stock)?.short ?? []
        var seen: Set<String> = []
        return short.compactMap { item in
            guard item.component != .plasma else { return nil }
            let type: DonationType = item.component == .platelets ? .platelets : .wholeBlood
            guard seen.insert(item.group.description + type.rawValue).inserted else { return nil }
            let due = Recall.due(
                donors.filter { $0.bloodGroup == item.group }, from: at.adding(months: -24), to: at.adding(days: 14),
                type: type, rules: rules)
            let expected = due.reduce(0) { $0 + Recall.responseChance($1, from: at, settings: workspace.stock) }
            return (item.group.description, invocation.strings.stock(.donationType(type)), due.count, expected)
        }
    }
}
