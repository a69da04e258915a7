/// A hash table keyed by byte strings that are looked up straight from a read buffer: no String or Array is made
/// for a key already present. Keys are copied once into one arena. The import uses it to resolve each distinct
/// region, venue, type or donor key once, however many rows repeat it.
public struct ByteKeyTable<Value> {
    private var arena: [UInt8] = []
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var offsets: [Int] = []
    private var lengths: [Int] = []
    public private(set) var values: [Value] = []

    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
    }

    public var count: Int { values.count }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The entry of a key, or nil.
    @inline(__always)
    public func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        find(key, Self.hash(key)).found
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (found: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return (nil, slot) }
            if hashes[entry] == hash && lengths[entry] == key.count {
                let same = arena.withUnsafeBufferPointer { arena in
                    key.count == 0 || memcmp(arena.baseAddress! + offsets[entry], key.baseAddress!, key.count) == 0
                }
                if same { return (entry, slot) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The entry of a key, adding it with `make()` the first time it is seen.
    @inline(__always)
    public mutating func index(of key: UnsafeBufferPointer<UInt8>, orInsert make: () throws -> Value) rethrows -> Int {
        let hash = Self.hash(key)
        let (found, slot) = find(key, hash)
        if let found { return found }
        let value = try make()
        let entry = values.count
        offsets.append(arena.count)
        arena.append(contentsOf: key)
        lengths.append(key.count)
        hashes.append(hash)
        values.append(value)
        slots[slot] = Int32(entry)
        if values.count * 2 > slots.count { grow() }
        return entry
    }

    public subscript(entry: Int) -> Value {
        get { values[entry] }
        set { values[entry] = newValue }
    }

    /// The key bytes of an entry.
    public func key(_ entry: Int) -> ArraySlice<UInt8> { arena[offsets[entry]..<(offsets[entry] + lengths[entry])] }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in 0..<values.count {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
    }
}

#if canImport(Glibc)
    import Glibc
#endif
