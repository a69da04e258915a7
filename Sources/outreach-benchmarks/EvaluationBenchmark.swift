import Foundation
import OutreachEvaluation
import OutreachLoading
import OutreachModel

/// The monthly evaluation at province scale: every township of the generated province (2,850 of its 3,001
/// regions) with ten years of simulated promotion and donations, stored as the workspace's record files.
/// Prints the time to read the record files, to build the history cube, and to evaluate one month.
func runEvaluationBenchmark(paths: WorkspacePaths, runs: Int) throws {
    let workspace = try WorkspaceLoader.load(paths).workspace
    let townships = workspace.regions.filter { $0.kind == .town }
    let through = YearMonth(year: 2026, month: 10)!
    var settings = SimulationSettings.maoming
    // Scale Maoming's anchors to the province's population so the calibration solves a sensible level.
    let population = Double(townships.reduce(0) { $0 + ($1.population?.count ?? 0) })
    let factor = population / 6_400_000
    settings.anchors = settings.anchors.map {
        var anchor = $0
        anchor.visits *= factor
        anchor.units *= factor
        return anchor
    }
    let simulator = Simulator(
        settings: settings, profile: workspace.planning.seasonalProfile,
        springFestival: workspace.calendar.holidays.springFestival)
    let result = simulator.run(
        regions: townships, from: through.adding(months: -119), through: through, channels: workspace.channels,
        seed: 2026)
    let intake = RecordIntake(
        paths: paths, workspace: workspace, today: CivilDate(year: 2026, month: 11, day: 24)!,
        time: "2026-11-24T00:00:00+08:00", by: "benchmark")
    _ = try intake.storeSimulation(
        promotion: result.promotion, donations: result.donations, drives: [], description: "benchmark", truthJSON: [])
    print(
        "Records: \(townships.count) townships × 120 months, \(result.promotion.count) promotion rows, \(result.donations.count) donation rows"
    )

    var loadSamples: [Double] = []
    var historySamples: [Double] = []
    var setupSamples: [Double] = []
    var evaluateSamples: [Double] = []
    var findings = 0
    for _ in 0..<runs {
        var store: RecordStore?
        loadSamples.append(milliseconds { store = RecordStore.load(paths, workspace: workspace) })
        precondition(store!.problems.isEmpty, "\(store!.problems.prefix(3))")
        var history: RecordHistory?
        historySamples.append(milliseconds { history = store!.history(workspace) })
        var evaluator: Evaluator?
        setupSamples.append(
            milliseconds { evaluator = Evaluator(workspace: workspace, history: history!, actions: store!.actions) })
        evaluateSamples.append(milliseconds { findings = evaluator!.evaluate(through).findings.count })
    }
    print("read record files:      " + summary(loadSamples))
    print("build history cube:     " + summary(historySamples))
    print("evaluator setup:        " + summary(setupSamples))
    print("evaluate one month:     " + summary(evaluateSamples) + " — target < 1 s; \(findings) findings")
}
