import Foundation
import OutreachModel
import Testing

@testable import OutreachCommands

@Suite struct CommandTests {
    @Test func regionsShowsTheBundledMaomingTreeWithLeaders() {
        let result = Repository.run(["regions", "--depth", "2"])
        #expect(result.exitCode == 0)
        #expect(result.errorOutput == "")
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "茂名市中心血站 · 区域负责情况(2026-11-24)")
        #expect(lines.count == 3 + 6)  // title, header, rule; the city and its five county-level areas
        #expect(result.output.contains("\n  茂南区  市辖区  440902  1,035,411  区域领导乙  直接负责  2023-07-01\n"))
    }

    @Test func regionsAtAPastDateShowsTheVacancyVisibly() {
        let result = Repository.run(["regions", "化州市", "--at", "2022-04-01", "--depth", "1", "--lang", "en"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("Huazhou City"))
        #expect(result.output.contains("⚠ NO LEADER"))
    }

    @Test func regionsAcceptsACodeAndRefusesAnUnknownName() {
        #expect(Repository.run(["regions", "440902100"]).output.contains("金塘镇"))
        let unknown = Repository.run(["regions", "茂南", "--lang", "en"])
        #expect(unknown.exitCode == 1)
        #expect(unknown.errorOutput == "error: unknown region '茂南'; did you mean '茂南区'?\n")
    }

    @Test(arguments: ["text", "json", "csv", "md"])
    func leadersRendersInEveryFormat(format: String) {
        let result = Repository.run(["leaders", "--format", format])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("区域领导甲"))
        if format == "csv" { #expect(result.output.hasPrefix("\u{FEFF}编号,姓名,身份")) }
        if format == "json" { #expect(result.output.contains("\"role\": \"committee\"")) }
    }

    @Test(arguments: ["maoming", "shiyan", "tongliao"])
    func checkPassesOnEveryBundledWorkspace(name: String) {
        let result = Repository.run(["check", "--workspace", "Regions/\(name)"])
        #expect(result.exitCode == 0)
        #expect(!result.output.contains("错误:"))
    }

    @Test func checkWithStrictFailsOnWarnings() {
        let result = Repository.run(["check", "--workspace", "Regions/shiyan", "--strict", "--lang", "en"])
        #expect(result.exitCode == 1)
        #expect(
            result.output.contains(
                "Regions/shiyan/regions.csv:9: warning: Fang County (420325) has no accountable leader"))
    }

    @Test(arguments: [
        (["regions", "--dept", "2"], "Error: Unknown option '--dept'; did you mean '--depth'?"),
        (["regoins"], "Error: Unknown command 'regoins'; did you mean 'regions'?"),
        (
            ["regions", "--at", "2026-02-30"],
            "Error: The value '2026-02-30' is invalid for '--at': expected a date YYYY-MM-DD (e.g. 2026-07-01)"
        ),
        (
            ["regions", "--depth", "0"],
            "Error: The value '0' is invalid for '--depth': expected a whole number above 0"
        ),
        (
            ["regions", "--format", "xml"],
            "Error: The value 'xml' is invalid for '--format': expected one of text, json, csv, md, xlsx"
        ),
        (["assign", "440902"], "Error: Missing expected argument '<leader>'"),
        (["assign", "440902", "L01", "--reason", "x"], "Error: Missing expected option '--from'"),
        (["leaders", "extra"], "Error: Unexpected argument 'extra'"),
        (["leaders", "--at"], "Error: Missing value for option '--at'"),
        (["check", "--format", "csv"], "Error: The value 'csv' is invalid for '--format': expected one of text, json"),
    ])
    func usageErrorsExit64WithAHint(arguments: [String], message: String) {
        let result = Repository.run(arguments + ["--lang", "en"])
        #expect(result.exitCode == 64)
        #expect(result.output == "")
        #expect(result.errorOutput.hasPrefix(message.replacingOccurrences(of: "Error:", with: "error:") + "\n"))
        #expect(result.errorOutput.contains("--help"))
    }

    @Test func usageErrorsComeInChineseByDefault() {
        let result = Repository.run(["regions", "--dept", "2"])
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.hasPrefix("错误: 未知选项 '--dept';是否想输入 '--depth'?\n用法: outreach regions"))
    }

    @Test func unknownLanguageIsAUsageError() {
        let result = Repository.run(["regions", "--lang", "fr"])
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("'fr'"))
    }

    @Test(arguments: ["regions", "leaders", "assign", "check"])
    func everyCommandHasGeneratedHelp(command: String) {
        let result = Repository.run([command, "--help", "--lang", "en"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("USAGE: outreach \(command)"))
        #expect(result.output.contains("--workspace <PATH>"))
        #expect(Repository.run([command, "-h"]).output.contains("用法: outreach \(command)"))
    }

    @Test func commonOptionsMayComeBeforeTheCommand() {
        let result = Repository.run(["--lang", "en", "--workspace", "Regions/shiyan", "regions", "--depth", "1"])
        #expect(result.exitCode == 0)
        #expect(result.output.hasPrefix("Shiyan Central Blood Station"))
        let typo = Repository.run(["--lnag", "en", "regions"])
        #expect(typo.exitCode == 64)
        #expect(typo.errorOutput.hasPrefix("错误: 未知选项 '--lnag';是否想输入 '--lang'?"))
        #expect(Repository.run(["help", "assign", "--lang", "en"]).output.contains("USAGE: outreach assign"))
    }

    @Test func topLevelHelpAndVersion() {
        #expect(Repository.run([]).output.contains("regions"))
        #expect(Repository.run(["--help", "--lang", "en"]).output.contains("COMMANDS:"))
        #expect(Repository.run(["--version"]).output == Outreach.version + "\n")
    }

    @Test func missingWorkspaceIsAUsageError() {
        let result = Repository.run(["regions", "--workspace", "Regions/nowhere", "--lang", "en"])
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.hasPrefix("error: workspace folder 'Regions/nowhere' not found"))
    }

    @Test func environmentChoosesTheWorkspaceAndToday() {
        let result = Repository.run(
            ["regions", "--depth", "1"],
            environment: ["OUTREACH_WORKSPACE": "Regions/tongliao", "OUTREACH_TODAY": "2025-01-01"])
        #expect(result.output.hasPrefix("通辽市中心血站 · 区域负责情况(2025-01-01)"))
    }

    @Test func assignRecordsAChangeAndRefusesToRewriteHistory() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let recorded = Repository.run(
            ["assign", "茂南区", "区域领导丙", "--from", "2026-12-01", "--reason", "年度调整", "--workspace", folder.path])
        #expect(recorded.exitCode == 0)
        #expect(
            recorded.output == "区域领导乙(L02) 的原负责期截至 2026-11-30。\n已记录:茂南区(440902) 自 2026-12-01 起由 区域领导丙(L03) 负总责(年度调整)。\n"
        )
        let after = Repository.run([
            "regions", "440902", "--depth", "1", "--at", "2026-12-01", "--workspace", folder.path,
        ])
        #expect(after.output.contains("区域领导丙  直接负责  2026-12-01"))

        let before = try Data(contentsOf: folder.appendingPathComponent("assignments.csv"))
        let refused = Repository.run(
            [
                "assign", "440902", "L01", "--from", "2026-11-01", "--reason", "x", "--workspace", folder.path,
                "--lang", "en",
            ])
        #expect(refused.exitCode == 1)
        #expect(
            refused.errorOutput.contains(
                "the new start falls inside 区域领导乙(L02)'s closed period 2023-07-01 to 2026-11-30"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("assignments.csv")) == before)

        let typo = Repository.run(
            [
                "assign", "440902", "区域领导", "--from", "2027-01-01", "--reason", "x", "--workspace", folder.path,
                "--lang", "en",
            ])
        #expect(typo.errorOutput == "error: unknown leader '区域领导'; did you mean '区域领导甲'?\n")
    }
}
