import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachPlanning
import OutreachReports

/// `outreach plan [NAME] --from DATE --to DATE …` makes a plan; `outreach plan NAME --replan-from DATE` re-plans.
enum PlanCommand {
    static let spec = CommandSpec(
        name: "plan", abstract: .planAbstract,
        arguments: [ArgumentSpec("name", help: .argumentPlanName, optional: true)],
        options: [
            OptionSpec("from", value: "DATE", help: .optionPlanFrom),
            OptionSpec("to", value: "DATE", help: .optionPlanTo),
            OptionSpec("region", value: "REGION", help: .optionPlanRegion),
            OptionSpec("seed", value: "N", help: .optionSeed),
            OptionSpec("name", value: "NAME", help: .optionPlanName),
            OptionSpec("pin", value: "DRIVE", help: .optionPin),
            OptionSpec("block", value: "ID:DATE", help: .optionBlock),
            OptionSpec("replan-from", value: "DATE", help: .optionReplanFrom),
            OptionSpec("shortage", help: .optionShortage),
            OptionSpec("ignore-stock", help: .optionIgnoreStock),
            OptionSpec("export-instance", value: "FILE", help: .optionExportInstance),
            OptionSpec("format", value: "text|md|json", help: .optionFormat),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let arguments = invocation.arguments
        let format: OutputFormat
        let from: CivilDate?
        let to: CivilDate?
        let replanFrom: CivilDate?
        let seed: Int?
        do throws(UsageMessage) {
            format = try invocation.format
            from = try arguments.date("from")
            to = try arguments.date("to")
            replanFrom = try arguments.date("replan-from")
            seed = try arguments.positiveInteger("seed")
        } catch { throw .usage(error) }
        let workspace = try invocation.loadForPlanning()
        let today = invocation.context.today
        let region = try arguments.value("region").map { text throws(CommandFailure) in
            try invocation.regionCode(text, in: workspace)
        }
        var request: PlanRequest
        let name: String
        if let replanFrom {
            guard let planName = arguments.positionals.first ?? arguments.value("name") else {
                throw .usage(.missingArgument("name"))
            }
            let previous = try invocation.loadPlan(planName)
            name = planName
            request = PlanRequest(
                from: previous.from, to: previous.to, today: today, regionCode: previous.region,
                seed: seed.map(UInt64.init) ?? previous.seed, pins: previous.pins, blocks: previous.blocks,
                shortage: previous.shortage || arguments.has("shortage"), previous: previous.drives,
                replanFrom: replanFrom)
        } else {
            // Default: the coming quarter, from the first day of next month.
            let from = from ?? YearMonth(today).adding(months: 1).firstDay
            let to = to ?? from.adding(months: 3).adding(days: -1)
            name = arguments.positionals.first ?? arguments.value("name") ?? "\(from)_\(to)"
            request = PlanRequest(
                from: from, to: to, today: today, regionCode: region, seed: seed.map(UInt64.init) ?? 1,
                shortage: arguments.has("shortage"))
        }
        guard PlanStore.isValidName(name) else { throw .message(invocation.strings.plan(.invalidPlanName(name))) }
        if !arguments.has("ignore-stock") {
            request.stockTrigger = try stockTrigger(before: replanFrom ?? request.from, workspace, invocation)
        }
        request.pins += try invocation.pins().filter { !request.pins.contains($0) }
        request.blocks += try invocation.blocks()
        let (plan, problem) = try PlanMaker.make(request, name: name, workspace: workspace, invocation: invocation)

        var notes: [String] = []
        let saved: String
        do throws(PlanStore.Failure) { saved = try PlanStore.save(plan, in: invocation.paths) } catch {
            throw invocation.failure(error)
        }
        notes.append(invocation.strings.plan(.saved(path: saved)))
        if let path = arguments.value("export-instance") {
            do throws(PlanStore.Failure) {
                try PlanStore.write(problem, to: invocation.fileURL(path))
            } catch { throw invocation.failure(error) }
            notes.append(invocation.strings.plan(.exported(path: path, candidates: problem.candidates.count)))
        }
        if format == .json {
            return CommandResult(output: PlanStore.jsonText(plan), errorOutput: notes.joined(separator: "\n") + "\n")
        }
        let view = PlanSummaryView(plan: plan, workspace: workspace)
        return CommandResult(
            output: view.render(invocation.strings, as: format) + "\n" + notes.joined(separator: "\n") + "\n")
    }

    /// The shortage plan the recorded stock calls for on the day before the plan (or today, if sooner).
    static func stockTrigger(before date: CivilDate, _ workspace: Workspace, _ invocation: Invocation)
        throws(CommandFailure) -> StockTrigger?
    {
        let (stock, problems) = RecordStore.stock(invocation.paths)
        guard problems.isEmpty else { throw .problems(problems) }
        guard !stock.isEmpty else { return nil }
        let day = min(invocation.context.today, date.adding(days: -1))
        return StockStatus.on(day, records: stock, settings: workspace.stock).trigger(workspace.stock)
    }
}
