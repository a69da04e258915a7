/// Chooses how many events of each channel each region holds in a month to maximise expected donor visits, given
/// per-cell bounds, a budget (events or yuan) and a staff-days capacity.
///
/// Greedy filling by gain per unit of budget from the lower bounds, then single-event exchanges (take one event
/// from a cell, give one to another) while any exchange gains; started also from the current mix, keeping the
/// better. For concave responses this reaches the optimum of the integer problem; for S-shaped ones it is a good
/// local optimum, never worse than the current mix.
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
    public var budget: Double

    public init(
        current: [[Int]], lower: [[Int]], upper: [[Int]], price: [Double], staffDays: [Double], staffCapacity: Double,
        budget: Double
    ) {
        self.current = current
        self.lower = lower
        self.upper = upper
        self.price = price
        self.staffDays = staffDays
        self.staffCapacity = staffCapacity
        self.budget = budget
    }

    /// The best allocation under `value(region, channel, events)`, the expected visits of a cell.
    public func allocate(_ value: (Int, Int, Int) -> Double) -> [[Int]] {
        var filled = lower
        fill(&filled, value)
        polish(&filled, value)
        var kept = current
        polish(&kept, value)
        let best = total(filled, value) > total(kept, value) + 1e-9 ? filled : kept
        return total(best, value) >= total(current, value) ? best : current
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

    private var tolerance: Double { 1e-9 * max(1, budget) }

    private func fill(_ allocation: inout [[Int]], _ value: (Int, Int, Int) -> Double) {
        var (used, staff) = spent(allocation)
        let floor = max(1e-6, price.filter { $0 > 0 }.min() ?? 1) / 100
        while true {
            var best: (region: Int, channel: Int, score: Double)?
            for region in allocation.indices {
                for channel in allocation[region].indices where allocation[region][channel] < upper[region][channel] {
                    guard used + price[channel] <= budget + tolerance,
                        staff + staffDays[channel] <= staffCapacity + 1e-9
                    else { continue }
                    let events = allocation[region][channel]
                    let gain = value(region, channel, events + 1) - value(region, channel, events)
                    let score = gain / max(floor, price[channel])
                    if gain > 1e-12, score > (best?.score ?? 0) { best = (region, channel, score) }
                }
            }
            guard let chosen = best else { return }
            allocation[chosen.region][chosen.channel] += 1
            used += price[chosen.channel]
            staff += staffDays[chosen.channel]
        }
    }

    private func polish(_ allocation: inout [[Int]], _ value: (Int, Int, Int) -> Double) {
        let cells = allocation.indices.flatMap { region in allocation[region].indices.map { (region, $0) } }
        var (used, staff) = spent(allocation)
        for _ in 0..<100_000 {
            var best: (from: Int?, to: Int, gain: Double)?
            let up = cells.map { region, channel -> Double in
                let events = allocation[region][channel]
                return events < upper[region][channel]
                    ? value(region, channel, events + 1) - value(region, channel, events) : -.infinity
            }
            let down = cells.map { region, channel -> Double in
                let events = allocation[region][channel]
                return events > lower[region][channel]
                    ? value(region, channel, events) - value(region, channel, events - 1) : .infinity
            }
            for to in cells.indices where up[to] > -.infinity {
                let channel = cells[to].1
                if used + price[channel] <= budget + tolerance, staff + staffDays[channel] <= staffCapacity + 1e-9,
                    up[to] > max(1e-9, best?.gain ?? 0)
                {
                    best = (nil, to, up[to])
                }
                for from in cells.indices where from != to && down[from] < .infinity {
                    let gain = up[to] - down[from]
                    guard gain > max(1e-9, best?.gain ?? 0) else { continue }
                    let source = cells[from].1
                    guard used - price[source] + price[channel] <= budget + tolerance,
                        staff - staffDays[source] + staffDays[channel] <= staffCapacity + 1e-9
                    else { continue }
                    best = (from, to, gain)
                }
            }
            guard let move = best else { return }
            let (region, channel) = cells[move.to]
            allocation[region][channel] += 1
            used += price[channel]
            staff += staffDays[channel]
            if let from = move.from {
                let (sourceRegion, source) = cells[from]
                allocation[sourceRegion][source] -= 1
                used -= price[source]
                staff -= staffDays[source]
            }
        }
    }
}
