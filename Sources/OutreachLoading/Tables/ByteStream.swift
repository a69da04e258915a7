import Glibc

/// Bytes read from a file in chunks, as UTF-8: a byte-order mark is dropped, and a file that is not UTF-8 is
/// converted from GB18030 (what Chinese Excel writes) through iconv as it is read. Memory stays at the chunk size
/// whatever the file's size.
public final class ByteStream {
    public enum Failure: Error, Equatable, Sendable {
        /// With the system's error number.
        case cannotOpen(code: Int32)
        /// Neither UTF-8 nor GB18030 from this byte offset on.
        case undecodable(offset: Int)
    }

    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 (BOM)"
        case gb18030 = "GB18030"
    }

    private let descriptor: Int32
    private var converter: iconv_t?
    private var raw: [UInt8]
    private var rawCount = 0
    private var rawOffset = 0
    private var consumed = 0
    private var atEnd = false
    /// File bytes left to read in the stream's range.
    private var remaining: Int
    public private(set) var encoding: Encoding = .utf8

    /// A stream over the whole file, or over `range` of its bytes (for reading a large file in parallel pieces
    /// split at line breaks). A piece that does not start the file is read in the `encoding` the whole file was
    /// found to have.
    public init(path: String, chunkSize: Int = 1 << 20, range: Range<Int>? = nil, encoding known: Encoding? = nil)
        throws(Failure)
    {
        // Not blocking: opening a FIFO would otherwise wait for a writer before it could be refused.
        descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw .cannotOpen(code: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, let refusal = InputFile.refusal(mode: status.st_mode) {
            close(descriptor)
            throw .cannotOpen(code: refusal)
        }
        remaining = range?.count ?? Int.max
        if let range, range.lowerBound > 0, lseek(descriptor, off_t(range.lowerBound), SEEK_SET) < 0 {
            throw .cannotOpen(code: errno)
        }
        // At least 64 bytes: enough to see a byte-order mark and to tell UTF-8 from GB18030.
        raw = [UInt8](repeating: 0, count: max(64, chunkSize))
        fillRaw()
        if let known {
            encoding = known
            if known == .gb18030 { try openConverter() }
        } else if rawCount >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF {
            rawOffset = 3
            encoding = .utf8WithBOM
        } else if let bad = Self.firstInvalidUTF8(raw[0..<rawCount]) as (offset: Int?, characters: Int)?,
            let offset = bad.offset
        {
            // UTF-8 up to a damaged byte: say where, rather than read the whole file as GB18030 and fail at line 1.
            // (Every property is set: deinit closes the file.)
            if bad.characters >= Self.utf8Evidence {
                throw .undecodable(offset: (range?.lowerBound ?? 0) + offset)
            }
            encoding = .gb18030
            try openConverter()
        }
    }

    private func openConverter() throws(Failure) {
        let handle = iconv_open("UTF-8", "GB18030")
        guard handle != iconv_t(bitPattern: -1) else { throw .undecodable(offset: 0) }
        converter = handle
    }

    /// The line (from 1) the byte at `offset` is on, for errors found by offset (undecodable bytes).
    public static func line(at offset: Int, in path: String) -> Int {
        guard let file = fopen(path, "rb") else { return 1 }
        defer { fclose(file) }
        var line = 1
        var left = offset
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while left > 0 {
            let read = fread(&chunk, 1, min(left, chunk.count), file)
            guard read > 0 else { break }
            line += chunk[0..<read].count(where: { $0 == 0x0A })
            left -= read
        }
        return line
    }

    /// The size of a file in bytes.
    public static func size(of path: String) -> Int? {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : nil
    }

    /// Offsets that cut a file into `pieces` ranges of about equal size, each ending just after a line break; fewer
    /// when the file has fewer line breaks. The breaks may fall inside quoted fields: a reader of a piece finds out.
    public static func lineAlignedPieces(of path: String, pieces: Int) -> [Range<Int>] {
        let size = size(of: path) ?? 0
        guard pieces > 1, size > 0 else { return [0..<size] }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return [0..<size] }
        defer { close(descriptor) }
        var cuts = [0]
        var window = [UInt8](repeating: 0, count: 1 << 16)
        for piece in 1..<pieces {
            var offset = max(size * piece / pieces, cuts.last!)
            var cut: Int?
            while cut == nil && offset < size {
                let got = window.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
                guard got > 0 else { break }
                cut = window.withUnsafeBytes { bytes in
                    memchr(bytes.baseAddress!, 0x0A, got).map {
                        offset + (UnsafeRawPointer($0) - bytes.baseAddress!) + 1
                    }
                }
                offset += got
            }
            if let cut, cut < size, cut > cuts.last! { cuts.append(cut) }
        }
        cuts.append(size)
        return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
    }

    deinit {
        if let converter { iconv_close(converter) }
        close(descriptor)
    }

    /// Whether a chunk is UTF-8, allowing a sequence cut off at its end.
    static func looksLikeUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        firstInvalidUTF8(bytes).offset == nil
    }

    /// Where the first byte that cannot be UTF-8 is (nil: none), and how many multi-byte characters come before it.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (offset: Int?, characters: Int) {
        var index = bytes.startIndex
        var characters = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length =
                byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0 else { return (index - bytes.startIndex, characters) }
            for next in 1..<length where index + next < bytes.endIndex {
                guard bytes[index + next] >> 6 == 0b10 else { return (index - bytes.startIndex, characters) }
            }
            if length > 1 { characters += 1 }
            index += length
        }
        return (nil, characters)
    }

    /// Valid multi-byte UTF-8 characters before the first invalid byte that make a file damaged UTF-8 rather than
    /// GB18030 (whose two-byte characters seldom form even a few UTF-8 sequences in a row).
    static let utf8Evidence = 16

    private func fillRaw() {
        if rawOffset > 0 {
            raw.withUnsafeMutableBufferPointer { buffer in
                let base = buffer.baseAddress!
                base.update(from: base + rawOffset, count: rawCount - rawOffset)
            }
            rawCount -= rawOffset
            rawOffset = 0
        }
        while rawCount < raw.count {
            let wanted = min(raw.count - rawCount, remaining)
            let got =
                wanted == 0
                ? 0 : raw.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + rawCount, wanted) }
            if got <= 0 {
                atEnd = true
                break
            }
            rawCount += got
            remaining -= got
        }
    }

    /// Reads up to `buffer.count` UTF-8 bytes into `buffer` (at least 4 bytes long, room for any character);
    /// 0 at the end of the file.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        if converter == nil && rawOffset == rawCount && !atEnd {
            // UTF-8 with nothing left over: straight from the file into the caller's buffer, without a copy.
            let wanted = min(buffer.count, remaining)
            let got = wanted == 0 ? 0 : Glibc.read(descriptor, buffer.baseAddress!, wanted)
            if got <= 0 {
                atEnd = true
                return 0
            }
            remaining -= got
            consumed += got
            return got
        }
        if rawOffset == rawCount {
            if atEnd { return 0 }
            fillRaw()
            if rawCount == 0 { return 0 }
        }
        guard let converter else {
            let count = min(buffer.count, rawCount - rawOffset)
            raw.withUnsafeBytes { source in
                buffer.baseAddress!.copyMemory(from: source.baseAddress! + rawOffset, byteCount: count)
            }
            rawOffset += count
            consumed += count
            return count
        }
        // iconv: convert what is there; an incomplete sequence at the chunk's end waits for the next read.
        var produced = 0
        var failed = false
        var incomplete = false
        raw.withUnsafeMutableBytes { source in
            var input: UnsafeMutablePointer<CChar>? =
                source.baseAddress!.assumingMemoryBound(to: CChar.self) + rawOffset
            var inputLeft = rawCount - rawOffset
            var output: UnsafeMutablePointer<CChar>? = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            var outputLeft = buffer.count
            let result = iconv(converter, &input, &inputLeft, &output, &outputLeft)
            let used = rawCount - rawOffset - inputLeft
            rawOffset += used
            consumed += used
            produced = buffer.count - outputLeft
            if result == -1 && errno == EILSEQ && produced == 0 { failed = true }
            if result == -1 && errno == EINVAL { incomplete = true }
        }
        if failed { throw .undecodable(offset: consumed) }
        if produced == 0 && incomplete {
            // An incomplete sequence: move it to the front and read more, or fail at the end of the file.
            if atEnd { throw .undecodable(offset: consumed) }
            fillRaw()
            return try read(into: buffer)
        }
        return produced
    }
}
