import Foundation
import Testing

@testable import OutreachCommands

/// `outreach init`: any city's workspace from the bundled division codes, then `check` as guidance.
@Suite struct InitCommandTests {
    static func scratch() throws -> (URL, () -> Void) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("outreach-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return (base, { try? FileManager.default.removeItem(at: base) })
    }

    @Test func createsShiyanDownToTownshipsAndCheckSaysWhatRemains() throws {
        let (base, cleanUp) = try Self.scratch()
        defer { cleanUp() }
        let folder = base.appendingPathComponent("shiyan")
        let created = Repository.run(["init", folder.path, "--city", "十堰市", "--down-to", "township"])
        #expect(created.exitCode == 0, "\(created.errorOutput)")
        #expect(created.output.contains("十堰市(420300)") && created.output.contains("8 个县级区域、129 个乡镇街道"))
        let regions = String(
            decoding: try Data(contentsOf: folder.appendingPathComponent("regions.csv")).dropFirst(3), as: UTF8.self)
        let rows = regions.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "代码,名称,英文名,类型,上级,人口,人口年份,人口来源")
        #expect(rows.count == 1 + 138, "\(rows.count)")
        #expect(rows.contains("420302001,武当路街道,,街道,420302,,,"))
        #expect(rows.contains("420381,丹江口市,,县级市,420300,,,"))
        for name in ["leaders.csv", "assignments.csv", "venues.csv", "teams.csv", "targets.csv", "workspace.json"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        let check = Repository.run(["check", "--workspace", folder.path])
        #expect(check.exitCode == 0, "\(check.errorOutput)")
        #expect(check.output.hasPrefix("尚待填写"))
        #expect(check.output.contains("138 个区域还没有人口") && check.output.contains("……另有"))
        #expect(check.output.split(separator: "\n").count < 20)

        let again = Repository.run(["init", folder.path, "--city", "十堰市"])
        #expect(again.exitCode == 1 && again.errorOutput.contains("不是空文件夹"))
    }

    @Test(arguments: [
        ("朝阳区", ["110105 朝阳区(北京市)", "220104 朝阳区(吉林省 长春市)"]), ("十堰x", ["十堰市"]),
    ])
    func refusesAmbiguousOrUnknownCitiesNamingCandidates(city: String, candidates: [String]) throws {
        let (base, cleanUp) = try Self.scratch()
        defer { cleanUp() }
        let folder = base.appendingPathComponent("new")
        let result = Repository.run(["init", folder.path, "--city", city])
        #expect(result.exitCode == 1)
        for candidate in candidates { #expect(result.errorOutput.contains(candidate), "\(result.errorOutput)") }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aMunicipalityIsItsOwnCity() throws {
        let (base, cleanUp) = try Self.scratch()
        defer { cleanUp() }
        let result = Repository.run(["init", base.appendingPathComponent("bj").path, "--city", "北京"])
        #expect(result.exitCode == 0 && result.output.contains("北京市(110000)的工作区:16 个县级区域"))
    }
}
