import Foundation
import OutreachModel
import Testing

@testable import OutreachFormats
@testable import OutreachLoading

/// Workbooks written by openpyxl and LibreOffice read as the CSV of their first sheet would; broken ones are
/// refused with the cell and what to do.
@Suite struct SheetTextTests {
    static let folder = FixtureWorkspace.fixtures.appendingPathComponent("workbooks")

    static func decode(_ name: String, sheet: String? = nil) throws -> SheetText.Outcome {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        return SheetText.decode(bytes, display: name, sheet: sheet)
    }

    @Test(arguments: ["monthly-openpyxl.xlsx", "monthly-libreoffice.xlsx"])
    func aSheetReadsAsItsCSV(name: String) throws {
        guard case .text(let text, let sheet) = try Self.decode(name) else {
            Issue.record("not read")
            return
        }
        #expect(sheet != nil)
        #expect(
            text == "月份,区域,点位类型,人次,单位数\n2026-10,440902,street,100,160\n2026-10,440904,fixed-site,300,480.5\n")
    }

    @Test func anotherSheetIsChosenByName() throws {
        guard case .text(let text, let sheet) = try Self.decode("monthly-openpyxl.xlsx", sheet: "说明") else {
            Issue.record("not read")
            return
        }
        #expect(sheet == "说明" && text == "仅供测试\n")
    }

    @Test func aDateCellReadsAsADate() throws {
        guard case .text(let text, _) = try Self.decode("date-cell.xlsx") else {
            Issue.record("not read")
            return
        }
        #expect(text == "日期,数\n2026-10-05,3\n")
    }

    @Test(
        arguments: [
            ("formula-without-value.xlsx", nil, WorkbookProblem.formulaWithoutValue, 4, 5),
            ("error-value.xlsx", nil, .errorValue("#REF!"), 3, 5),
            ("merged-header.xlsx", nil, .mergedHeader(range: "D1:E1"), 1, 4),
            ("monthly-openpyxl.xlsx", "月报", .noSuchSheet("月报", available: ["十月", "说明"]), nil, nil),
            ("bad-checksum.xlsx", nil, .badChecksum, nil, nil),
        ] as [(String, String?, WorkbookProblem, Int?, Int?)])
    func aBrokenWorkbookIsRefusedAtItsCell(
        name: String, sheet: String?, problem: WorkbookProblem, row: Int?, column: Int?
    )
        throws
    {
        guard case .failed(let found) = try Self.decode(name, sheet: sheet) else {
            Issue.record("read")
            return
        }
        // A byte changed inside a compressed part may break its DEFLATE stream rather than only its checksum.
        if name == "bad-checksum.xlsx" {
            #expect(found.kind == .workbook(.badChecksum) || found.kind == .workbook(.damaged))
        } else {
            #expect(found.kind == .workbook(problem))
        }
        #expect(found.location?.line == row && found.location?.column == column)
    }

    @Test func anOldExcelFileIsToldToBeSavedAsXLSX() throws {
        guard case .failed(let found) = try Self.decode("old-format.xls") else {
            Issue.record("read")
            return
        }
        #expect(found.kind == .fileShape(.oldOrEncryptedWorkbook))
    }

    @Test func aCellInASheetIsNamedInTheLocation() {
        let location = SourceLocation(file: "月报.xlsx", line: 12, column: 28, sheet: "十月")
        #expect(location.description == "月报.xlsx:12:28 (十月!AB12)")
    }
}
