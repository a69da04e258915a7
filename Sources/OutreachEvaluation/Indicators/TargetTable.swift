import OutreachModel

/// Monthly targets rolled up the region tree: a county's target is its own or the sum of its townships'.
public struct TargetTable: Sendable {
    private var units: [String: [YearMonth: Double]] = [:]

    public init(_ targets: [MonthlyTarget], tree: RegionTree) {
        for target in targets {
            for code in [target.regionCode] + tree.ancestors(of: target.regionCode).map(\.code) {
                units[code, default: [:]][target.month, default: 0] += target.units
            }
        }
    }

    /// The region's target for the month, nil when it has none.
    public func target(_ region: String, _ month: YearMonth) -> Double? { units[region]?[month] }
}
