import Foundation
import OutreachModel

/// A winter like Maoming's in 2022–23, on the donation history: hospitals' needs grow from November, dip over
/// the Spring Festival holiday and surge for six weeks after it (the seed's calls for group A platelets and group
/// O red cells: those two series a little more); the station's collections are what its history says, nudged by
/// its routine stock management (more when a series is under 10 days, up to `routineCeiling`; down to 20 % less
/// above), or
/// exactly what a plan says. Stock is what is left each day, never negative; platelets keep 5 days, and plasma
/// beyond 60 days' issues goes to fractionation. Seeded, so a run can be repeated exactly.
public struct StockSimulator: Sendable {
    /// Whole-blood units a day by month of the year (1–12), from the latest year of recorded donations.
    public var unitsPerDay: [Int: Double]
    /// Apheresis platelet doses per whole-blood unit collected, from the recorded donations (0.04 without).
    public var plateletsPerUnit: Double
    public var groupMix: [BloodGroup: Double]
    public var springFestival: [Int: CivilDate]
    public var seed: UInt64

    /// The `source` of simulated rows: never mistaken for a station's own stock.
    public static let source = "模拟数据 synthetic"

    /// Plasma is rarely short: hospitals use about 70 % of what whole blood gives.
    static let plasmaDemand = 0.7

    public init(workspace: Workspace, donations: [DonationRecord], seed: UInt64) {
        var byMonth: [YearMonth: Double] = [:]
        var doses = 0.0
        for record in donations {
            byMonth[record.month, default: 0] += record.units
            doses += Double(record.plateletDoses ?? 0)
        }
        var perDay: [Int: Double] = [:]
        for month in byMonth.keys.sorted() {
            perDay[month.month] = byMonth[month]! / Double(CivilDate.daysIn(month: month.month, year: month.year))
        }
        let total = byMonth.values.reduce(0, +)
        unitsPerDay = perDay
        plateletsPerUnit = total > 0 && doses > 0 ? doses / total : 0.04
        groupMix = Dictionary(
            uniqueKeysWithValues: BloodGroup.all.map { ($0, workspace.stock.share(of: $0)) })
        springFestival = workspace.calendar.holidays.springFestival
        self.seed = seed
    }

    /// How much more than usual hospitals need on a day.
    public func demandFactor(on date: CivilDate) -> Double {
        let festival =
            springFestival[date.year].flatMap { $0.adding(days: 60) >= date ? $0 : nil }
            ?? springFestival[date.year + 1]
        if let festival {
            let offset = date.dayNumber - festival.dayNumber
            if (-3...6).contains(offset) { return 0.8 }
            if (7...48).contains(offset) { return 1.22 }
        }
        let winter = [11, 12, 1, 2].contains(date.month) || (date.month == 10 && date.day >= 15)
        return winter ? 1.08 : 1
    }

    /// In the winter, the seed's two series in most demand run a little above the others.
    public func demandSkew(_ series: StockSeries, on date: CivilDate) -> Double {
        guard demandFactor(on: date) > 1 else { return 1 }
        switch (series.group, series.component) {
        case (BloodGroup(.o, rhPositive: true), .redCells): return 1.04
        case (BloodGroup(.a, rhPositive: true), .platelets): return 1.03
        default: return 1
        }
    }

    /// How much more the station collects on its own when stock is low: little in winter, when donors are hard
    /// to find (cold, the Spring Festival journeys), more in the rest of the year; platelet donors are called in.
    public func routineCeiling(_ component: BloodComponent, on date: CivilDate) -> Double {
        let winter = demandFactor(on: date) != 1
        return component == .platelets ? (winter ? 1.08 : 1.15) : (winter ? 1.02 : 1.1)
    }

    /// Units (doses) of a series a day's whole-blood units give.
    public func share(_ series: StockSeries, units: Double) -> Double {
        let group = units * (groupMix[series.group] ?? 0)
        return series.component == .platelets ? group * plateletsPerUnit : group
    }

    /// What hospitals are expected to ask of a series on a day: the history's collections for the month, the
    /// winter's factor and the series' skew.
    public func expectedDemand(_ series: StockSeries, on date: CivilDate) -> Double {
        let usual = share(series, units: unitsPerDay[date.month] ?? unitsPerDay.values.reduce(0, +) / 12)
        let component = series.component == .plasma ? StockSimulator.plasmaDemand : 1
        return usual * component * demandFactor(on: date) * demandSkew(series, on: date)
    }

    /// Every series from `from` to `to`; `collections` gives the whole-blood units collected on a day (nil: the
    /// history's daily mean for the month, with the routine management); `initial` the stock the day before
    /// (nil: 10 days of red cells, 2.5 of platelets, 30 of plasma).
    public func simulate(
        from: CivilDate, to: CivilDate, collections: ((CivilDate) -> Double)? = nil,
        initial: [StockSeries: Int]? = nil, source: String = ""
    ) -> [StockRecord] {
        var random = SeededRandom(seed: seed)
        var rows: [StockRecord] = []
        let series = BloodComponent.allCases.flatMap { component in
            BloodGroup.all.map { StockSeries(group: $0, component: component) }
        }
        var stock = series.map { item -> Double in
            if let initial { return Double(initial[item] ?? 0) }
            let days = item.component == .redCells ? 10.0 : item.component == .platelets ? 2.5 : 30
            return (expectedDemand(item, on: from) * days).rounded()
        }
        var day = from
        while day <= to {
            let units = collections?(day) ?? unitsPerDay[day.month] ?? 0
            for (index, item) in series.enumerated() {
                var routine = 1.0
                if collections == nil {
                    let usual = expectedDemand(item, on: day)
                    let days = usual > 0 ? stock[index] / usual : 10
                    routine = min(routineCeiling(item.component, on: day), max(0.8, 1 + 0.05 * (10 - days)))
                }
                let collected = Double(random.poisson(share(item, units: units) * routine))
                let asked = Double(random.poisson(expectedDemand(item, on: day)))
                let issued = min(asked, stock[index] + collected)
                stock[index] += collected - issued
                let keeps =
                    item.component == .platelets
                    ? StockProjection.plateletShelfDays : item.component == .plasma ? 60 : .infinity
                stock[index] = min(stock[index], (expectedDemand(item, on: day) * keeps).rounded())
                rows.append(
                    StockRecord(
                        date: day, group: item.group, component: item.component, inStock: Int(stock[index]),
                        issued: Int(issued), collected: Int(collected), source: source))
            }
            day = day.adding(days: 1)
        }
        return rows
    }
}
