/// HMAC-SHA-256 (RFC 2104, FIPS 198-1). The record import replaces a donor key with this keyed hash under a
/// per-workspace secret: the same donor always gets the same pseudonym, and nobody without the secret can
/// recompute it from an ID number. The key's inner and outer blocks are compressed once, so each message costs
/// two compressions when it is shorter than 56 bytes.
public struct HMACSHA256: Sendable {
    let innerState: SHA256.State
    let outerState: SHA256.State
    /// `shiftAmounts`, read through the instance so that the optimiser cannot fold them (see there).
    let laneShifts: [UInt32]

    public init(key: [UInt8]) {
        var block = key.count > 64 ? SHA256.hash(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256.State()
        var outer = SHA256.State()
        block.map { $0 ^ 0x36 }.withUnsafeBytes { inner.compress($0) }
        block.map { $0 ^ 0x5c }.withUnsafeBytes { outer.compress($0) }
        innerState = inner
        outerState = outer
        laneShifts = Self.shiftAmounts
    }

    /// The 32-byte tag of a message.
    public func authenticate(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        var tag = [UInt8](repeating: 0, count: 32)
        tag.withUnsafeMutableBytes { authenticate(message, into: $0) }
        return tag
    }

    public func authenticate(_ message: [UInt8]) -> [UInt8] {
        message.withUnsafeBytes { authenticate($0) }
    }

    /// Writes the tag into a 32-byte buffer, allocating nothing.
    public func authenticate(_ message: UnsafeRawBufferPointer, into tag: UnsafeMutableRawBufferPointer) {
        var state = innerState
        var offset = 0
        while message.count - offset >= 64 {
            state.compress(UnsafeRawBufferPointer(rebasing: message[offset..<(offset + 64)]))
            offset += 64
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { innerDigest in
            let innerRaw = UnsafeMutableRawBufferPointer(innerDigest)
            state.finish(
                tail: UnsafeRawBufferPointer(rebasing: message[offset...]), length: UInt64(64 + message.count),
                into: innerRaw)
            var outer = outerState
            outer.finish(tail: UnsafeRawBufferPointer(innerRaw), length: 64 + 32, into: tag)
        }
    }
}
