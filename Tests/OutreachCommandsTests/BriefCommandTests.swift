import Foundation
import Testing

@testable import OutreachCommands
@testable import OutreachFormats

/// `outreach brief`: one leader's regions, drives, actions and findings, and nobody else's.
@Suite struct BriefCommandTests {
    @Test func aBriefHoldsTheLeadersRegionsAndDrivesOnly() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let workspace = ["--workspace", folder.path]
        let environment = ["OUTREACH_TODAY": "2026-12-01"]
        let made = Repository.run(
            ["plan", "winter", "--from", "2026-12-01", "--to", "2027-01-31"] + workspace, environment: environment)
        #expect(made.exitCode == 0, "\(made.errorOutput)")
        let brief = Repository.run(["brief", "区域领导丙"] + workspace, environment: environment)
        #expect(brief.exitCode == 0, "\(brief.errorOutput)")
        // L03 holds 电白区: its row and the city's, no other county's; drives only in 电白区's venues.
        #expect(brief.output.contains("区域领导丙 · ") && brief.output.contains("电白区"))
        for other in ["茂南区", "高州市", "化州市", "信宜市"] { #expect(!brief.output.contains(other + "  ")) }
        #expect(brief.output.contains("2026年12月至2027年1月的采血活动"))

        let output = folder.deletingLastPathComponent().appendingPathComponent("brief.xlsx")
        let workbook = Repository.run(
            ["brief", "L03", "--format", "xlsx", "--output", output.path] + workspace, environment: environment)
        #expect(workbook.exitCode == 0, "\(workbook.errorOutput)")
        #expect(try SheetReader([UInt8](Data(contentsOf: output))).sheetNames.count == 4)

        let unknown = Repository.run(["brief", "某某某"] + workspace, environment: environment)
        #expect(unknown.exitCode == 1 && unknown.errorOutput.contains("某某某"))
    }
}
