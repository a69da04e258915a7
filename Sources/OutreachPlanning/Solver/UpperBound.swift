/// An upper bound on the objective from a relaxation: within each month, drives become divisible items that
/// need only one resource (team-days, or laboratory samples), each venue offers as many full-pool drives as its
/// revisit interval lets it hold within the month, revisits across months and the fairness and travel
/// penalties are dropped. Each month is then a fractional knapsack over the concave (piecewise-linear) region
/// values, solved exactly by taking pieces in order of value per resource. A third relaxation keeps the revisit interval over the whole
/// horizon instead and drops the team and laboratory limits: each region may spread the units its venues can give
/// in the horizon over its months, best-weighted gaps first. Every one is a valid bound; the smallest is reported.
public enum UpperBound {
    public static func of(_ problem: PlanningProblem) -> Double {
        min(byMonth(problem), byRegion(problem)) + groupBound(problem)
    }

    /// The most one venue can give over the horizon: full-pool drives as often as its revisit interval allows,
    /// on the days it has candidates; with those days and the largest drive's units.
    static func venueLimits(_ problem: PlanningProblem, _ state: PlanState)
        -> [(venue: Int, days: [Int], units: Double, spacing: Int, total: Double)]
    {
        var byVenue: [Int: [Int]] = [:]
        for (index, candidate) in problem.candidates.enumerated() {
            byVenue[candidate.venue, default: []].append(index)
        }
        return byVenue.map { venue, list in
            let units =
                list.map { index in
                    problem.fullPoolTurnout(index) * state.keepFraction * problem.candidates[index].unitsPerDonation
                }.max() ?? 0
            let spacing = max(1, list.map { problem.candidates[$0].revisitDays }.min() ?? 1)
            let days = Set(list.map { state.candidateDay[$0] }).sorted()
            return (venue, days, units, spacing, Double(spacedCount(days, spacing)) * units)
        }
    }

    /// The group value of a stock-triggered plan at most: every venue's most units times its bonus. The other
    /// relaxations leave it out, so it is added to either.
    static func groupBound(_ problem: PlanningProblem) -> Double {
        guard problem.venues.contains(where: { ($0.groupBonus ?? 0) > 0 }) else { return 0 }
        return venueLimits(problem, PlanState(problem: problem)).reduce(0) {
            $0 + $1.total * (problem.venues[$1.venue].groupBonus ?? 0)
        }
    }

    static func byRegion(_ problem: PlanningProblem) -> Double {
        let state = PlanState(problem: problem)
        let monthOfDay = (0..<problem.dayCount).map { problem.monthIndex(of: problem.from.adding(days: $0)) }
        let surplus = problem.objective.surplusWeight
        var monthUnits = problem.regions.map { _ in Array(repeating: 0.0, count: problem.months.count) }
        var totalUnits = Array(repeating: 0.0, count: problem.regions.count)
        var outside = 0.0
        for (venue, days, units, spacing, total) in venueLimits(problem, state) {
            guard let region = problem.venues[venue].region else {
                outside += total
                continue
            }
            totalUnits[region] += total
            for (month, inMonth) in Dictionary(grouping: days, by: { monthOfDay[$0] }) {
                monthUnits[region][month] += Double(spacedCount(inMonth.sorted(), spacing)) * units
            }
        }
        let heaviest = problem.months.map(\.weight).max() ?? 1
        var bound = outside * surplus * heaviest
        for region in problem.regions.indices {
            // A month's pieces come in falling value per unit (the month value is concave), so taking the densest
            // pieces first across months never takes a piece before the cheaper units of its own month.
            var pieces: [(density: Double, amount: Double)] = []
            for month in problem.months.indices {
                bound += state.monthValue(region: region, month: month, units: 0)
                let weight = problem.months[month].weight
                var room = monthUnits[region][month]
                for piece in problem.objective.pieces(
                    target: problem.regions[region].targets[month],
                    above: problem.regions[region].baselineUnits[month]) where room > 0
                {
                    let amount = min(room, piece.width)
                    pieces.append((weight * piece.slope, amount))
                    room -= amount
                }
            }
            var left = totalUnits[region]
            for piece in pieces.sorted(by: { $0.density > $1.density }) where left > 0 {
                let taken = min(left, piece.amount)
                bound += taken * piece.density
                left -= taken
            }
        }
        return bound
    }

    /// Most drives a venue can hold on these days with at least `spacing` days between them.
    static func spacedCount(_ days: [Int], _ spacing: Int) -> Int {
        var count = 0
        var last = Int.min / 2
        for day in days where day - last >= spacing {
            count += 1
            last = day
        }
        return count
    }

    static func byMonth(_ problem: PlanningProblem) -> Double {
        let state = PlanState(problem: problem)
        var byTeamDays = 0.0
        var byLab = 0.0
        let surplus = problem.objective.surplusWeight
        var candidatesByMonth = Array(repeating: [Int](), count: problem.months.count)
        var labByMonth = Array(repeating: 0.0, count: problem.months.count)
        for index in problem.candidates.indices { candidatesByMonth[state.candidateMonth[index]].append(index) }
        for day in 0..<problem.dayCount {
            labByMonth[problem.monthIndex(of: problem.from.adding(days: day))] += problem.labCapacity[day]
        }
        for month in problem.months.indices {
            var items: [(region: Int?, units: Double, donations: Double)] = []
            var teamDays: Set<Int> = []
            var venueCandidates: [Int: [Int]] = [:]
            for index in candidatesByMonth[month] {
                let candidate = problem.candidates[index]
                venueCandidates[candidate.venue, default: []].append(index)
                for option in candidate.teams {
                    teamDays.insert(option.team * problem.dayCount + state.candidateDay[index])
                }
            }
            for (venue, list) in venueCandidates {
                let best =
                    list.map { index -> (units: Double, donations: Double) in
                        let donations = problem.fullPoolTurnout(index) * state.keepFraction
                        return (donations * problem.candidates[index].unitsPerDonation, donations)
                    }.max { $0.units < $1.units } ?? (0, 0)
                let spacing = max(1, list.map { problem.candidates[$0].revisitDays }.min() ?? 1)
                let count = spacedCount(Set(list.map { state.candidateDay[$0] }).sorted(), spacing)
                for _ in 0..<count { items.append((problem.venues[venue].region, best.units, best.donations)) }
            }
            let labBudget = labByMonth[month]
            let base = baseValue(problem, month: month, state: state)
            byTeamDays +=
                base + knapsack(problem, month, items, cost: { _ in 1 }, budget: Double(teamDays.count), surplus)
            byLab += base + knapsack(problem, month, items, cost: { $0.donations }, budget: labBudget, surplus)
        }
        return min(byTeamDays, byLab)
    }

    /// Value of the fixed sites alone.
    private static func baseValue(_ problem: PlanningProblem, month: Int, state: PlanState) -> Double {
        problem.regions.indices.reduce(0) { $0 + state.monthValue(region: $1, month: month, units: 0) }
    }

    private static func knapsack(
        _ problem: PlanningProblem, _ month: Int, _ items: [(region: Int?, units: Double, donations: Double)],
        cost: ((region: Int?, units: Double, donations: Double)) -> Double, budget: Double, _ surplus: Double
    ) -> Double {
        let weight = problem.months[month].weight
        var pieces: [(density: Double, amount: Double)] = []
        var byRegion: [Int: [(units: Double, cost: Double)]] = [:]
        for item in items where item.units > 0 {
            let itemCost = max(cost(item), 1e-9)
            if let region = item.region {
                byRegion[region, default: []].append((item.units, itemCost))
            } else {
                pieces.append((weight * surplus * item.units / itemCost, itemCost))
            }
        }
        for (region, list) in byRegion {
            // Items in falling units per cost meet the month value's pieces in falling value per unit: each
            // stretch of an item inside one piece is a knapsack piece, and their densities fall in order.
            let valuePieces = problem.objective.pieces(
                target: problem.regions[region].targets[month], above: problem.regions[region].baselineUnits[month])
            var current = 0
            var room = valuePieces[0].width
            for item in list.sorted(by: { $0.units / $0.cost > $1.units / $1.cost }) {
                let density = item.units / item.cost
                var left = item.units
                while left > 1e-12 {
                    let taken = min(left, room)
                    if taken > 0 { pieces.append((weight * valuePieces[current].slope * density, taken / density)) }
                    left -= taken
                    room -= taken
                    if room <= 1e-12, current + 1 < valuePieces.count {
                        current += 1
                        room = valuePieces[current].width
                    }
                }
            }
        }
        var left = budget
        var value = 0.0
        for piece in pieces.sorted(by: { $0.density > $1.density }) where left > 0 {
            let taken = min(left, piece.amount)
            value += taken * piece.density
            left -= taken
        }
        return value
    }
}
