/// Turns `targets.csv` rows into monthly targets: monthly rows stand as given; an annual quota, less that year's
/// monthly rows, is split over its other months in proportion to the seasonal profile.
public enum TargetResolver {
    public static func monthlyTargets(_ rows: [TargetRow], profile: [Double]) -> [MonthlyTarget] {
        var result: [MonthlyTarget] = []
        var monthly: Set<String> = []
        for row in rows {
            guard case .month(let month) = row.span else { continue }
            monthly.insert(key(row.regionCode, month))
            result.append(
                MonthlyTarget(
                    regionCode: row.regionCode, month: month, units: row.units,
                    source: TargetSource(kind: .monthly, line: row.line)))
        }
        let weights = profile.count == 12 ? profile.map { max(0, $0) } : Array(repeating: 1, count: 12)
        for row in rows {
            guard case .year(let year) = row.span else { continue }
            let months = (1...12).compactMap { YearMonth(year: year, month: $0) }
            let open = months.filter { !monthly.contains(key(row.regionCode, $0)) }
            let given = rows.filter {
                guard case .month(let month) = $0.span else { return false }
                return $0.regionCode == row.regionCode && month.year == year
            }
            let remaining = max(0, row.units - given.reduce(0) { $0 + $1.units })
            let total = open.reduce(0) { $0 + weights[$1.month - 1] }
            for month in open {
                let share = total > 0 ? weights[month.month - 1] / total : 1 / Double(open.count)
                result.append(
                    MonthlyTarget(
                        regionCode: row.regionCode, month: month, units: remaining * share,
                        source: TargetSource(
                            kind: .annualShare, line: row.line, annualUnits: row.units, remainingUnits: remaining,
                            share: share)))
            }
        }
        return result.sorted { ($0.regionCode, $0.month) < ($1.regionCode, $1.month) }
    }

    private static func key(_ region: String, _ month: YearMonth) -> String { region + "|" + month.description }
}
