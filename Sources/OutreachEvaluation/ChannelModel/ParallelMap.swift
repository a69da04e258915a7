import Dispatch

/// Maps `0..<count` on every core, in order: the bootstrap and forecast refits are independent of each other, so
/// their results (and the seeded draws made before) are the same as one after another.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    var results = [T?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
        // Each iteration writes only its own element.
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: count) { index in slots[index] = body(index) }
    }
    return results.map { $0! }
}
