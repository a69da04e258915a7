import Foundation
import OutreachLoading
import OutreachModel
import OutreachPlanning

/// The bundled Maoming workspace planned for 2027 Q1 and 2027 as a whole, with the objective and search of
/// before the concave month value (linear to the target, trough lead weight 1.5, no compound moves) and with
/// today's: expected units against target, the lowest region-month attainment, each region's spread between its
/// best and worst month, the months below 70 % of their region's best (capped at target), gap and time.
func runBundledPlanBenchmark(repository: URL) throws {
    let paths = maomingPaths(repository)
    let base = try WorkspaceLoader.load(paths).workspace
    var before = base
    before.planning.objective.attainmentBreakpoints = [1]
    before.planning.objective.attainmentSlopes = [1]
    before.planning.objective.troughLeadWeight = 1.5
    before.planning.search.ruinsPerDrive = 0
    let today = CivilDate(year: 2026, month: 12, day: 3)!
    let from = CivilDate(year: 2027, month: 1, day: 1)!
    print(
        "| objective and search | horizon | drives | expected / target | lowest region-month | widest spread (best − worst month) | months < 70 % of region's best | gap | time |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for (label, workspace) in [("linear, relocations (before)", before), ("concave, + ruin and recreate", base)] {
        for months in [3, 12] {
            let request = PlanRequest(
                from: from, to: from.adding(months: months).adding(days: -1), today: today, seed: 1)
            var output: PlanPipeline.Output?
            let time = try milliseconds {
                output = try PlanPipeline(workspace: workspace, request: request, name: "bench").run()
            }
            guard let plan = output?.plan else { continue }
            let lines = plan.targets.filter { ($0.target ?? 0) > 0 }
            let attainment = lines.map { $0.expectedUnits / $0.target! }
            var spread = 0.0
            var belowBest = 0
            for (_, months) in Dictionary(grouping: lines, by: \.region) {
                let shares = months.map { min(1, $0.expectedUnits / $0.target!) }
                spread = max(spread, (shares.max() ?? 0) - (shares.min() ?? 0))
                belowBest += shares.filter { $0 < 0.7 * (shares.max() ?? 0) }.count
            }
            let expected = lines.reduce(0) { $0 + $1.expectedUnits }
            let target = lines.reduce(0) { $0 + $1.target! }
            print(
                "| \(label) | \(months) months | \(plan.drives.count) | "
                    + String(
                        format: "%.0f / %.0f U (%.1f%%) | %.1f%% | %.1f points | %d of %d | %.1f%% | %.0f ms |",
                        expected, target, 100 * expected / target, 100 * (attainment.min() ?? 0), 100 * spread,
                        belowBest, lines.count, 100 * plan.objective.gap, time))
        }
    }
}
