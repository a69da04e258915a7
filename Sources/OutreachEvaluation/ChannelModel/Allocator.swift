/// Chooses how many events of each channel each region holds in a month to maximise expected donor visits, given
/// per-cell bounds, budgets (events or yuan) per pool of channels and a staff-days capacity.
///
/// Channels in pool 0 (stand-alone promotion) share one budget; each other pool keeps its own (a drive-bound
/// channel's drives move between regions, never into SMS). The value of every cell at every count within its
/// bounds is computed once; a greedy fill from the lower bounds takes, from a heap, the cell whose next event
/// gains most per unit of budget, then single-event exchanges (take one event from a cell, give one to another,
/// or add one where budget is left) among the cells that gain or lose least while any gains. It runs also from
/// the current mix, keeping the better. For concave responses this reaches the optimum of the integer problem;
/// for S-shaped ones it is a good local optimum, never worse than the current mix. Work grows with cells × the
/// events moved, not with cells².
public struct Allocator: Sendable {
    public enum Budget: String, Sendable, CaseIterable {
        /// Keep the month's total number of events.
        case events
        /// Keep the month's total recorded cost.
        case cost
    }

    /// `[region][channel]` events last month.
    public var current: [[Int]]
    public var lower: [[Int]]
    public var upper: [[Int]]
    /// Budget units per event, by channel.
    public var price: [Double]
    public var staffDays: [Double]
    public var staffCapacity: Double
    /// Budget units in all.
    public var budget: Double
    /// Per channel, its pool; pools other than 0 keep what they spend now.
    public var pools: [Int]

    public init(
        current: [[Int]], lower: [[Int]], upper: [[Int]], price: [Double], staffDays: [Double], staffCapacity: Double,
        budget: Double, pools: [Int]? = nil
    ) {
        self.current = current
        self.lower = lower
        self.upper = upper
        self.price = price
        self.staffDays = staffDays
        self.staffCapacity = staffCapacity
        self.budget = budget
        self.pools = pools ?? price.map { _ in 0 }
    }

    /// Each pool's budget: what its channels spend now, pool 0 the rest of `budget`.
    var poolBudgets: [Double] {
        var budgets = [Double](repeating: 0, count: (pools.max() ?? 0) + 1)
        for row in current {
            for (channel, events) in row.enumerated() where pools[channel] > 0 {
                budgets[pools[channel]] += price[channel] * Double(events)
            }
        }
        budgets[0] = budget - budgets.dropFirst().reduce(0, +)
        return budgets
    }

    /// The best allocation under `value(region, channel, events)`, the expected visits of a cell.
    public func allocate(_ value: (Int, Int, Int) -> Double) -> [[Int]] {
        let search = Search(self, value)
        var filled = lower
        search.fill(&filled)
        search.polish(&filled)
        var kept = current
        search.polish(&kept)
        let best = search.total(filled) > search.total(kept) + 1e-9 ? filled : kept
        return search.total(best) >= search.total(current) ? best : current
    }

    public func total(_ allocation: [[Int]], _ value: (Int, Int, Int) -> Double) -> Double {
        var sum = 0.0
        for region in allocation.indices {
            for channel in allocation[region].indices { sum += value(region, channel, allocation[region][channel]) }
        }
        return sum
    }

    func spent(_ allocation: [[Int]]) -> (budget: Double, staff: Double) {
        var budget = 0.0
        var staff = 0.0
        for row in allocation {
            for (channel, events) in row.enumerated() {
                budget += price[channel] * Double(events)
                staff += staffDays[channel] * Double(events)
            }
        }
        return (budget, staff)
    }

    /// Spend per pool.
    func spentByPool(_ allocation: [[Int]]) -> [Double] {
        var result = [Double](repeating: 0, count: (pools.max() ?? 0) + 1)
        for row in allocation {
            for (channel, events) in row.enumerated() { result[pools[channel]] += price[channel] * Double(events) }
        }
        return result
    }
}
