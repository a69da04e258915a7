import Foundation
import Testing

@testable import OutreachCommands

/// `check` reads `records/`: every table, the audit log line by line, and each table against its last audit line.
@Suite struct RecordCheckTests {
    static func check(_ folder: URL) -> CommandResult {
        Repository.run(["check", "--workspace", folder.path])
    }

    @Test func theSampleRecordsPass() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let result = Self.check(folder)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(!result.output.contains("records/"))
    }

    @Test(arguments: [
        ("records/audit.csv", "2026-11-01,a,b\n", "records/audit.csv:"),
        ("records/actions.csv", "A001,440902,措施\n", "records/actions.csv:"),
        (
            "records/donors.csv",
            "\u{FEFF}key,region,venue,last_donation,last_type,birth_year\nk1,440902,,2026-13-01,whole-blood,\n",
            "records/donors.csv:2:4"
        ),
        ("records/drives.csv", "2026-10-01\n", "records/drives.csv:"),
    ])
    func aDamagedTableFailsCheckWithItsPlace(file: String, text: String, location: String) throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let url = folder.appendingPathComponent(file)
        let old = (try? Data(contentsOf: url)) ?? Data()
        // Appended to a table that exists; written whole where there is none yet.
        try (old.isEmpty || text.hasPrefix("\u{FEFF}") ? Data(text.utf8) : old + Data(text.utf8)).write(to: url)
        let result = Self.check(folder)
        #expect(result.exitCode == 1)
        #expect(result.output.contains(location), "\(result.output)")
    }

    @Test func aTableChangedSinceItsLastAuditLineIsNamed() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let donations = folder.appendingPathComponent("records/donations.csv")
        var text = try String(contentsOf: donations, encoding: .utf8)
        text = text.replacingOccurrences(of: ",539,789.5,", with: ",540,789.5,")
        try Data(text.utf8).write(to: donations)
        let result = Self.check(folder)
        #expect(result.exitCode == 1)
        #expect(result.output.contains("records/donations.csv 与审计日志这一行记录的结果不一致"), "\(result.output)")
    }
}
