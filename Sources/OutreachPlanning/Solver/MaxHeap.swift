/// A binary max-heap of scored items; ties go to the smaller item, so the order never depends on insertion.
struct MaxHeap {
    private var entries: [(score: Double, item: Int)] = []

    var isEmpty: Bool { entries.isEmpty }
    var top: (score: Double, item: Int)? { entries.first }

    init(_ items: [(score: Double, item: Int)]) {
        entries = items
        for index in stride(from: entries.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
    }

    mutating func push(_ score: Double, _ item: Int) {
        entries.append((score, item))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (score: Double, item: Int)? {
        guard !entries.isEmpty else { return nil }
        entries.swapAt(0, entries.count - 1)
        let last = entries.removeLast()
        if !entries.isEmpty { siftDown(0) }
        return last
    }

    private func precedes(_ first: Int, _ second: Int) -> Bool {
        let a = entries[first]
        let b = entries[second]
        return a.score > b.score || (a.score == b.score && a.item < b.item)
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < entries.count, precedes(left, best) { best = left }
            if right < entries.count, precedes(right, best) { best = right }
            if best == parent { return }
            entries.swapAt(parent, best)
            parent = best
        }
    }
}
