/// A hash table keyed by byte strings that are looked up straight from a read buffer: no String or Array is made
/// for a key already present. Keys are copied once into one arena. The import uses it to resolve each distinct
/// region, venue, type or donor key once, however many rows repeat it.
public struct ByteKeyTable<Value> {
    /// Where a key's bytes are and its full hash, kept together so a probe touches one cache line.
    @usableFromInline struct Entry {
        @usableFromInline var hash: UInt64
        @usableFromInline var offset: Int32
        @usableFromInline var length: Int32

        @inlinable init(hash: UInt64, offset: Int32, length: Int32) {
            self.hash = hash
            self.offset = offset
            self.length = length
        }
    }

    // Inlinable so that a caller in another module gets a version specialised for its value type.
    @usableFromInline var arena: [UInt8] = []
    @usableFromInline var slots: [Int32]
    @usableFromInline var entries: [Entry] = []
    @usableFromInline var values: [Value] = []

    @inlinable
    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
    }

    public var count: Int { values.count }

    /// Eight bytes at a time, each word mixed by a multiply and a shift (the keys are short and the table only needs
    /// them spread, not cryptographically hashed).
    @inlinable
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }

    /// The entry of a key, or nil.
    @inlinable
    public func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        find(key, Self.hash(key)).found
    }

    @inlinable
    func find(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (found: Int?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                arena.withUnsafeBufferPointer { arena in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let index = Int(slots[slot])
                        if index < 0 { return (nil, slot) }
                        let entry = entries[index]
                        if entry.hash == hash && Int(entry.length) == key.count
                            && (key.count == 0 || Self.equal(arena.baseAddress! + Int(entry.offset), key))
                        {
                            return (index, slot)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Byte by byte: the keys are a few bytes long, shorter than a call to `memcmp` is worth.
    @inlinable
    static func equal(_ stored: UnsafePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<key.count where stored[index] != key[index] { return false }
        return true
    }

    /// The entry of a key, adding it with `make()` the first time it is seen.
    @inlinable
    public mutating func index(of key: UnsafeBufferPointer<UInt8>, orInsert make: () throws -> Value) rethrows -> Int {
        let hash = Self.hash(key)
        let (found, slot) = find(key, hash)
        if let found { return found }
        let value = try make()
        let entry = values.count
        entries.append(Entry(hash: hash, offset: Int32(arena.count), length: Int32(key.count)))
        arena.append(contentsOf: key)
        values.append(value)
        slots[slot] = Int32(entry)
        if values.count * 2 > slots.count { grow() }
        return entry
    }

    @inlinable
    public subscript(entry: Int) -> Value {
        get { values[entry] }
        set { values[entry] = newValue }
    }

    @usableFromInline
    mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in 0..<values.count {
            var slot = Int(truncatingIfNeeded: entries[entry].hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
    }
}

extension ByteKeyTable: Sendable where Value: Sendable {}
extension ByteKeyTable.Entry: Sendable {}
