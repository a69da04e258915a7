import Foundation
import Glibc
import OutreachModel
import Testing

@testable import OutreachCommands
@testable import OutreachLoading

/// Files that are not what a command expects fail fast, named for what they are, and change nothing.
@Suite struct HostileFileTests {
    static func recordDonations(_ file: URL, in folder: URL) -> CommandResult {
        Repository.run(["record", "donations", file.path, "--workspace", folder.path])
    }

    @Test func aFolderOrAPipeIsRefusedByWhatItIs() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let directory = folder.deletingLastPathComponent().appendingPathComponent("sheets")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let fifo = folder.deletingLastPathComponent().appendingPathComponent("pipe.csv")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let refusedFolder = Self.recordDonations(directory, in: folder)
        #expect(refusedFolder.exitCode == 1 && refusedFolder.errorOutput.contains("这是一个文件夹"))
        let refusedPipe = Self.recordDonations(fifo, in: folder)
        #expect(refusedPipe.exitCode == 1 && refusedPipe.errorOutput.contains("不是普通文件"), "\(refusedPipe.errorOutput)")
        let imported = Repository.run(["import", "records", fifo.path, "--workspace", folder.path])
        #expect(imported.exitCode == 1 && imported.errorOutput.contains("不是普通文件"), "\(imported.errorOutput)")
    }

    @Test(arguments: [
        ("月报\nmonth,region,venue_kind,visits,units\n2026-10,440902,street,100,160\n", "第 1 行像标题行,表头在第 2 行"),
        ("month\tregion\tvenue_kind\tvisits\tunits\n2026-10\t440902\tstreet\t100\t160\n", "制表符分隔"),
        ("month;region;venue_kind;visits;units\n2026-10;440902;street;100;160\n", "分号分隔"),
    ])
    func aFileOfAnotherShapeIsToldWhatItLooksLike(text: String, message: String) throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheet = folder.deletingLastPathComponent().appendingPathComponent("sheet.csv")
        try Data(text.utf8).write(to: sheet)
        let result = Self.recordDonations(sheet, in: folder)
        #expect(result.exitCode == 1)
        #expect(
            result.errorOutput.contains("sheet.csv:1:") && result.errorOutput.contains(message), "\(result.errorOutput)"
        )
    }

    @Test func aUTF16FileIsToldToBeSavedAsUTF8() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheet = folder.deletingLastPathComponent().appendingPathComponent("unicode.csv")
        let text = "month,region,venue_kind,visits,units\n2026-10,440902,street,100,160\n"
        try Data([0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: sheet)
        let result = Self.recordDonations(sheet, in: folder)
        #expect(result.exitCode == 1 && result.errorOutput.contains("UTF-16"), "\(result.errorOutput)")
    }

    /// An unclosed quote in a large export is refused at once with its line, not read to the end of memory.
    @Test func anUnclosedQuoteInALargeExportIsRefusedAtOnce() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let export = folder.deletingLastPathComponent().appendingPathComponent("quote.csv")
        let generator = ExportGenerator(
            workspace: try RecordImportTests.maoming(), from: CivilDate(year: 2026, month: 10, day: 1)!,
            to: CivilDate(year: 2026, month: 10, day: 31)!, seed: 5)
        _ = try generator.write(rows: 12_000, to: export)
        // A quote opened at the start of line 2 and never closed.
        var bytes = try Data(contentsOf: export)
        let secondLine = try #require(bytes.firstIndex(of: 0x0A)) + 1
        bytes.insert(0x22, at: secondLine)
        try bytes.write(to: export)
        let result = Repository.run([
            "import", "records", export.path, "--workspace", folder.path,
        ])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("quote.csv:2:"), "\(result.errorOutput)")
        // A line longer than the reader's limit (no line breaks at all) is refused at the limit, not read whole.
        var header = try Data(contentsOf: export)
        header.removeSubrange((try #require(header.firstIndex(of: 0x0A)) + 1)...)
        try (header + Data(repeating: 0x61, count: 3 << 20)).write(to: export)
        let long = Repository.run(["import", "records", export.path, "--workspace", folder.path])
        #expect(long.exitCode == 1)
        #expect(
            long.errorOutput.contains("quote.csv:2:") && long.errorOutput.contains("1024 KiB"), "\(long.errorOutput)")
    }

    @Test func aTrailingCommaInWorkspaceJSONIsLocated() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let settings = folder.appendingPathComponent("workspace.json")
        var text = try String(contentsOf: settings, encoding: .utf8)
        let close = try #require(text.lastIndex(of: "}"))
        let lastValueEnd = try #require(text[..<close].lastIndex { !$0.isWhitespace })
        text.insert(",", at: text.index(after: lastValueEnd))
        try Data(text.utf8).write(to: settings)
        let result = Repository.run(["check", "--workspace", folder.path])
        let shown = result.output + result.errorOutput
        #expect(result.exitCode != 0)
        #expect(shown.contains("workspace.json:") && shown.contains("多了一个逗号"), "\(shown)")
    }
}

/// Rows whose values have shifted, and headers that name a field twice, are refused with their place.
@Suite struct ShiftedRowTests {
    @Test(arguments: [
        ("month,region,venue_kind,visits,units\n2026-10,440902,street,100,1,2,3\n", "sheet.csv:2:", "表头只有 5 列"),
        (
            "month,月份,region,venue_kind,visits,units\n2026-10,2026-10,440902,street,100,160\n", "sheet.csv:1:2",
            "与第 1 列是同一项"
        ),
        (
            "month,region,venue_kind,visits,units\n" + String(repeating: "x", count: 2 << 20) + "\n", "sheet.csv:2:",
            "超过 1024 KiB"
        ),
    ])
    func refusedWithItsPlace(text: String, location: String, message: String) throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheet = folder.deletingLastPathComponent().appendingPathComponent("sheet.csv")
        try Data(text.utf8).write(to: sheet)
        let result = HostileFileTests.recordDonations(sheet, in: folder)
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains(location) && result.errorOutput.contains(message), "\(result.errorOutput)")
    }
}

/// Numbers are read strictly, each within the documented range, and nothing is stored when one is not.
@Suite struct StrictNumberTests {
    @Test(arguments: ["0x10", "1e+23", "1e-400", "\"12\"3", "9223372036854775808", "1000000001"])
    func aNumberThatIsNotPlainIsRefusedWithItsPlace(units: String) throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let sheet = folder.deletingLastPathComponent().appendingPathComponent("sheet.csv")
        try Data("month,region,venue_kind,visits,units\n2026-10,440902,street,100,\(units)\n".utf8).write(to: sheet)
        let donations = folder.appendingPathComponent("records/donations.csv")
        let before = try Data(contentsOf: donations)
        let result = HostileFileTests.recordDonations(sheet, in: folder)
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("sheet.csv:2:"), "\(result.errorOutput)")
        #expect(try Data(contentsOf: donations) == before)
    }
}
