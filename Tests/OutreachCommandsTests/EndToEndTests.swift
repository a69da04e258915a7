import Foundation
import Testing

/// Runs the built `outreach` binary as a user would, checking output streams and exit codes.
@Suite struct EndToEndTests {
    static var binary: URL {
        // The test bundle is built next to the products: .build/<triple>/debug/.
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("outreach")
    }

    func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        process.environment = ["OUTREACH_TODAY": "2026-11-24", "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    @Test func theBinaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the package first: swift build")
    }

    static let exitCases: [([String], Int32)] = [
        (["regions"], 0), (["leaders", "--format", "csv"], 0), (["check"], 0),
        (["check", "--workspace", "Regions/shiyan", "--strict"], 1), (["regions", "--nope"], 64), (["--version"], 0),
    ]

    @Test(arguments: exitCases)
    func exitCodes(arguments: [String], status: Int32) throws {
        let result = try run(arguments)
        #expect(result.status == status)
        #expect(status == 64 ? !result.error.isEmpty : true)
    }

    @Test func regionsPrintsTheSampleTreeOnStandardOutput() throws {
        let result = try run(["regions", "--depth", "2"])
        #expect(result.output.hasPrefix("茂名市中心血站 · 区域负责情况(2026-11-24)\n"))
        #expect(result.error.isEmpty)
    }

    @Test func assignRunsEndToEndOnAScratchWorkspace() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "tongliao")
        defer { cleanUp() }
        let result = try run([
            "assign", "150524", "L06", "--from", "2026-12-01", "--reason", "轮岗", "--workspace", folder.path,
        ])
        #expect(result.status == 0)
        #expect(result.output.contains("库伦旗(150524) 自 2026-12-01 起由 区域领导己(L06) 负总责"))
        #expect(try run(["check", "--workspace", folder.path]).status == 0)
    }

    @Test func twoAssignProcessesAtOnceLoseNeither() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "tongliao")
        defer { cleanUp() }
        let processes = [("150524", "L06"), ("150525", "L01"), ("150526", "L02"), ("150581", "L04")].map {
            region, leader in
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = [
                "assign", region, leader, "--from", "2026-12-01", "--reason", "并发", "--workspace", folder.path,
            ]
            process.environment = ["OUTREACH_TODAY": "2026-11-24"]
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let text = try String(contentsOf: folder.appendingPathComponent("assignments.csv"), encoding: .utf8)
        for region in ["150524", "150525", "150526", "150581"] {
            #expect(text.contains("\(region),L0") && text.contains("2026-12-01,,并发"))
        }
        #expect(text.components(separatedBy: "2026-12-01,,并发").count == 5)
    }
}
