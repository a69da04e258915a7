import Foundation
import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach simulate [--years N] [--through YYYY-MM] [--seed S]`: synthetic history from the ground-truth model.
enum SimulateCommand {
    static let spec = CommandSpec(
        name: "simulate", abstract: .simulateAbstract,
        options: [
            OptionSpec("years", value: "N", help: .optionYears),
            OptionSpec("through", value: "YYYY-MM", help: .optionThrough),
            OptionSpec("seed", value: "N", help: .optionSeed),
            OptionSpec("by", value: "NAME", help: .optionBy),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let years: Int
        let through: YearMonth
        let seed: Int
        do throws(UsageMessage) {
            years = try invocation.arguments.positiveInteger("years") ?? 5
            through =
                try invocation.arguments.month("through") ?? YearMonth(invocation.context.today).adding(months: -1)
            seed = try invocation.arguments.positiveInteger("seed") ?? 1
        } catch { throw .usage(error) }
        let (workspace, _) = try invocation.loadForRecords()
        let strings = invocation.strings
        let result = try simulate(workspace, years: years, through: through, seed: seed, invocation)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let truth = (try? encoder.encode(result.truth)).map { [UInt8]($0) } ?? []
        do throws(IntakeFailure) {
            _ = try invocation.intake(workspace).storeSimulation(
                result, description: "simulate --years \(years) --through \(through) --seed \(seed)", truthJSON: truth)
        } catch { throw invocation.failure(error) }
        let regions = Set(result.donations.map(\.regionCode)).count
        var lines = [
            strings.evaluation(
                .simulated(
                    months: years * 12, regions: regions, promotion: result.promotion.count,
                    donations: result.donations.count,
                    truth: invocation.paths.workspaceDisplay + "/" + RecordStore.truthFile))
        ]
        for year in result.truth.years {
            let rows = result.donations.filter { $0.month.year == year.year && $0.month.month <= year.target.months }
            guard rows.count > 0, YearMonth(year: year.year, month: year.target.months)! <= through,
                YearMonth(year: year.year, month: 1)! >= through.adding(months: 1 - years * 12)
            else { continue }
            lines.append(
                strings.evaluation(
                    .simulatedYear(
                        year: year.year, visits: Double(rows.reduce(0) { $0 + $1.visits }),
                        units: rows.reduce(0) { $0 + $1.units }, anchorVisits: year.target.visits,
                        anchorUnits: year.target.units, months: year.target.months)))
        }
        return CommandResult(output: lines.joined(separator: "\n") + "\n")
    }

    /// Simulates the city's county-level regions (the children of the city that have a population).
    static func simulate(_ workspace: Workspace, years: Int, through: YearMonth, seed: Int, _ invocation: Invocation)
        throws(CommandFailure) -> SimulationResult
    {
        let tree = workspace.tree
        let city = tree.region(code: workspace.settings.cityCode) ?? tree.roots.first
        let regions = city.map { tree.children(of: $0.code) }?.filter { ($0.population?.count ?? 0) > 0 } ?? []
        guard !regions.isEmpty else { throw .message(invocation.strings.evaluation(.simulateNoRegions)) }
        let simulator = Simulator(
            settings: .maoming, profile: workspace.planning.seasonalProfile,
            springFestival: workspace.calendar.holidays.springFestival)
        return simulator.run(
            regions: regions, from: through.adding(months: 1 - years * 12), through: through,
            channels: workspace.channels, seed: UInt64(seed))
    }
}
