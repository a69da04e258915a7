extension Allocator {
    /// One allocation run: the cells' values tabulated once over their bounds, so the fill and the exchanges
    /// read numbers instead of calling `value` (which for bagged suggestions averages dozens of fits).
    struct Search {
        let allocator: Allocator
        /// (region, channel) per cell, region-major.
        let cells: [(region: Int, channel: Int)]
        /// Per cell, the smallest count tabulated and the values from there.
        let base: [Int]
        let values: [[Double]]
        let poolBudgets: [Double]
        let tolerance: Double
        /// Exchanges are sought among this many cells that gain most from one more event and as many that lose
        /// least from one fewer: enough for the best exchange, far fewer than all pairs.
        static let candidates = 16

        init(_ allocator: Allocator, _ value: (Int, Int, Int) -> Double) {
            self.allocator = allocator
            var cells: [(region: Int, channel: Int)] = []
            var base: [Int] = []
            var values: [[Double]] = []
            for region in allocator.current.indices {
                for channel in allocator.current[region].indices {
                    let low = min(allocator.lower[region][channel], allocator.current[region][channel])
                    let high = max(allocator.upper[region][channel], allocator.current[region][channel])
                    cells.append((region, channel))
                    base.append(low)
                    values.append((low...max(low, high)).map { value(region, channel, $0) })
                }
            }
            self.cells = cells
            self.base = base
            self.values = values
            poolBudgets = allocator.poolBudgets
            tolerance = 1e-9 * max(1, allocator.budget)
        }

        @inline(__always) func value(_ cell: Int, _ events: Int) -> Double { values[cell][events - base[cell]] }

        func count(_ allocation: [[Int]], _ cell: Int) -> Int { allocation[cells[cell].region][cells[cell].channel] }

        func total(_ allocation: [[Int]]) -> Double {
            cells.indices.reduce(0.0) { $0 + value($1, count(allocation, $1)) }
        }

        func upper(_ cell: Int) -> Int { allocator.upper[cells[cell].region][cells[cell].channel] }
        func lower(_ cell: Int) -> Int { allocator.lower[cells[cell].region][cells[cell].channel] }

        /// Greedy from the lower bounds: the best gain per unit of budget first, from a max-heap of each cell's
        /// next event; a cell that no longer fits its pool's budget or the staff-days stays out (they only shrink).
        func fill(_ allocation: inout [[Int]]) {
            let price = allocator.price
            let staffDays = allocator.staffDays
            var used = allocator.spentByPool(allocation)
            var staff = allocator.spent(allocation).staff
            let floor = max(1e-6, price.filter { $0 > 0 }.min() ?? 1) / 100
            var heap = MaxHeap()
            func push(_ cell: Int) {
                let events = count(allocation, cell)
                guard events < upper(cell) else { return }
                let gain = value(cell, events + 1) - value(cell, events)
                if gain > 1e-12 { heap.push(gain / max(floor, price[cells[cell].channel]), cell) }
            }
            for cell in cells.indices { push(cell) }
            while let cell = heap.pop() {
                let (region, channel) = cells[cell]
                let pool = allocator.pools[channel]
                guard used[pool] + price[channel] <= poolBudgets[pool] + tolerance,
                    staff + staffDays[channel] <= allocator.staffCapacity + 1e-9
                else { continue }
                allocation[region][channel] += 1
                used[pool] += price[channel]
                staff += staffDays[channel]
                push(cell)
            }
        }

        /// Single-event exchanges (or additions where budget is left), best first, while any gains.
        func polish(_ allocation: inout [[Int]]) {
            let price = allocator.price
            let staffDays = allocator.staffDays
            let pools = allocator.pools
            var used = allocator.spentByPool(allocation)
            var staff = allocator.spent(allocation).staff
            var up = [Double](repeating: -.infinity, count: cells.count)
            var down = [Double](repeating: .infinity, count: cells.count)
            func refresh(_ cell: Int) {
                let events = count(allocation, cell)
                up[cell] = events < upper(cell) ? value(cell, events + 1) - value(cell, events) : -.infinity
                down[cell] = events > lower(cell) ? value(cell, events) - value(cell, events - 1) : .infinity
            }
            for cell in cells.indices { refresh(cell) }
            for _ in 0..<100_000 {
                let ups = Self.best(Self.candidates, of: cells.indices.filter { up[$0] > -.infinity }) { up[$0] }
                let downs = Self.best(Self.candidates, of: cells.indices.filter { down[$0] < .infinity }) {
                    -down[$0]
                }
                var best: (from: Int?, to: Int, gain: Double)?
                for to in ups {
                    let channel = cells[to].channel
                    let pool = pools[channel]
                    if used[pool] + price[channel] <= poolBudgets[pool] + tolerance,
                        staff + staffDays[channel] <= allocator.staffCapacity + 1e-9,
                        up[to] > max(1e-9, best?.gain ?? 0)
                    {
                        best = (nil, to, up[to])
                    }
                    for from in downs where from != to {
                        let gain = up[to] - down[from]
                        guard gain > max(1e-9, best?.gain ?? 0) else { continue }
                        let source = cells[from].channel
                        let freed = pools[source] == pool ? price[source] : 0
                        guard used[pool] + price[channel] - freed <= poolBudgets[pool] + tolerance,
                            staff - staffDays[source] + staffDays[channel] <= allocator.staffCapacity + 1e-9
                        else { continue }
                        best = (from, to, gain)
                    }
                }
                guard let move = best else { return }
                let (region, channel) = cells[move.to]
                allocation[region][channel] += 1
                used[pools[channel]] += price[channel]
                staff += staffDays[channel]
                refresh(move.to)
                if let from = move.from {
                    let (sourceRegion, source) = cells[from]
                    allocation[sourceRegion][source] -= 1
                    used[pools[source]] -= price[source]
                    staff -= staffDays[source]
                    refresh(from)
                }
            }
        }

        /// The `count` items with the largest key, ties to the lower index.
        static func best(_ count: Int, of items: [Int], by key: (Int) -> Double) -> [Int] {
            guard items.count > count else { return items }
            var kept: [(key: Double, item: Int)] = []
            for item in items {
                let candidate = (key: key(item), item: item)
                if kept.count == count {
                    guard candidate.key > kept[count - 1].key else { continue }
                    kept.removeLast()
                }
                let position = kept.firstIndex { candidate.key > $0.key } ?? kept.count
                kept.insert(candidate, at: position)
            }
            return kept.map(\.item)
        }
    }

    /// A binary max-heap of (score, cell), ties to the lower cell so runs are reproducible.
    struct MaxHeap {
        private var items: [(score: Double, cell: Int)] = []

        private static func above(_ a: (score: Double, cell: Int), _ b: (score: Double, cell: Int)) -> Bool {
            a.score > b.score || (a.score == b.score && a.cell < b.cell)
        }

        mutating func push(_ score: Double, _ cell: Int) {
            items.append((score, cell))
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.above(items[child], items[parent]) else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> Int? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    let right = left + 1
                    var chosen = parent
                    if left < items.count, Self.above(items[left], items[chosen]) { chosen = left }
                    if right < items.count, Self.above(items[right], items[chosen]) { chosen = right }
                    guard chosen != parent else { break }
                    items.swapAt(parent, chosen)
                    parent = chosen
                }
            }
            return top.cell
        }
    }
}
