import OutreachEvaluation
import OutreachModel
import OutreachPlanning

/// The stock on a day and the 14 days after: the status from the records, and each series carried forward with
/// the collections of the plan that covers those days (its expected whole-blood units by the group mix; platelets
/// at their recent mean), or the recent mean of collections when no plan does.
public enum StockOutlook {
    public static func report(
        records: [StockRecord], at: CivilDate, workspace: Workspace, plans: [Plan]
    ) -> StockReport {
        let settings = workspace.stock
        let status = StockStatus.on(at, records: records, settings: settings)
        let next = at.adding(days: 1)
        let plan = plans.filter { $0.from <= next && next <= $0.to }.max { ($0.madeOn, $0.name) < ($1.madeOn, $1.name) }
        let units = plan?.expectedUnitsByDay() ?? [:]
        let projections = status.series.map { item in
            StockProjection.project(item, days: settings.projectionDays, settings: settings) { date in
                guard plan != nil, item.series.component != .platelets, let day = units[date] else {
                    return item.meanDailyCollections
                }
                return day * settings.share(of: item.series.group)
            }
        }
        let source: StockMessage =
            plan.map { .projectionFromPlan(name: $0.name, from: $0.from, to: $0.to) }
            ?? .projectionFromTrailing(days: settings.trailingDays)
        return StockReport(
            status: status, projections: projections, settings: settings, workspace: workspace,
            collectionsSource: source)
    }
}
