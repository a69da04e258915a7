import Testing

@testable import OutreachFormats

@Suite struct HMACSHA256Tests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// RFC 4231 test cases 1–4, 6 and 7 (case 5 truncates the output, which the import never does).
    @Test(arguments: [
        (
            [UInt8](repeating: 0x0b, count: 20), bytes("Hi There"),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        (
            bytes("Jefe"), bytes("what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        (
            [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        ),
        (
            Array(1...25), [UInt8](repeating: 0xcd, count: 50),
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        ),
        (
            [UInt8](repeating: 0xaa, count: 131), bytes("Test Using Larger Than Block-Size Key - Hash Key First"),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
        (
            [UInt8](repeating: 0xaa, count: 131),
            bytes(
                "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."
            ),
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        ),
    ])
    func rfc4231(key: [UInt8], message: [UInt8], tag: String) {
        #expect(SHA256.hexadecimal(HMACSHA256(key: key).authenticate(message)) == tag)
    }

    /// Messages around the one- and two-block boundaries of the final padding.
    @Test(arguments: [0, 55, 56, 63, 64, 65, 119, 120, 200])
    func everyLengthMatchesTheDefinition(length: Int) {
        let key = Array(0..<40).map { UInt8($0 * 7 % 256) }
        let message = (0..<length).map { UInt8($0 % 251) }
        var block = key + [UInt8](repeating: 0, count: 24)
        let inner = SHA256.hash(block.map { $0 ^ 0x36 } + message)
        block = block.map { $0 ^ 0x5c }
        #expect(HMACSHA256(key: key).authenticate(message) == SHA256.hash(block + inner))
    }

    /// Four messages side by side give the tags the one-by-one path gives, for every length up to a block, in
    /// every lane, and for longer messages (which take the one-by-one path).
    @Test func fourLanesMatchOneByOne() {
        let hmac = HMACSHA256(key: Array(0..<32).map { UInt8($0 * 13 % 256) })
        for length in 0...70 {
            let messages = (0..<4).map { lane in (0..<(max(0, length - lane))).map { UInt8(($0 * 31 + lane) % 256) } }
            var tags = [UInt8](repeating: 0, count: 128)
            messages[0].withUnsafeBytes { first in
                messages[1].withUnsafeBytes { second in
                    messages[2].withUnsafeBytes { third in
                        messages[3].withUnsafeBytes { fourth in
                            tags.withUnsafeMutableBytes { hmac.authenticate(first, second, third, fourth, into: $0) }
                        }
                    }
                }
            }
            for lane in 0..<4 {
                #expect(
                    Array(tags[(lane * 32)..<(lane * 32 + 32)]) == hmac.authenticate(messages[lane]), "length \(length)"
                )
            }
        }
    }
}
