/// Four tags at once: the import hashes one key per donor, hundreds of thousands of short messages, and scalar
/// SHA-256 was a quarter of its time. Each SHA-256 word becomes a four-lane vector, one lane per message, so one
/// pass of the rounds serves four messages (the x86-64 baseline's 128-bit registers; no wider instructions are
/// assumed).
extension HMACSHA256 {
    typealias Lanes = SIMD4<UInt32>

    /// SHA-256's round constants, each in every lane.
    static let laneConstants = SHA256.k.map { Lanes(repeating: $0) }

    /// The shift amounts of SHA-256's rotations (σ0, σ1, then Σ1, Σ0, each rotation as a right and a left shift),
    /// read from memory on purpose: written as literals, the compiler recognises each pair of shifts as a vector
    /// rotation, which 128-bit registers lack, and moves every lane out to a general register to rotate it.
    static let shiftAmounts: [UInt32] = [
        7, 25, 18, 14, 3, 17, 15, 19, 13, 10, 6, 26, 11, 21, 25, 7, 2, 30, 13, 19, 22, 10,
    ]

    /// The longest message that fits the single block this path hashes.
    public static let laneMessageLimit = 55

    /// Writes the four 32-byte tags of four messages into `tags` (128 bytes), in order. Messages longer than
    /// `laneMessageLimit` are hashed one by one.
    public func authenticate(
        _ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer, _ third: UnsafeRawBufferPointer,
        _ fourth: UnsafeRawBufferPointer, into tags: UnsafeMutableRawBufferPointer
    ) {
        let messages = [first, second, third, fourth]
        guard messages.allSatisfy({ $0.count <= Self.laneMessageLimit }) else {
            for (lane, message) in messages.enumerated() {
                authenticate(
                    message, into: UnsafeMutableRawBufferPointer(rebasing: tags[(lane * 32)..<(lane * 32 + 32)]))
            }
            return
        }
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 64) { schedule in
            // Inner hash: the key's inner block is already compressed; the message and its padding fill one block.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { blocks in
                let blocks = UnsafeMutableRawBufferPointer(blocks)
                for (lane, message) in messages.enumerated() {
                    let block = UnsafeMutableRawBufferPointer(rebasing: blocks[(lane * 64)..<(lane * 64 + 64)])
                    block.copyMemory(from: message)
                    block[message.count] = 0x80
                    for index in (message.count + 1)..<56 { block[index] = 0 }
                    block.storeBytes(of: (UInt64(64 + message.count) &* 8).bigEndian, toByteOffset: 56, as: UInt64.self)
                }
                for word in 0..<16 {
                    schedule[word] = Lanes(
                        UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: word * 4, as: UInt32.self)),
                        UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: 64 + word * 4, as: UInt32.self)),
                        UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: 128 + word * 4, as: UInt32.self)),
                        UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: 192 + word * 4, as: UInt32.self)))
                }
            }
            var inner = LaneState(innerState)
            inner.compress(schedule, laneShifts)
            // Outer hash: the inner digest (the state's words, already in order) and its padding fill one block.
            inner.store(into: schedule)
            schedule[8] = Lanes(repeating: 0x8000_0000)
            for word in 9..<15 { schedule[word] = Lanes(repeating: 0) }
            schedule[15] = Lanes(repeating: (64 + 32) * 8)
            var outer = LaneState(outerState)
            outer.compress(schedule, laneShifts)
            outer.store(into: schedule)
            for word in 0..<8 {
                for lane in 0..<4 {
                    tags.storeBytes(
                        of: schedule[word][lane].bigEndian, toByteOffset: lane * 32 + word * 4, as: UInt32.self)
                }
            }
        }
    }
}

/// The eight SHA-256 working words, one lane per message.
struct LaneState {
    typealias Lanes = HMACSHA256.Lanes
    var a, b, c, d, e, f, g, h: Lanes

    init(_ state: SHA256.State) {
        a = Lanes(repeating: state.a)
        b = Lanes(repeating: state.b)
        c = Lanes(repeating: state.c)
        d = Lanes(repeating: state.d)
        e = Lanes(repeating: state.e)
        f = Lanes(repeating: state.f)
        g = Lanes(repeating: state.g)
        h = Lanes(repeating: state.h)
    }

    /// The words in order into the first eight elements of `words`.
    func store(into words: UnsafeMutableBufferPointer<Lanes>) {
        (words[0], words[1], words[2], words[3]) = (a, b, c, d)
        (words[4], words[5], words[6], words[7]) = (e, f, g, h)
    }

    /// The SHA-256 compression of one block per lane; `schedule` holds the block's 16 words and is extended to 64.
    /// Each rotation is two shifts by amounts read from `shifts` (see `HMACSHA256.laneShifts`).
    @inline(__always)
    mutating func compress(_ schedule: UnsafeMutableBufferPointer<Lanes>, _ shifts: [UInt32]) {
        let (r7, l25, r18, l14, r3) = (shifts[0], shifts[1], shifts[2], shifts[3], shifts[4])
        let (r17, l15, r19, l13, r10) = (shifts[5], shifts[6], shifts[7], shifts[8], shifts[9])
        let (r6, l26, r11, l21, r25, l7) = (shifts[10], shifts[11], shifts[12], shifts[13], shifts[14], shifts[15])
        let (r2, l30, r13, l19, r22, l10) = (shifts[16], shifts[17], shifts[18], shifts[19], shifts[20], shifts[21])
        for index in 16..<64 {
            let early = schedule[index - 15]
            let late = schedule[index - 2]
            let s0 = (early &>> r7) ^ (early &<< l25) ^ (early &>> r18) ^ (early &<< l14) ^ (early &>> r3)
            let s1 = (late &>> r17) ^ (late &<< l15) ^ (late &>> r19) ^ (late &<< l13) ^ (late &>> r10)
            schedule[index] = schedule[index - 16] &+ s0 &+ schedule[index - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h)
        HMACSHA256.laneConstants.withUnsafeBufferPointer { k in
            for index in 0..<64 {
                let s1 = (e &>> r6) ^ (e &<< l26) ^ (e &>> r11) ^ (e &<< l21) ^ (e &>> r25) ^ (e &<< l7)
                let choice = (e & f) ^ (~e & g)
                let temporary1 = h &+ s1 &+ choice &+ k[index] &+ schedule[index]
                let s0 = (a &>> r2) ^ (a &<< l30) ^ (a &>> r13) ^ (a &<< l19) ^ (a &>> r22) ^ (a &<< l10)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temporary1, c, b, a, temporary1 &+ s0 &+ majority)
            }
        }
        self.a &+= a
        self.b &+= b
        self.c &+= c
        self.d &+= d
        self.e &+= e
        self.f &+= f
        self.g &+= g
        self.h &+= h
    }
}
