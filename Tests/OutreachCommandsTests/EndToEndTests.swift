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

@Suite struct PlanCommandTests {
    /// Plans Maonan District for two months in a scratch copy, then shows, explains, scores and re-plans it.
    @Test func makesShowsExplainsScoresAndReplans() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let workspace = ["--workspace", folder.path]
        let instance = folder.appendingPathComponent("instance.json").path
        let made = Repository.run(
            [
                "plan", "winter", "--from", "2026-12-01", "--to", "2027-01-31", "--region", "茂南区", "--export-instance",
                instance,
            ]
                + workspace)
        #expect(made.exitCode == 0, "\(made.errorOutput)")
        #expect(made.output.contains("计划已保存"))
        let saved = folder.appendingPathComponent("plans/winter.json")
        #expect(FileManager.default.fileExists(atPath: saved.path))

        let ics = Repository.run(["plan", "show", "winter", "--format", "ics"] + workspace)
        #expect(ics.exitCode == 0)
        #expect(ics.output.hasPrefix("BEGIN:VCALENDAR\r\n"))
        let csv = Repository.run(["plan", "show", "winter", "--format", "csv", "--lang", "en"] + workspace)
        #expect(csv.output.hasPrefix("\u{FEFF}Date,Day,Time,Venue,ID"))
        let firstDrive = try #require(csv.output.split(separator: "\r\n").dropFirst().first?.split(separator: ",")[4])
        let explained = Repository.run(["plan", "explain", "winter", String(firstDrive)] + workspace)
        #expect(explained.exitCode == 0, "\(explained.errorOutput)")
        #expect(explained.output.contains("活动 \(firstDrive)"))
        let unknown = Repository.run(["plan", "explain", "winter", "V999-20261201", "--lang", "en"] + workspace)
        #expect(unknown.exitCode == 1)
        #expect(unknown.errorOutput.contains("the plan has no drive 'V999-20261201'"))

        let scored = Repository.run(["plan", "score", saved.path, "--instance", instance, "--lang", "en"] + workspace)
        #expect(scored.exitCode == 0, "\(scored.output)")
        #expect(scored.output.contains("0 hard-rule violations"))

        let replanned = Repository.run(["plan", "winter", "--replan-from", "2027-01-01", "--lang", "en"] + workspace)
        #expect(replanned.exitCode == 0, "\(replanned.errorOutput)")
        #expect(replanned.output.contains("(0 moved)"))
        for view in [["--public"], ["--leader", "L01"], ["--team", "T01"], ["--region", "440902"]] {
            for format in ["text", "md", "html", "csv", "ics", "json"] {
                let shown = Repository.run(["plan", "show", "winter", "--format", format] + view + workspace)
                #expect(shown.exitCode == 0, "\(view) \(format): \(shown.errorOutput)")
            }
        }

        // The public calendar holds only drives open to anyone, under the station's schedule name.
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: saved)) as? [String: Any]
        let templates = (plan?["drives"] as? [[String: Any]] ?? []).compactMap { $0["template"] as? String }
        let open: Set = [
            "street-bloodmobile", "township-market", "fixed-site-extended", "emergency-appeal", "world-blood-donor-day",
        ]
        let publicICS = Repository.run(["plan", "show", "winter", "--public", "--format", "ics"] + workspace).output
        #expect(publicICS.components(separatedBy: "BEGIN:VEVENT").count - 1 == templates.filter(open.contains).count)
        #expect(publicICS.contains("X-WR-CALNAME:茂名市中心血站 · 流动采血安排"))

        // Moved by a re-plan: the old events come back cancelled under their old UIDs.
        let before = Set(ics.output.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") })
        let moved = Repository.run(
            ["plan", "winter", "--replan-from", "2027-01-05", "--block", "T01:2027-01-05..2027-01-31"] + workspace)
        #expect(moved.exitCode == 0, "\(moved.errorOutput)")
        let after = Repository.run(["plan", "show", "winter", "--format", "ics"] + workspace).output
        let events = after.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        let cancelled = events.filter { $0.contains("STATUS:CANCELLED") }
        #expect(!cancelled.isEmpty)
        for event in cancelled {
            let uid = event.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") } ?? ""
            #expect(before.contains(uid))
        }
    }

    @Test func impossibleRequestsAreClearErrors() {
        let past = Repository.run(["plan", "--from", "2025-01-01", "--to", "2025-01-31", "--lang", "en"])
        #expect(past.exitCode == 1)
        #expect(past.errorOutput.contains("the horizon is in the past"))
        let region = Repository.run([
            "plan", "--from", "2026-12-01", "--to", "2026-12-31", "--region", "茂南", "--lang", "en",
        ])
        #expect(region.errorOutput.contains("no region '茂南'"))
        let missing = Repository.run(["plan", "show", "nothing-here", "--lang", "en"])
        #expect(missing.exitCode == 1)
        #expect(missing.errorOutput.contains("no plan 'nothing-here'"))
        let pin = Repository.run([
            "plan", "--from", "2026-12-01", "--to", "2026-12-31", "--pin", "V016-20261202", "--lang", "en",
        ])
        #expect(pin.errorOutput.contains("cannot pin drive V016-20261202: the venue is closed that day"))
    }
}
