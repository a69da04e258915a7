/// Four tags at once: the import hashes one key per donor, hundreds of thousands of short messages, and scalar
/// SHA-256 was a quarter of its time. Each SHA-256 word becomes a four-lane vector, one lane per message, so one
/// pass of the rounds serves four messages (the x86-64 baseline's 128-bit registers; no wider instructions are
/// assumed).
extension HMACSHA256 {
    typealias Lanes = SIMD4<UInt32>

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
            inner.compress(schedule)
            // Outer hash: the inner digest (the state's words, already in order) and its padding fill one block.
            inner.store(into: schedule)
            schedule[8] = Lanes(repeating: 0x8000_0000)
            for word in 9..<15 { schedule[word] = Lanes(repeating: 0) }
            schedule[15] = Lanes(repeating: (64 + 32) * 8)
            var outer = LaneState(outerState)
            outer.compress(schedule)
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
    /// Each rotation is written as its two shifts, right ones first and XORed apart: written as `(x >> n) | (x << m)`
    /// the compiler recognises rotations, which 128-bit registers lack, and moves every lane out to rotate it.
    @inline(__always)
    mutating func compress(_ schedule: UnsafeMutableBufferPointer<Lanes>) {
        for index in 16..<64 {
            let early = schedule[index - 15]
            let late = schedule[index - 2]
            let s0 = (early &>> 7) ^ (early &>> 18) ^ (early &>> 3) ^ (early &<< 25) ^ (early &<< 14)
            let s1 = (late &>> 17) ^ (late &>> 19) ^ (late &>> 10) ^ (late &<< 15) ^ (late &<< 13)
            schedule[index] = schedule[index - 16] &+ s0 &+ schedule[index - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h)
        SHA256.k.withUnsafeBufferPointer { k in
            for index in 0..<64 {
                let s1 = (e &>> 6) ^ (e &>> 11) ^ (e &>> 25) ^ (e &<< 26) ^ (e &<< 21) ^ (e &<< 7)
                let choice = (e & f) ^ (~e & g)
                let temporary1 = h &+ s1 &+ choice &+ Lanes(repeating: k[index]) &+ schedule[index]
                let s0 = (a &>> 2) ^ (a &>> 13) ^ (a &>> 22) ^ (a &<< 30) ^ (a &<< 19) ^ (a &<< 10)
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
