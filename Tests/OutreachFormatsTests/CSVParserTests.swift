import Testing

@testable import OutreachFormats

@Suite struct CSVParserTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "id,name,notes\r\n1,\"Hall, East\",\"said \"\"hi\"\"\"\r\n2,B,\"two\nlines\"\r\n3,C,\r\n"
        let records = try CSVParser.parse(text)
        #expect(
            records.map(\.fields) == [
                ["id", "name", "notes"], ["1", "Hall, East", "said \"hi\""], ["2", "B", "two\nlines"], ["3", "C", ""],
            ])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func skipsBlankLinesIncludingTrailingOnes() throws {
        let records = try CSVParser.parse("a,b\n\n1,2\n\r\n\n")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func readsLastRecordWithoutLineEnd() throws {
        #expect(try CSVParser.parse("a,b\n1,\"x\"").map(\.fields) == [["a", "b"], ["1", "x"]])
    }

    @Test func reportsWhereAnUnterminatedQuoteStarts() {
        #expect(throws: CSVSyntaxError(.unterminatedQuote, line: 2, column: 2)) {
            try CSVParser.parse("a,b\n1,\"never closed\n3,4\n")
        }
    }

    /// A row over the limits is refused at once with its line, whatever makes it long.
    @Test func rowsOverTheLimitsAreRefused() {
        let long = "a\n" + String(repeating: "x", count: CSVParser.maximumRowBytes + 10) + "\n"
        #expect(throws: CSVSyntaxError(.rowTooLong, line: 2, column: 1)) { try CSVParser.parse(long) }
        let wide = "a\n" + String(repeating: ",", count: CSVParser.maximumFields + 1) + "\n"
        #expect(throws: CSVSyntaxError(.tooManyFields, line: 2, column: 1)) { try CSVParser.parse(wide) }
    }

    /// `"12"3` is not 123 (or 12): a spreadsheet never writes text after a closing quote.
    @Test(arguments: ["a,b\n1,\"12\"3\n", "a,b\n1,\"12\" \n"])
    func textAfterAClosingQuoteIsRefused(text: String) throws {
        #expect(throws: CSVSyntaxError(.textAfterQuote, line: 2, column: 2)) { try CSVParser.parse(text) }
        #expect(try CSVParser.parse("a,b\r\n1,\"12\"\r\n").map(\.fields) == [["a", "b"], ["1", "12"]])
    }

    @Test(arguments: [
        ["plain", "with, comma", "with \"quote\"", "two\nlines", " edge ", "", "茂名市"],
        ["=1+1", "\r\n", ",", "\""],
    ])
    func writerOutputReadsBackUnchanged(fields: [String]) throws {
        let document = CSVWriter.document(header: fields.indices.map { "c\($0)" }, rows: [fields])
        #expect(document.hasPrefix("\u{FEFF}"))
        let records = try CSVParser.parse(String(document.dropFirst()))
        #expect(records.last?.fields == fields)
    }

    @Test func writerQuotesOnlyWhereNeededAndEndsLinesWithCRLF() {
        #expect(CSVWriter.line(["a", "b c", "d,e", "f\"g"]) == "a,b c,\"d,e\",\"f\"\"g\"\r\n")
    }
}
