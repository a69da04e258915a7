import Foundation
import OutreachModel
import Testing

@testable import OutreachFormats
@testable import OutreachLoading

/// The streaming reader against the in-memory parser, over awkward buffer sizes and both encodings.
@Suite struct CSVRowReaderTests {
    static func write(_ bytes: [UInt8]) throws -> (path: String, cleanUp: () -> Void) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rows-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        return (url.path, { try? FileManager.default.removeItem(at: url) })
    }

    static func rows(_ path: String, chunk: Int, buffer: Int) throws -> [CSVRecord] {
        let reader = CSVRowReader(try ByteStream(path: path, chunkSize: chunk), bufferSize: buffer)
        var rows: [CSVRecord] = []
        try reader.forEachRow { row in rows.append(CSVRecord(fields: (0..<row.count).map(row.string), line: row.line)) }
        return rows
    }

    /// Random CSV with quotes, commas, line breaks, CRLF and Chinese text, from a seed.
    static func document(seed: UInt64) -> String {
        var random = SeededRandom(seed: seed)
        let pieces = ["献血", "茂南区", "a,b", "say \"hi\"", "two\nlines", "", "400ml", " x ", "2026/1/5"]
        var text = ""
        for _ in 0..<40 {
            let fields = (0..<(1 + Int(random.next() % 5))).map { _ -> String in
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                let needsQuotes = piece.contains(",") || piece.contains("\"") || piece.contains("\n")
                return needsQuotes ? "\"" + piece.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : piece
            }
            text += fields.joined(separator: ",") + (random.next() % 2 == 0 ? "\r\n" : "\n")
        }
        return text
    }

    @Test(arguments: [(1, 4), (3, 16), (7, 1 << 16), (1 << 20, 1 << 20)])
    func matchesTheInMemoryParser(chunk: Int, buffer: Int) throws {
        for seed in 1...5 as ClosedRange<UInt64> {
            let text = Self.document(seed: seed)
            let expected = try CSVParser.parse(text).filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
            for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8), TextDecoder.gb18030(text)] {
                let (path, cleanUp) = try Self.write(bytes)
                defer { cleanUp() }
                #expect(try Self.rows(path, chunk: chunk, buffer: buffer) == expected, "seed \(seed)")
            }
        }
    }

    @Test func reportsTheEncodingAndALastRowWithoutLineBreak() throws {
        let (path, cleanUp) = try Self.write(TextDecoder.gb18030("日期,地区\n2026/1/5,茂南区"))
        defer { cleanUp() }
        let reader = CSVRowReader(try ByteStream(path: path))
        var rows: [[String]] = []
        try reader.forEachRow { row in rows.append((0..<row.count).map(row.string)) }
        #expect(reader.encoding == .gb18030)
        #expect(rows == [["日期", "地区"], ["2026/1/5", "茂南区"]])
    }

    @Test func textAfterAClosingQuoteIsRefusedWithItsLine() throws {
        let (path, cleanUp) = try Self.write(Array("a,b\n1,2\n\"x\ny\"z,5\n".utf8))
        defer { cleanUp() }
        #expect(throws: CSVRowReader.TextAfterQuote(line: 4)) {
            try CSVRowReader(try ByteStream(path: path)).forEachRow { _ in }
        }
        let (crlf, cleanUpCRLF) = try Self.write(Array("a,b\r\n1,\"2\"\r\n".utf8))
        defer { cleanUpCRLF() }
        var rows: [[String]] = []
        try CSVRowReader(try ByteStream(path: crlf)).forEachRow { row in rows.append((0..<row.count).map(row.string)) }
        #expect(rows == [["a", "b"], ["1", "2"]])
    }

    @Test func anUnclosedQuoteNamesTheLineItStartsOn() throws {
        let (path, cleanUp) = try Self.write(Array("a,b\n1,2\n3,\"open\n4,5\n".utf8))
        defer { cleanUp() }
        #expect(throws: CSVRowReader.UnterminatedQuote(line: 3)) {
            try CSVRowReader(try ByteStream(path: path)).forEachRow { _ in }
        }
    }
}

/// A UTF-8 file with one damaged byte is told where it is, not read as GB18030 and refused at line 1.
@Suite struct DamagedUTF8Tests {
    @Test func theDamagedByteIsLocated() throws {
        var bytes = Array(("地区,人数\n" + String(repeating: "茂南区,12\n", count: 30)).utf8)
        let offset = try #require(bytes.lastIndex(of: 0x31))  // the last line's "12"
        bytes[offset] = 0xFF
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID().uuidString).csv")
        try Data(bytes).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        #expect(throws: ByteStream.Failure.undecodable(offset: offset)) { _ = try ByteStream(path: path.path) }
        #expect(ByteStream.line(at: offset, in: path.path) == 31)  // the header and 30 rows
    }
}
