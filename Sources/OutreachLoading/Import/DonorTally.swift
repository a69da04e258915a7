import OutreachFormats
import OutreachModel

/// Every distinct donor key of an export with what the import keeps of the donor, in a table built for millions
/// of lookups. A probe reads one slot word (a tag of the key's hash and the donor's position); a hit then finds the
/// key and the donor's figures in one record. Keys of up to 16 bytes — donor codes and ID numbers — are kept whole
/// in the record; longer keys keep the rest in an overflow arena. The keys stay in memory only: the import hashes
/// them at the end.
///
/// With hundreds of thousands of donors both reads miss the processor's caches, and one after the other they were
/// a fifth of an import. So rows wait in a batch of 32: the slots of the whole batch are read first, then the
/// records, so that the misses overlap; then the rows are counted in order.
struct DonorTally: Sendable {
    struct Donor: Sendable {
        /// The key's first 16 bytes, upper-cased and zero-padded.
        var head: (UInt64, UInt64)
        /// Where bytes 16… of a longer key are in `overflow`.
        var overflowOffset: Int32
        var length: Int32
        /// Day number of the last donation; `Int32.min` until one is counted.
        var lastDay = Int32.min
        var donations: Int32 = 0
        /// Positions in the workspace's regions and venues; -1 for none.
        var region: Int32 = -1
        var venue: Int32 = -1
        var birthYear: Int16 = -1
        var lastType = DonationType.wholeBlood
        /// `BloodGroup.index`, -1 while unknown.
        var group: Int8 = -1
    }

    private(set) var donors: [Donor] = []
    /// 0 for an empty slot, else the hash's upper half over (position + 1).
    private var slots: [UInt64]
    private var overflow: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
    }

    var count: Int { donors.count }

    /// Forgets every donor (after they were written out), keeping the memory for the next ones.
    mutating func removeAll() {
        flush()
        donors.removeAll(keepingCapacity: true)
        overflow.removeAll(keepingCapacity: true)
        for slot in slots.indices { slots[slot] = 0 }
    }

    subscript(position: Int) -> Donor {
        get { donors[position] }
        _modify { yield &donors[position] }
    }

    /// One counted row of a donor's: what `Donor.add` needs.
    struct Row: Sendable {
        var donated: Bool
        var day: Int
        var type: DonationType
        var region: Int
        var venue: Int
        var birthYear: Int
        var group: Int8 = -1
    }

    /// A key's hashed form: its head, its length and the tag that also places it.
    struct Probe: Sendable {
        var head: (UInt64, UInt64)
        var length: Int
        var tag: UInt64
    }

    static let batchSize = 32
    private var waiting: [(probe: Probe, keyOffset: Int, row: Row)] = []
    private var waitingKeys: [UInt8] = []
    /// The batch's positions found before counting (kept to reuse its memory).
    private var found: [Int] = []
    /// Where the batch's early reads go, so that the compiler keeps them.
    private var touched: UInt64 = 0

    /// Counts a row for a key. Lower-case letters count as upper-case (an ID number's check letter x is X). The row
    /// may wait in the batch: `flush()` before reading the donors.
    mutating func add(_ key: UnsafeBufferPointer<UInt8>, _ row: Row) {
        waiting.append((Self.probe(key), waitingKeys.count, row))
        waitingKeys.append(contentsOf: key)
        if waiting.count == Self.batchSize { flush() }
    }

    mutating func flush() {
        guard !waiting.isEmpty else { return }
        // The batch's arrays are taken out of `self` while the table changes, and put back emptied for reuse.
        var waiting: [(probe: Probe, keyOffset: Int, row: Row)] = []
        var keys: [UInt8] = []
        var found: [Int] = []
        swap(&waiting, &self.waiting)
        swap(&keys, &waitingKeys)
        swap(&found, &self.found)
        let mask = slots.count - 1
        var sink: UInt64 = 0
        for entry in waiting { sink ^= slots[Int(truncatingIfNeeded: entry.probe.tag >> 32) & mask] }
        keys.withUnsafeBufferPointer { keys in
            for entry in waiting {
                let key = UnsafeBufferPointer(rebasing: keys[entry.keyOffset..<(entry.keyOffset + entry.probe.length)])
                let position = find(entry.probe, key).position ?? -1
                found.append(position)
                if position >= 0 { sink ^= UInt64(truncatingIfNeeded: donors[position].lastDay) }
            }
            for (index, entry) in waiting.enumerated() {
                let key = UnsafeBufferPointer(rebasing: keys[entry.keyOffset..<(entry.keyOffset + entry.probe.length)])
                // A key new to the table: added now (a second row for it in the batch then finds it).
                let position = found[index] >= 0 ? found[index] : position(entry.probe, key)
                donors[position].add(entry.row)
            }
        }
        touched ^= sink
        waiting.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        found.removeAll(keepingCapacity: true)
        swap(&waiting, &self.waiting)
        swap(&keys, &waitingKeys)
        swap(&found, &self.found)
    }

    /// The position of a key's donor, added with no donation the first time the key is seen.
    private mutating func position(_ probe: Probe, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        let (found, slot) = find(probe, key)
        if let found { return found }
        let position = donors.count
        donors.append(Donor(head: probe.head, overflowOffset: Int32(overflow.count), length: Int32(key.count)))
        if key.count > 16 { overflow.append(contentsOf: key[16...].lazy.map(Self.upper)) }
        slots[slot] = probe.tag | UInt64(position + 1)
        if donors.count * 2 > slots.count { grow() }
        return position
    }

    /// The key's donor, or the empty slot where it would go.
    private func find(_ probe: Probe, _ key: UnsafeBufferPointer<UInt8>) -> (position: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: probe.tag >> 32) & mask
        while true {
            let word = slots[slot]
            if word == 0 { return (nil, slot) }
            if word & 0xFFFF_FFFF_0000_0000 == probe.tag {
                let position = Int(word & 0xFFFF_FFFF) - 1
                let donor = donors[position]
                if donor.head == probe.head && Int(donor.length) == probe.length
                    && (probe.length <= 16 || sameOverflow(Int(donor.overflowOffset), key))
                {
                    return (position, slot)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    static func probe(_ key: UnsafeBufferPointer<UInt8>) -> Probe {
        let head = Self.head(key)
        var hash = (head.0 ^ 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 31) ^ head.1) &* 0x94D0_49BB_1331_11EB
        if key.count > 16 {
            for index in 16..<key.count { hash = (hash ^ UInt64(Self.upper(key[index]))) &* 0x100_0000_01B3 }
        }
        // The upper half (the best mixed bits of the product) is both the slot, by its low bits, and the tag, so
        // growing needs no key.
        return Probe(head: head, length: key.count, tag: hash & 0xFFFF_FFFF_0000_0000)
    }

    /// The key of a donor as it was counted (upper-cased), written into `buffer`; its length.
    func key(of position: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let donor = donors[position]
        let length = Int(donor.length)
        withUnsafeBytes(of: donor.head) { head in
            buffer.baseAddress!.copyMemory(from: head.baseAddress!, byteCount: min(16, length))
        }
        if length > 16 {
            overflow.withUnsafeBytes { bytes in
                buffer.baseAddress!.advanced(by: 16).copyMemory(
                    from: bytes.baseAddress!.advanced(by: Int(donor.overflowOffset)), byteCount: length - 16)
            }
        }
        return length
    }

    /// The longest key `key(of:into:)` may write.
    var longestKey: Int { donors.reduce(16) { max($0, Int($1.length)) } }

    private func sameOverflow(_ offset: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 16..<key.count where overflow[offset + index - 16] != Self.upper(key[index]) { return false }
        return true
    }

    private mutating func grow() {
        let mask = slots.count * 2 - 1
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        for word in slots where word != 0 {
            var slot = Int(truncatingIfNeeded: word >> 32) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = word
        }
        slots = larger
    }

    @inline(__always)
    static func upper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }

    /// The first 16 bytes as two little-endian words, zero-padded, with ASCII lower-case letters upper-cased eight
    /// at a time: a byte's high bit is set by adding 0x1F when it is at least `a`, by adding 0x05 when it is above
    /// `z` (seven-bit values, so no carry crosses bytes).
    @inline(__always)
    static func head(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        if let base = key.baseAddress {
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: min(16, key.count)) }
        }
        return (upperCased(UInt64(littleEndian: words.0)), upperCased(UInt64(littleEndian: words.1)))
    }

    @inline(__always)
    static func upperCased(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let low = word & ~highs
        let atLeastA = low &+ ones &* 0x1F
        let aboveZ = low &+ ones &* 0x05
        let lowerCase = atLeastA & ~aboveZ & ~word & highs
        return word &- (lowerCase >> 2)
    }
}

extension DonorTally.Donor {
    init(head: (UInt64, UInt64), overflowOffset: Int32, length: Int32) {
        self.head = head
        self.overflowOffset = overflowOffset
        self.length = length
    }

    /// One counted row of this donor: a donation moves the last donation forward (on the same day, the later
    /// row wins); a deferral only tells the birth year.
    mutating func add(_ row: DonorTally.Row) {
        if row.donated {
            donations += 1
            if row.day >= lastDay {
                lastDay = Int32(row.day)
                lastType = row.type
                region = Int32(row.region)
                venue = Int32(row.venue)
            }
        }
        if row.birthYear > 0 { birthYear = Int16(row.birthYear) }
        if row.group >= 0 { group = row.group }
    }
}
