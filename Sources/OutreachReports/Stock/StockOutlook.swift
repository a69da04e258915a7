import OutreachEvaluation
import OutreachModel
import OutreachPlanning

/// The stock on a day and the 14 days after: the status from the records, and each series carried forward with
/// the collections of the newest plan that covers any of those days (its expected whole-blood units by each
/// venue's group mix, or the city's; platelets, and days it does not cover, at the recent mean of collections).
public enum StockOutlook {
    public static func report(
        records: [StockRecord], at: CivilDate, workspace: Workspace, plans: [Plan]
    ) -> StockReport {
        let settings = workspace.stock
        let status = StockStatus.on(at, records: records, settings: settings)
        let plan = newest(plans, covering: at, days: settings.projectionDays)
        // Each group's units by day: a drive's by its venue's mix where imported, the city's otherwise.
        var units: [BloodGroup: [CivilDate: Double]] = [:]
        for group in Set(status.series.map(\.series.group)) {
            let city = settings.share(of: group)
            units[group] =
                plan?.expectedUnitsByDay { venue in
                    venue.flatMap { workspace.venueGroupMix[$0]?[group] } ?? city
                } ?? [:]
        }
        let projections = status.series.map { item in
            StockProjection.project(item, days: settings.projectionDays, settings: settings) { date in
                guard item.series.component != .platelets, let day = units[item.series.group]?[date] else {
                    return item.meanDailyCollections
                }
                return day
            }
        }
        let source: StockMessage =
            plan.map { .projectionFromPlan(name: $0.name, from: $0.from, to: $0.to) }
            ?? .projectionFromTrailing(days: settings.trailingDays)
        return StockReport(
            status: status, projections: projections, settings: settings, workspace: workspace,
            collectionsSource: source)
    }

    /// The newest of `plans` with a day among the `days` after `at`.
    public static func newest(_ plans: [Plan], covering at: CivilDate, days: Int) -> Plan? {
        let first = at.adding(days: 1)
        let last = at.adding(days: max(1, days))
        return plans.filter { $0.from <= last && first <= $0.to }.max { ($0.madeOn, $0.name) < ($1.madeOn, $1.name) }
    }
}
