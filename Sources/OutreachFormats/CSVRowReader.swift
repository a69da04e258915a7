import Glibc

/// One CSV row as byte ranges into the reader's buffer: valid only inside the `forEachRow` call that passes it.
public struct CSVRow {
    let base: UnsafePointer<UInt8>
    let starts: UnsafeBufferPointer<Int>
    let ends: UnsafeBufferPointer<Int>
    /// The line the row starts on (1-based, counting line breaks inside quoted fields).
    public let line: Int

    public var count: Int { starts.count }

    public func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < starts.count else { return UnsafeBufferPointer(start: base, count: 0) }
        return UnsafeBufferPointer(start: base + starts[index], count: ends[index] - starts[index])
    }

    public func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }
}

/// RFC 4180 CSV read straight from bytes, row by row, for files of millions of rows: no String per field, a
/// buffer that only grows for a row longer than it. Quoted fields (with doubled quotes, commas and line breaks)
/// are unquoted in place; CRLF and LF both end a row; blank lines are skipped.
public final class CSVRowReader {
    public struct UnterminatedQuote: Error, Equatable, Sendable {
        public var line: Int
    }

    private let stream: ByteStream
    private var scanner: RowScanner

    public var encoding: ByteStream.Encoding { stream.encoding }

    public init(_ stream: ByteStream, bufferSize: Int = 1 << 20) {
        self.stream = stream
        scanner = RowScanner(stream: stream, bufferSize: bufferSize)
    }

    /// Calls `body` with every non-blank row, the header included. The scanning state is a local value for the
    /// loop (class properties would be checked for exclusive access on every row).
    public func forEachRow(_ body: (CSVRow) throws -> Void) throws {
        var scanner = RowScanner(stream: stream, bufferSize: 0)
        swap(&scanner, &self.scanner)
        defer { swap(&scanner, &self.scanner) }
        try scanner.forEachRow(body)
    }
}

/// The state of a reader between rows.
struct RowScanner {
    let stream: ByteStream
    var buffer: [UInt8]
    var start = 0
    var end = 0
    var finished = false
    var line = 1
    var starts: [Int] = []
    var ends: [Int] = []
    /// Line breaks in the row just parsed, its own included.
    var rowBreaks = 0

    init(stream: ByteStream, bufferSize: Int) {
        self.stream = stream
        buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    mutating func forEachRow(_ body: (CSVRow) throws -> Void) throws {
        while true {
            guard let rowEnd = try scanRow() else { return }
            let isBlank = starts.count == 1 && ends[0] == starts[0]
            if !isBlank {
                let line = line
                try buffer.withUnsafeBufferPointer { pointer in
                    try starts.withUnsafeBufferPointer { starts in
                        try ends.withUnsafeBufferPointer { ends in
                            try body(CSVRow(base: pointer.baseAddress!, starts: starts, ends: ends, line: line))
                        }
                    }
                }
            }
            line += rowBreaks
            start = rowEnd.next
        }
    }

    /// Moves the unread bytes to the front and reads more; false at the end of the file.
    mutating func refill() throws -> Bool {
        guard !finished else { return false }
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { pointer in
                let base = pointer.baseAddress!
                base.update(from: base + start, count: end - start)
            }
            end -= start
            start = 0
        }
        if buffer.count - end < 8 { buffer += [UInt8](repeating: 0, count: max(8, buffer.count)) }
        let stream = stream
        let got = try buffer.withUnsafeMutableBytes { raw in
            try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[end...]))
        }
        if got == 0 { finished = true }
        end += got
        return got > 0
    }

    /// Finds the next row from `start`, filling `starts`/`ends`; nil at the end of the file.
    mutating func scanRow() throws -> (end: Int, next: Int)? {
        while true {
            if let found = try parse() { return found }
            if !(try refill()) {
                // End of file: a last row without a line break, or nothing.
                guard end > start else { return nil }
                return try parse(atEnd: true)
            }
        }
    }

    /// Parses one row starting at `start` if it is complete in the buffer: first finds its end (a line break
    /// outside quotes), then splits and unquotes its fields in place.
    mutating func parse(atEnd: Bool = false) throws -> (end: Int, next: Int)? {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        let end = end
        let line = line
        let start = start
        var rowBreaks = 0
        defer { self.rowBreaks = rowBreaks }
        var starts = starts
        var ends = ends
        self.starts = []
        self.ends = []
        defer {
            self.starts = starts
            self.ends = ends
        }
        return try buffer.withUnsafeMutableBufferPointer { pointer throws -> (end: Int, next: Int)? in
            // Fast path: the next line break, and whether a quote comes before it (then scan quote by quote).
            let base = pointer.baseAddress!
            var rowEnd = start
            var inQuotes = false
            var breaks = 0
            let newline = memchr(base + start, 0x0A, end - start).map { $0.assumingMemoryBound(to: UInt8.self) - base }
            let limit = newline ?? end
            if memchr(base + start, 0x22, limit - start) == nil {
                rowEnd = limit
            } else {
                while rowEnd < end {
                    let byte = pointer[rowEnd]
                    if byte == 0x22 {
                        inQuotes.toggle()
                    } else if byte == 0x0A {
                        if !inQuotes { break }
                        breaks += 1
                    }
                    rowEnd += 1
                }
            }
            if rowEnd == end {
                guard atEnd else { return nil }
                if inQuotes { throw CSVRowReader.UnterminatedQuote(line: line) }
                if rowEnd == start { return nil }
            }
            rowBreaks = breaks + (rowEnd < end ? 1 : 0)
            let next = rowEnd < end ? rowEnd + 1 : rowEnd
            var index = start
            while true {
                if index < rowEnd && pointer[index] == 0x22 {
                    // A quoted field: copy its content one byte left, undoubling quotes.
                    var read = index + 1
                    var write = index
                    while read < rowEnd {
                        if pointer[read] == 0x22 {
                            if read + 1 < rowEnd && pointer[read + 1] == 0x22 {
                                pointer[write] = 0x22
                                write += 1
                                read += 2
                                continue
                            }
                            read += 1
                            break
                        }
                        pointer[write] = pointer[read]
                        write += 1
                        read += 1
                    }
                    starts.append(index)
                    ends.append(write)
                    // Anything between the closing quote and the separator (a CR) is left out.
                    while read < rowEnd && pointer[read] != 0x2C { read += 1 }
                    index = read
                } else {
                    let fieldStart = index
                    while index < rowEnd && pointer[index] != 0x2C { index += 1 }
                    var fieldEnd = index
                    if index == rowEnd && fieldEnd > fieldStart && pointer[fieldEnd - 1] == 0x0D { fieldEnd -= 1 }
                    starts.append(fieldStart)
                    ends.append(fieldEnd)
                }
                if index >= rowEnd { return (rowEnd, next) }
                index += 1  // the comma
            }
        }
    }
}
