import Glibc
import OutreachFormats

/// One CSV row as byte ranges into the reader's buffer: valid only inside the `forEachRow` call that passes it.
public struct CSVRow {
    let base: UnsafePointer<UInt8>
    /// Start and end offset of each field, in pairs.
    let bounds: UnsafePointer<Int>
    public let count: Int
    /// The line the row starts on (1-based, counting line breaks inside quoted fields).
    public let line: Int

    public func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < count else { return UnsafeBufferPointer(start: base, count: 0) }
        return UnsafeBufferPointer(start: base + bounds[2 * index], count: bounds[2 * index + 1] - bounds[2 * index])
    }

    public func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }
}

/// RFC 4180 CSV read straight from bytes, row by row, for files of millions of rows: no String per field, a
/// buffer that only grows for a row longer than it. Quoted fields (with doubled quotes, commas and line breaks)
/// are unquoted in place; a quote inside an unquoted field is an ordinary character, as in Excel; CRLF and LF both
/// end a row; blank lines are skipped.
public final class CSVRowReader {
    public struct UnterminatedQuote: Error, Equatable, Sendable {
        public var line: Int
    }

    /// Text between a closing quote and the next comma (`"12"3`): the value is not what the cell shows.
    public struct TextAfterQuote: Error, Equatable, Sendable {
        public var line: Int
    }

    /// A row longer than `maximumRowBytes` or with more than `maximumFields` fields: no export row is near either,
    /// so the file is refused at once (an unclosed quote, a file without line breaks, a binary file) rather than
    /// read into memory whole.
    public struct OversizedRow: Error, Equatable, Sendable {
        public var line: Int
        public var tooManyFields: Bool
    }

    /// The limits every CSV reader of the project keeps (`CSVParser.maximumRowBytes`, `maximumFields`).
    public static let maximumRowBytes = CSVParser.maximumRowBytes
    public static let maximumFields = CSVParser.maximumFields

    private let stream: ByteStream
    private var scanner: RowScanner

    public var encoding: ByteStream.Encoding { stream.encoding }
    /// The line the next row starts on: after the last row, one more than the file's lines.
    public var line: Int { scanner.line }

    public init(_ stream: ByteStream, bufferSize: Int = 1 << 20) {
        self.stream = stream
        scanner = RowScanner(stream: stream, bufferSize: bufferSize)
    }

    deinit { scanner.deallocate() }

    /// Calls `body` with every non-blank row, the header included. The scanning state is a local copy for the
    /// loop (class properties would be checked for exclusive access on every row), written back at the end.
    public func forEachRow(_ body: (CSVRow) throws -> Void) throws {
        var scanner = scanner
        defer { self.scanner = scanner }
        try scanner.forEachRow(body)
    }
}

/// The state of a reader between rows. Its buffers are allocated by hand: the loop touches them for every byte,
/// and an array would be checked for uniqueness on every write.
struct RowScanner {
    let stream: ByteStream
    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var start = 0
    var end = 0
    var finished = false
    var line = 1
    /// Start and end of each field of the current row, in pairs.
    var bounds: UnsafeMutablePointer<Int>
    var boundsCapacity = 64
    var fieldCount = 0
    /// Quoted fields of the current row with a doubled quote inside, undoubled once the row is complete.
    var doubledFields: [Int] = []

    init(stream: ByteStream, bufferSize: Int) {
        self.stream = stream
        capacity = max(bufferSize, 8)
        buffer = .allocate(capacity: capacity)
        bounds = .allocate(capacity: boundsCapacity * 2)
    }

    func deallocate() {
        buffer.deallocate()
        bounds.deallocate()
    }

    mutating func forEachRow(_ body: (CSVRow) throws -> Void) throws {
        while true {
            guard let (next, breaks) = try scanRow() else { return }
            let isBlank = fieldCount == 1 && bounds[0] == bounds[1]
            if !isBlank {
                try body(CSVRow(base: buffer, bounds: bounds, count: fieldCount, line: line))
            }
            line += breaks
            start = next
        }
    }

    /// Moves the unread bytes to the front and reads more; false at the end of the file.
    mutating func refill() throws -> Bool {
        guard !finished else { return false }
        if start > 0 {
            buffer.update(from: buffer + start, count: end - start)
            end -= start
            start = 0
        }
        if end - start > CSVRowReader.maximumRowBytes {
            throw CSVRowReader.OversizedRow(line: line, tooManyFields: false)
        }
        if capacity - end < 8 {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: buffer, count: end)
            buffer.deallocate()
            buffer = larger
            capacity *= 2
        }
        let got = try stream.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end))
        if got == 0 { finished = true }
        end += got
        return got > 0
    }

    /// The next row from `start`: where the one after it starts and how many line breaks it spans; nil at the end
    /// of the file.
    mutating func scanRow() throws -> (next: Int, breaks: Int)? {
        while true {
            if let found = try parse(atEnd: false) { return found }
            if !(try refill()) {
                // End of file: a last row without a line break, or nothing.
                guard end > start else { return nil }
                return try parse(atEnd: true)
            }
        }
    }

    /// Parses the row at `start` in one pass, field by field; nil when the buffer ends before the row does (the
    /// buffer is left untouched, so the row is parsed again after a refill).
    mutating func parse(atEnd: Bool) throws -> (next: Int, breaks: Int)? {
        let base = buffer
        let end = end
        var index = start
        var fields = 0
        var breaks = 0
        doubledFields.removeAll(keepingCapacity: true)
        while true {
            if fields == boundsCapacity {
                guard fields < CSVRowReader.maximumFields else {
                    throw CSVRowReader.OversizedRow(line: line, tooManyFields: true)
                }
                growBounds()
            }
            var fieldStart = index
            var fieldEnd: Int
            let separator: Int
            if index < end && base[index] == 0x22 {
                fieldStart = index + 1
                var read = fieldStart
                while true {
                    let found = Self.first(0x22, 0x0A, in: base, from: read, to: end)
                    if found == end {
                        if atEnd { throw CSVRowReader.UnterminatedQuote(line: line) }
                        return nil
                    }
                    if base[found] == 0x0A {
                        breaks += 1
                        read = found + 1
                    } else if found + 1 == end && !atEnd {
                        return nil  // a closing or a doubled quote: the next byte tells
                    } else if found + 1 < end && base[found + 1] == 0x22 {
                        if doubledFields.last != fields { doubledFields.append(fields) }
                        read = found + 2
                    } else {
                        fieldEnd = found
                        read = found + 1
                        break
                    }
                }
                // Only a CR may stand between the closing quote and the separator.
                separator = Self.first(0x2C, 0x0A, in: base, from: read, to: end)
                if separator > read && !(separator == read + 1 && base[read] == 0x0D) {
                    if separator == end && !atEnd { return nil }
                    throw CSVRowReader.TextAfterQuote(line: line + breaks)
                }
            } else {
                separator = Self.first(0x2C, 0x0A, in: base, from: index, to: end)
                fieldEnd = separator
            }
            if separator == end && !atEnd { return nil }
            let lastField = separator == end || base[separator] == 0x0A
            if lastField && fieldStart == index && fieldEnd > fieldStart && base[fieldEnd - 1] == 0x0D { fieldEnd -= 1 }
            bounds[2 * fields] = fieldStart
            bounds[2 * fields + 1] = fieldEnd
            fields += 1
            if lastField {
                fieldCount = fields
                for field in doubledFields { undouble(field) }
                return separator < end ? (separator + 1, breaks + 1) : (end, breaks)
            }
            index = separator + 1
        }
    }

    /// `a""b` → `a"b`, shifting the field's bytes left in place.
    mutating func undouble(_ field: Int) {
        var read = bounds[2 * field]
        var write = read
        let end = bounds[2 * field + 1]
        while read < end {
            buffer[write] = buffer[read]
            read += buffer[read] == 0x22 ? 2 : 1
            write += 1
        }
        bounds[2 * field + 1] = write
    }

    mutating func growBounds() {
        let larger = UnsafeMutablePointer<Int>.allocate(capacity: boundsCapacity * 4)
        larger.moveInitialize(from: bounds, count: boundsCapacity * 2)
        bounds.deallocate()
        bounds = larger
        boundsCapacity *= 2
    }

    /// The offset of the first `a` or `b` in `from..<to`, or `to`: eight bytes at a time. A byte equal to the
    /// pattern becomes zero after the XOR; `(x - 0x01…) & ~x & 0x80…` flags zero bytes, and on a little-endian
    /// machine the lowest flag is always a true one (a borrow only runs upward from a true zero).
    @inline(__always)
    static func first(_ a: UInt8, _ b: UInt8, in base: UnsafeMutablePointer<UInt8>, from: Int, to: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let patternA = ones &* UInt64(a)
        let patternB = ones &* UInt64(b)
        let raw = UnsafeRawPointer(base)
        var index = from
        while index + 8 <= to {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let x = word ^ patternA
            let y = word ^ patternB
            let flags = (((x &- ones) & ~x) | ((y &- ones) & ~y)) & highs
            if flags != 0 { return index + flags.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < to {
            if base[index] == a || base[index] == b { return index }
            index += 1
        }
        return to
    }
}
