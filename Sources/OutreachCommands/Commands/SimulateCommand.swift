import Foundation
import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach simulate [--years N] [--through YYYY-MM] [--seed S]`: synthetic history of one simulated world (drives,
/// fixed-site days and donors at venue grain), the same world `simulate export` draws its rows from.
enum SimulateCommand {
    static let spec = CommandSpec(
        name: "simulate", abstract: .simulateAbstract,
        options: [
            OptionSpec("years", value: "N", help: .optionYears),
            OptionSpec("through", value: "YYYY-MM", help: .optionThrough),
            OptionSpec("seed", value: "N", help: .optionSeed),
            OptionSpec("by", value: "NAME", help: .optionBy),
        ] + CommandSpec.writeOptions + CommandSpec.commonOptions + [CommandSpec.helpOption])

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
        let world = World(
            workspace: workspace, from: through.adding(months: 1 - years * 12), through: through, seed: UInt64(seed),
            settings: .forCity(workspace.settings.cityCode))
        let result = world.records()
        guard !result.donations.isEmpty else { throw .message(strings.evaluation(.simulateNoRegions)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let truth = (try? encoder.encode(result.truth)).map { [UInt8]($0) } ?? []
        let reports: [IntakeReport]
        do throws(IntakeFailure) {
            reports = try invocation.intake(workspace).storeSimulation(
                promotion: result.promotion, donations: result.donations, drives: result.drives,
                description: "simulate --years \(years) --through \(through) --seed \(seed)", truthJSON: truth)
        } catch { throw invocation.failure(error) }
        if invocation.arguments.has("dry-run") {
            return CommandResult(
                output: ([strings.history(.dryRun(file: "simulate"))] + RecordCommand.periodLines(reports, strings))
                    .joined(separator: "\n") + "\n")
        }
        let regions = Set(result.donations.map(\.regionCode)).count
        var lines = [
            strings.evaluation(
                .simulated(
                    months: years * 12, regions: regions, promotion: result.promotion.count,
                    donations: result.donations.count,
                    truth: invocation.paths.workspaceDisplay + "/" + RecordStore.truthFile))
        ]
        for year in world.first.year...world.last.year where !world.settings.anchors.isEmpty {
            let anchor = world.settings.anchor(year)
            let rows = result.donations.filter { $0.month.year == year && $0.month.month <= anchor.months }
            guard !rows.isEmpty, YearMonth(year: year, month: anchor.months)! <= through,
                YearMonth(year: year, month: 1)! >= world.first
            else { continue }
            lines.append(
                strings.evaluation(
                    .simulatedYear(
                        year: year, visits: Double(rows.reduce(0) { $0 + $1.visits }),
                        units: rows.reduce(0) { $0 + $1.units }, anchorVisits: anchor.visits,
                        anchorUnits: anchor.units, months: anchor.months)))
        }
        return CommandResult(
            output: lines.joined(separator: "\n") + "\n", errorOutput: invocation.sampleNotice(workspace))
    }
}
