import OutreachModel
import Testing

@testable import OutreachFormats

@Suite struct WorkbookWriterTests {
    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    /// The archive ends in an end-of-central-directory record that counts its entries and points at the directory,
    /// whose first entry is the first local header; the same workbook gives the same bytes.
    @Test func theArchiveIsAWellFormedStoredZip() throws {
        let workbook = Workbook(sheets: [Workbook.Sheet(name: "区域", header: ["代码"], rows: [[.code("000068")]])])
        let bytes = WorkbookWriter.xlsx(workbook)
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let end = bytes.count - 22
        #expect(Array(bytes[end..<(end + 4)]) == [0x50, 0x4B, 0x05, 0x06])
        func read16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func read32(_ at: Int) -> Int { read16(at) | read16(at + 2) << 16 }
        #expect(read16(end + 10) == 7)  // content types, rels, workbook, its rels, styles, strings, one sheet
        let directory = read32(end + 16)
        #expect(read32(directory) == 0x0201_4B50 && read32(directory + 42) == 0)
        #expect(bytes == WorkbookWriter.xlsx(workbook))
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func columnLetters(index: Int, letters: String) {
        #expect(WorkbookWriter.column(index) == letters)
    }

    @Test(arguments: [(2026, 12, 6, 46362), (1900, 3, 1, 61), (1970, 1, 1, 25569)])
    func datesAreExcelSerials(year: Int, month: Int, day: Int, serial: Int) {
        let date = CivilDate(year: year, month: month, day: day)!
        #expect(date.excelSerial == serial)
        #expect(CivilDate(excelSerial: Double(serial) + 0.75) == date)
    }

    /// Printed, a sheet fits the page's width with its header on every page; a wide one prints across A4.
    @Test func sheetsPrintOnA4WithTheirHeaderRepeated() throws {
        let narrow = Workbook.Sheet(name: "窄", header: ["区域", "人次"], rows: [[.text("茂南区"), .integer(12)]])
        let wide = Workbook.Sheet(
            name: "宽", header: (1...12).map { "第\($0)列很长的标题" }, rows: [(1...12).map { .integer($0) }])
        let parts = try ZipReader(WorkbookWriter.xlsx(Workbook(sheets: [narrow, wide])))
        func text(_ name: String) throws -> String { String(decoding: try parts.read(name) ?? [], as: UTF8.self) }
        let first = try text("xl/worksheets/sheet1.xml")
        let second = try text("xl/worksheets/sheet2.xml")
        #expect(
            first.contains("<pageSetUpPr fitToPage=\"1\"/>") && first.contains("fitToWidth=\"1\" fitToHeight=\"0\""))
        #expect(first.contains("paperSize=\"9\" orientation=\"portrait\""))
        #expect(second.contains("orientation=\"landscape\""))
        let workbook = try text("xl/workbook.xml")
        #expect(
            workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'宽'!$1:$1</definedName>"))
    }

    @Test(arguments: [
        ("000000000068", "=\"000000000068\""), ("440902000000", "=\"440902000000\""), ("440902", "440902"),
        ("0", "0"), ("0.5", "0.5"), ("D000123", "D000123"), ("", ""),
    ])
    func codesThatSpreadsheetsWouldSpoilStayText(field: String, written: String) {
        #expect(CSVWriter.keepingText(field) == written)
    }

    @Test func sheetNamesAreWhatExcelAccepts() {
        let names = WorkbookWriter.sheetNames(["指标/灯", "", String(repeating: "长", count: 40), "指标灯", "a"])
        #expect(names[0] == "指标灯" && names[1] == "Sheet2" && names[2].count == 31 && names[3] == "指标灯 (2)")
    }

    @Test func cellsKeepTheirTypes() {
        var strings = SharedStrings()
        #expect(
            WorkbookWriter.cell(.integer(1234), reference: "B2", strings: &strings)
                == "<c r=\"B2\" s=\"2\"><v>1234</v></c>")
        #expect(
            WorkbookWriter.cell(.percent(0.953), reference: "C2", strings: &strings)
                == "<c r=\"C2\" s=\"6\"><v>0.953</v></c>")
        #expect(
            WorkbookWriter.cell(.code("000000000068"), reference: "A2", strings: &strings)
                == "<c r=\"A2\" s=\"8\" t=\"s\"><v>0</v></c>")
        #expect(WorkbookWriter.cell(.number(.nan, digits: 1), reference: "D2", strings: &strings) == "")
        #expect(strings.part.contains("<t xml:space=\"preserve\">000000000068</t>"))
    }

    @Test func textIsEscapedAndControlCharactersDropped() {
        #expect(XMLText.escape("a<b & \"c\"\u{1}\n") == "a&lt;b &amp; &quot;c&quot;\n")
    }
}
