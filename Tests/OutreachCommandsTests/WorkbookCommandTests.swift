import Foundation
import Testing

@testable import OutreachCommands
@testable import OutreachFormats

/// Workbooks in and out: table commands write `.xlsx`, `record` reads it, and the two round-trip.
@Suite struct WorkbookCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OutreachLoadingTests/Fixtures/workbooks")

    @Test func aTableCommandWritesAWorkbookWhoseCodesStayText() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let output = folder.deletingLastPathComponent().appendingPathComponent("区域.xlsx")
        let result = Repository.run([
            "regions", "--format", "xlsx", "--output", output.path, "--workspace", folder.path,
        ])
        #expect(result.exitCode == 0 && result.output.contains("1 个工作表"), "\(result.errorOutput)")
        let sheet = try SheetReader([UInt8](Data(contentsOf: output)))
        let codes = sheet.cells.filter { $0.column == 3 }.map(\.value)
        #expect(codes.first == "代码" && codes.contains("440902"))
        let missing = Repository.run(["regions", "--format", "xlsx", "--workspace", folder.path])
        #expect(missing.exitCode == 64 && missing.errorOutput.contains("output"))
        let actions = folder.deletingLastPathComponent().appendingPathComponent("措施.xlsx")
        let listed = Repository.run(
            ["actions", "list", "--format", "xlsx", "--output", actions.path, "--workspace", folder.path])
        #expect(listed.exitCode == 0, "\(listed.errorOutput)")
        #expect(try SheetReader([UInt8](Data(contentsOf: actions))).cells.first?.value == "编号")
    }

    /// The plan, the calibration and the backtest are tables too: each writes a workbook, a sheet per table.
    @Test func planCalibrationAndBacktestWriteWorkbooks() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let planned = Repository.run([
            "plan", "q1", "--from", "2026-12-01", "--to", "2026-12-31", "--workspace", folder.path,
        ])
        #expect(planned.exitCode == 0, "\(planned.errorOutput)")
        let cases: [(arguments: [String], sheets: Int, firstHeader: String)] = [
            (["plan", "show", "q1"], 3, "区域"),
            (["plan", "show", "q1", "--public"], 2, "地点"),
            (["calibrate"], 3, "月份"),
            (["backtest"], 2, "区县"),
        ]
        for (index, item) in cases.enumerated() {
            let output = folder.deletingLastPathComponent().appendingPathComponent("\(index).xlsx")
            let result = Repository.run(
                item.arguments + ["--format", "xlsx", "--output", output.path, "--workspace", folder.path])
            #expect(result.exitCode == 0, "\(item.arguments): \(result.errorOutput)")
            let bytes = [UInt8](try Data(contentsOf: output))
            let sheet = try SheetReader(bytes)
            #expect(sheet.sheetNames.count == item.sheets, "\(item.arguments): \(sheet.sheetNames)")
            #expect(sheet.cells.first?.value == item.firstHeader, "\(item.arguments)")
        }
        // The public schedule: the fixed sites, then the drives, their dates as dates and every address filled.
        let bytes = [UInt8](try Data(contentsOf: folder.deletingLastPathComponent().appendingPathComponent("1.xlsx")))
        let drives = try SheetReader(bytes, sheet: try SheetReader(bytes).sheetNames[1])
        let rows = Set(drives.cells.map(\.row)).subtracting([1])
        #expect(!rows.isEmpty && drives.cells.filter { $0.column == 1 && $0.row > 1 }.allSatisfy { $0.isDate })
        #expect(drives.cells.filter { $0.column == 5 && $0.row > 1 }.count == rows.count)
    }

    @Test func recordReadsAWorkbookAndNamesTheCell() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let good = Self.fixtures.appendingPathComponent("monthly-libreoffice.xlsx")
        let recorded = Repository.run(["record", "donations", good.path, "--replace", "--workspace", folder.path])
        #expect(recorded.exitCode == 0, "\(recorded.errorOutput)")
        let stored = try String(contentsOf: folder.appendingPathComponent("records/donations.csv"), encoding: .utf8)
        #expect(stored.contains("2026-10,440904,fixed-site,300,480.5"))

        let formula = Self.fixtures.appendingPathComponent("formula-without-value.xlsx")
        let refused = Repository.run(["record", "donations", formula.path, "--workspace", folder.path])
        #expect(refused.exitCode == 1 && refused.errorOutput.contains("formula-without-value.xlsx:4:5"))
    }

    /// What `record` refuses in a sheet names the cell as the spreadsheet does.
    @Test func aBadValueInASheetNamesItsCell() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheet = folder.deletingLastPathComponent().appendingPathComponent("月报.xlsx")
        let workbook = Workbook(sheets: [
            Workbook.Sheet(
                name: "十月", header: ["月份", "区域", "点位类型", "人次", "单位数"],
                rows: [[.text("2026-10"), .code("440902"), .text("street"), .integer(100), .text("很多")]])
        ])
        try Data(WorkbookWriter.xlsx(workbook)).write(to: sheet)
        let result = Repository.run(["record", "donations", sheet.path, "--workspace", folder.path])
        #expect(result.exitCode == 1 && result.errorOutput.contains("月报.xlsx:2:5 (十月!E2)"), "\(result.errorOutput)")
    }
}
