import Foundation
import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachPlanning

/// The simulated winter shortage on the bundled Maoming workspace: thirteen months of stock simulated on its
/// donation history up to 2026-12-06, the level they reach, then the same winter carried on to 2027-03-31 under
/// the normal plan (`--ignore-stock`) and under the stock-triggered re-plan, each over `seeds` draws of hospital
/// demand. Prints the days each series spends below the mildest level, the team-days and laboratory samples each
/// plan uses against their caps, and the time of the re-plan.
func runShortageBenchmark(repository: URL, seeds: Int) throws {
    let paths = maomingPaths(repository)
    var workspace = try WorkspaceLoader.load(paths).workspace
    workspace.calibration = CalibrationStore.load(paths).0
    let store = RecordStore.load(paths, workspace: workspace)
    let settings = workspace.stock
    let today = CivilDate(year: 2026, month: 12, day: 7)!
    let end = CivilDate(year: 2027, month: 3, day: 31)!
    let simulator = StockSimulator(workspace: workspace, donations: store.donations, seed: 1)
    let history = simulator.simulate(from: today.adding(days: -400), to: today.adding(days: -1))
    let status = StockStatus.on(today.adding(days: -1), records: history, settings: settings)
    guard let trigger = status.trigger(settings) else {
        print("The simulated winter reached no level: nothing to compare.")
        return
    }
    let levelOf = { (index: Int?) in index.map { settings.levels[$0].id } ?? "none" }
    print(
        "Stock on \(status.at): level \(trigger.level.id); short: "
            + trigger.short.map {
                "\($0.group) \($0.component.rawValue) \(String(format: "%.1f", $0.daysOfSupply ?? 0)) d"
            }
            .joined(separator: ", "))
    let normalRequest = PlanRequest(from: today, to: end, today: today, seed: 1)
    let normal = try PlanPipeline(workspace: workspace, request: normalRequest, name: "normal").run().plan
    var shortageRequest = PlanRequest(
        from: today, to: end, today: today, seed: 1, previous: normal.drives, replanFrom: today)
    shortageRequest.stockTrigger = trigger
    var shortage: Plan?
    var times: [Double] = []
    for _ in 0..<3 {
        times.append(
            try milliseconds {
                shortage = try PlanPipeline(workspace: workspace, request: shortageRequest, name: "shortage").run().plan
            })
    }
    guard let shortage else { return }
    // The same re-plan without the short-group term: what the group weight adds beyond volume.
    var flat = shortageRequest
    flat.stockTrigger?.level.groupWeight = 0
    let unweighted = try PlanPipeline(workspace: workspace, request: flat, name: "flat").run().plan
    var initial: [StockSeries: Int] = [:]
    for row in history where row.date == status.at { initial[row.series] = row.inStock }

    // Days below the mildest level, per series, summed over the seeds.
    func daysBelow(_ plan: Plan) -> [StockSeries: Int] {
        let units = plan.expectedUnitsByDay()
        var below: [StockSeries: Int] = [:]
        for seed in 1...seeds {
            var run = simulator
            run.seed = UInt64(seed)
            for row in run.simulate(from: today, to: end, collections: { units[$0] ?? 0 }, initial: initial) {
                let need = run.expectedDemand(row.series, on: row.date)
                guard let threshold = settings.levels.first?.days(for: row.component), need > 0 else { continue }
                if Double(row.inStock) / need < threshold { below[row.series, default: 0] += 1 }
            }
        }
        return below
    }
    let before = daysBelow(normal)
    let after = daysBelow(shortage)
    let withoutGroup = daysBelow(unweighted)
    let days = end.dayNumber - today.dayNumber + 1
    let shortSeries = Set(trigger.short.map { StockSeries(group: $0.group, component: $0.component) })
    print()
    print(
        "Days below the \(settings.levels.first?.id ?? "") level, \(today) to \(end) (\(days) days), mean of \(seeds) demand draws:"
    )
    print()
    print("| series | level on \(status.at) | normal plan | shortage re-plan | change | re-plan, group weight 0 |")
    print("|---|---|---:|---:|---:|---:|")
    for item in status.series where item.expectedDailyIssues >= settings.minimumDailyIssues {
        let old = Double(before[item.series] ?? 0) / Double(seeds)
        let new = Double(after[item.series] ?? 0) / Double(seeds)
        let flatDays = Double(withoutGroup[item.series] ?? 0) / Double(seeds)
        let change = old > 0 ? String(format: "%+.0f%%", 100 * (new - old) / old) : (new > 0 ? "new" : "—")
        let mark = shortSeries.contains(item.series) ? " (short)" : ""
        print(
            "| \(item.series.group) \(item.series.component.rawValue)\(mark) | \(levelOf(item.level)) | "
                + String(format: "%.1f | %.1f | ", old, new) + change + String(format: " | %.1f |", flatDays))
    }
    print()
    print(
        "| plan | drives | expected units | busiest team-month (cap \(settings.maximumTeamDaysPerMonth)) | lab: mean / peak samples a day (cap) | days at the lab cap |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for (label, plan) in [("normal", normal), ("shortage re-plan", shortage), ("re-plan, group weight 0", unweighted)] {
        var teamMonths: [String: Int] = [:]
        for drive in plan.drives { teamMonths[drive.team + YearMonth(drive.date).description, default: 0] += 1 }
        let samples = plan.lab.map(\.samples)
        let units = plan.targets.reduce(0) { $0 + $1.expectedUnits }
        print(
            "| \(label) | \(plan.drives.count) | " + String(format: "%.0f", units)
                + " | \(teamMonths.values.max() ?? 0) | "
                + String(
                    format: "%.0f / %.0f (%.0f)", samples.reduce(0, +) / Double(max(1, samples.count)),
                    samples.max() ?? 0, plan.lab.first?.capacity ?? 0) + " | "
                + "\(plan.lab.filter { $0.samples >= $0.capacity - 0.5 }.count) |")
    }
    print()
    print("Shortage re-plan: " + summary(times) + " (target < 1 s in a release build)")
}
