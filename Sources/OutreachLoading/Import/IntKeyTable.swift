/// Positions by non-negative integer key, by open addressing with linear probing: the import looks one up per row
/// (a venue-day), where a Dictionary's hashing would cost more than the rest of the row's tallies.
struct IntKeyTable {
    private var keys: [Int]
    private var positions: [Int32]
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: -1, count: size)
        positions = Array(repeating: 0, count: size)
    }

    /// The position stored for `key`, or `next` stored and returned with `inserted` when the key is new.
    mutating func position(of key: Int, orInsert next: Int) -> (position: Int, inserted: Bool) {
        if count * 2 >= keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
        while true {
            let found = keys[slot]
            if found == key { return (Int(positions[slot]), false) }
            if found < 0 {
                keys[slot] = key
                positions[slot] = Int32(next)
                count += 1
                return (next, true)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let old = zip(keys, positions).filter { $0.0 >= 0 }
        keys = Array(repeating: -1, count: keys.count * 2)
        positions = Array(repeating: 0, count: keys.count)
        count = 0
        for (key, position) in old { _ = self.position(of: key, orInsert: Int(position)) }
    }
}
