/// SHA-256 (FIPS 180-4). The audit log names each recorded file by its hash, which `sha256sum` reproduces, so a
/// station can prove which spreadsheet a month's figures came from; `HMACSHA256` builds on its compression.
public struct SHA256: Sendable {
    /// The eight working words; compressing a 64-byte block updates them. Kept as plain fields so hashing a short
    /// message allocates nothing (a record import hashes a key per row).
    public struct State: Sendable, Equatable {
        var a: UInt32 = 0x6a09_e667, b: UInt32 = 0xbb67_ae85, c: UInt32 = 0x3c6e_f372, d: UInt32 = 0xa54f_f53a
        var e: UInt32 = 0x510e_527f, f: UInt32 = 0x9b05_688c, g: UInt32 = 0x1f83_d9ab, h: UInt32 = 0x5be0_cd19

        public init() {}

        /// Compresses one 64-byte block.
        @inline(__always)
        mutating func compress(_ block: UnsafeRawBufferPointer) {
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for index in 0..<16 {
                    let offset = index * 4
                    w[index] =
                        UInt32(block[offset]) << 24 | UInt32(block[offset + 1]) << 16 | UInt32(block[offset + 2]) << 8
                        | UInt32(block[offset + 3])
                }
                for index in 16..<64 {
                    let s0 = rotate(w[index - 15], 7) ^ rotate(w[index - 15], 18) ^ (w[index - 15] >> 3)
                    let s1 = rotate(w[index - 2], 17) ^ rotate(w[index - 2], 19) ^ (w[index - 2] >> 10)
                    w[index] = w[index - 16] &+ s0 &+ w[index - 7] &+ s1
                }
                var (a, b, c, d, e, f, g, h) = (self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h)
                SHA256.k.withUnsafeBufferPointer { k in
                    for index in 0..<64 {
                        let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                        let choice = (e & f) ^ (~e & g)
                        let temporary1 = h &+ s1 &+ choice &+ k[index] &+ w[index]
                        let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
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

        /// Hashes the rest of a message: `tail` (fewer than 64 bytes remain unhashed) after `length` bytes in all,
        /// with the padding; writes the 32-byte digest.
        mutating func finish(tail: UnsafeRawBufferPointer, length: UInt64, into digest: UnsafeMutableRawBufferPointer) {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { block in
                let count = tail.count
                for index in 0..<count { block[index] = tail[index] }
                block[count] = 0x80
                let total = count + 1 + 8 <= 64 ? 64 : 128
                for index in (count + 1)..<(total - 8) { block[index] = 0 }
                let bits = length &* 8
                for index in 0..<8 {
                    block[total - 8 + index] = UInt8(truncatingIfNeeded: bits >> UInt64(56 - 8 * index))
                }
                let raw = UnsafeRawBufferPointer(block)
                compress(UnsafeRawBufferPointer(rebasing: raw[0..<64]))
                if total == 128 { compress(UnsafeRawBufferPointer(rebasing: raw[64..<128])) }
            }
            // Eight stores rather than a loop over an array of the words: this runs once per donor of an import.
            digest.storeBytes(of: a.bigEndian, toByteOffset: 0, as: UInt32.self)
            digest.storeBytes(of: b.bigEndian, toByteOffset: 4, as: UInt32.self)
            digest.storeBytes(of: c.bigEndian, toByteOffset: 8, as: UInt32.self)
            digest.storeBytes(of: d.bigEndian, toByteOffset: 12, as: UInt32.self)
            digest.storeBytes(of: e.bigEndian, toByteOffset: 16, as: UInt32.self)
            digest.storeBytes(of: f.bigEndian, toByteOffset: 20, as: UInt32.self)
            digest.storeBytes(of: g.bigEndian, toByteOffset: 24, as: UInt32.self)
            digest.storeBytes(of: h.bigEndian, toByteOffset: 28, as: UInt32.self)
        }
    }

    private var state = State()
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    public init() {}

    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(Array(bytes))
        return hasher.finalize()
    }

    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hexadecimal(hash(bytes))
    }

    /// Lower-case hexadecimal, as `sha256sum` prints it.
    public static func hexadecimal(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hexadecimal($0) }
    }

    public static func hexadecimal(_ bytes: UnsafeRawBufferPointer) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: bytes.count * 2) { text in
            for index in 0..<bytes.count {
                text[2 * index] = digits.utf8Start[Int(bytes[index] >> 4)]
                text[2 * index + 1] = digits.utf8Start[Int(bytes[index] & 15)]
            }
            return bytes.count * 2
        }
    }

    public mutating func update(_ bytes: [UInt8]) {
        length &+= UInt64(bytes.count)
        buffer += bytes
        let whole = buffer.count / 64 * 64
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < whole {
                state.compress(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + 64)]))
                offset += 64
            }
        }
        buffer.removeFirst(whole)
    }

    public mutating func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        let length = length
        buffer.withUnsafeBytes { tail in
            digest.withUnsafeMutableBytes { state.finish(tail: tail, length: length, into: $0) }
        }
        buffer = []
        return digest
    }

    static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}

@inline(__always) private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    value >> count | value << (32 - count)
}
