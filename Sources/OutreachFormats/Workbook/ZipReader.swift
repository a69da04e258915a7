/// Reads the entries of a zip archive (PKWARE APPNOTE) from its central directory: stored and DEFLATE entries, each
/// checked against its CRC-32. Enough for the workbooks staff send; no Zip64, no encryption (refused by name).
public struct ZipReader: Sendable {
    public enum Failure: Error, Equatable, Sendable {
        /// No end-of-central-directory record: not a zip (a `.xls` from before 2007, a renamed CSV, a damaged file).
        case notAZip
        case truncated
        case encrypted(String)
        case unsupportedMethod(String, method: Int)
        case badChecksum(String)
        case damaged(String)
    }

    struct Entry {
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeader: Int
    }

    let bytes: [UInt8]
    let entries: [String: Entry]
    /// Entry names in the archive's order.
    public let names: [String]

    public init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end record is the last 22 bytes, or further back by a comment of up to 64 KiB.
        guard bytes.count >= 22 else { throw .notAZip }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while end >= lowest && u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw .notAZip }
        let count = u16(end + 10)
        var position = u32(end + 16)
        var entries: [String: Entry] = [:]
        var names: [String] = []
        for _ in 0..<count {
            guard position + 46 <= bytes.count, u32(position) == 0x0201_4B50 else { throw .truncated }
            let nameLength = u16(position + 28)
            let extraLength = u16(position + 30)
            let commentLength = u16(position + 32)
            guard position + 46 + nameLength <= bytes.count else { throw .truncated }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(
                method: u16(position + 10), flags: u16(position + 8), crc: UInt32(u32(position + 16)),
                compressedSize: u32(position + 20), size: u32(position + 24), localHeader: u32(position + 42))
            names.append(name)
            position += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
        self.names = names
    }

    public func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The entry's bytes, decompressed and checked; nil when the archive has no such entry.
    public func read(_ name: String, limit: Int = 1 << 30) throws(Failure) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        if entry.flags & 1 == 1 { throw .encrypted(name) }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        let header = entry.localHeader
        guard header + 30 <= bytes.count, u16(header) | u16(header + 2) << 16 == 0x0403_4B50 else {
            throw .damaged(name)
        }
        let start = header + 30 + u16(header + 26) + u16(header + 28)
        guard start + entry.compressedSize <= bytes.count else { throw .truncated }
        let raw = Array(bytes[start..<(start + entry.compressedSize)])
        let content: [UInt8]
        switch entry.method {
        case 0: content = raw
        case 8:
            do { content = try Inflate.decompress(raw, limit: min(limit, max(entry.size, 0) + 1)) } catch {
                throw .damaged(name)
            }
        default: throw .unsupportedMethod(name, method: entry.method)
        }
        guard content.count == entry.size, CRC32.checksum(content) == entry.crc else { throw .badChecksum(name) }
        return content
    }
}
