/// A zip archive (PKWARE APPNOTE 6.3) of stored entries: no compression, so no DEFLATE encoder is needed, and every
/// reader (Excel, WPS, LibreOffice, `unzip`) opens it. Names are UTF-8 (flag bit 11); times are fixed, so the same
/// content gives the same bytes. Sizes stay under 4 GiB (no Zip64): a workbook of tables is far smaller.
public struct ZipWriter: Sendable {
    struct Entry {
        var name: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// 1980-01-01 00:00, the earliest DOS date: the archive does not depend on the clock.
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    public init() {}

    public mutating func add(_ name: String, _ content: [UInt8]) {
        let entry = Entry(
            name: Array(name.utf8), crc: CRC32.checksum(content), size: UInt32(content.count),
            offset: UInt32(bytes.count))
        append32(0x0403_4B50)
        common(entry)
        bytes += entry.name
        bytes += content
        entries.append(entry)
    }

    /// The archive: the entries, then the central directory and its end record.
    public mutating func finish() -> [UInt8] {
        let directory = bytes.count
        for entry in entries {
            append32(0x0201_4B50)
            append16(20)  // made by: version 2.0
            common(entry)
            append16(0)  // comment length
            append16(0)  // disk number
            append16(0)  // internal attributes
            append32(0)  // external attributes
            append32(entry.offset)
            bytes += entry.name
        }
        let size = bytes.count - directory
        append32(0x0605_4B50)
        append16(0)
        append16(0)
        append16(UInt16(entries.count))
        append16(UInt16(entries.count))
        append32(UInt32(size))
        append32(UInt32(directory))
        append16(0)
        return bytes
    }

    /// The fields local headers and central directory entries share, from "version needed" to "extra length".
    private mutating func common(_ entry: Entry) {
        append16(20)  // version needed: 2.0
        append16(0x0800)  // UTF-8 names
        append16(0)  // stored
        append16(Self.dosTime)
        append16(Self.dosDate)
        append32(entry.crc)
        append32(entry.size)
        append32(entry.size)
        append16(UInt16(entry.name.count))
        append16(0)  // extra length
    }

    private mutating func append16(_ value: UInt16) {
        bytes += [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    private mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
