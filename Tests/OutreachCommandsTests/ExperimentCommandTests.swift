import Foundation
import Testing

@testable import OutreachCommands

/// Experiment design → the months recorded as assigned → the model reads the contrast, on a scratch copy of
/// Maoming; and a damaged experiments file refused with its line.
@Suite struct ExperimentCommandTests {
    /// Visits a month one more township talk brings in the rewritten months: what the test must recover.
    static let lift = 30.0

    @Test func designRecordAndModelEndToEnd() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        try Repository.overrideModel(in: folder, ["bootstrapReplicates": 10, "validationMonths": 1])

        let design = Repository.run([
            "experiment", "design", "--channel", "乡镇科普讲座", "--months", "3", "--start", "2026-08", "--workspace",
            folder.path,
        ])
        #expect(design.exitCode == 0, "\(design.errorOutput)")
        #expect(design.output.contains("试验 E001") && design.output.contains("少做(0.3 倍)"))
        let stored = try String(contentsOf: folder.appendingPathComponent("records/experiments.csv"), encoding: .utf8)
        var assigned: [String: Int] = [:]
        for line in stored.split(separator: "\r\n").dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            assigned[fields[4]] = Int(fields[6])
        }
        #expect(assigned.count > 30)

        // The station holds the talks as assigned; each extra talk brings `lift` visits (1.5 U each).
        let months = ["2026-08", "2026-09", "2026-10"]
        let promotion = try rows(folder, "promotion.csv", months)
        var talks: [String: Int] = [:]
        var promotionSheet = [promotion.header]
        for row in promotion.rows {
            var fields = row
            if fields[2] == "township-talk", let events = assigned[fields[1]] {
                talks[fields[0] + fields[1]] = Int(fields[3])!
                fields[3] = String(events)
            }
            promotionSheet.append(fields)
        }
        for month in months {
            for (region, events) in assigned where talks[month + region] == nil {
                talks[month + region] = 0
                promotionSheet.append([month, region, "township-talk", String(events), "", "", ""])
            }
        }
        let donations = try rows(folder, "donations.csv", months)
        var donationSheet = [donations.header]
        var credited = Set<String>()
        for row in donations.rows {
            var fields = row
            let key = fields[0] + fields[1]
            if let events = assigned[fields[1]], !credited.contains(key) {
                credited.insert(key)
                let extra = Int((Self.lift * Double(events - (talks[key] ?? 0))).rounded())
                let visits = max(0, Int(fields[3])! + extra)
                let units = Double(fields[4])! + 1.5 * Double(visits - Int(fields[3])!)
                fields[4] = String(min(2 * Double(visits), max(Double(visits), units)))
                fields[3] = String(visits)
                fields[5] = ""
                fields[6] = ""
                fields[7] = ""
            }
            donationSheet.append(fields)
        }
        // A township with talks assigned but no donations recorded those months gets its extra visits as a row.
        for month in months {
            for (region, events) in assigned where !credited.contains(month + region) {
                let extra = Int((Self.lift * Double(events - (talks[month + region] ?? 0))).rounded())
                guard extra > 0 else { continue }
                donationSheet.append([month, region, "market", String(extra), String(1.5 * Double(extra)), "", "", ""])
            }
        }
        for (name, sheet) in [("promotion", promotionSheet), ("donations", donationSheet)] {
            let file = folder.appendingPathComponent("\(name)-experiment.csv")
            try sheet.map { $0.joined(separator: ",") }.joined(separator: "\n").write(
                to: file, atomically: true, encoding: .utf8)
            let recorded = Repository.run(["record", name, file.path, "--workspace", folder.path])
            #expect(recorded.exitCode == 0, "\(name): \(recorded.errorOutput)")
        }

        let model = Repository.run(["model", "--workspace", folder.path, "--lang", "en"])
        #expect(model.exitCode == 0, "\(model.errorOutput)")
        let line = try #require(model.output.split(separator: "\n").first { $0.hasPrefix("Experiment E001") })
        #expect(line.contains("finished"))
        let reading = try #require(
            line.split(separator: ":").last?.split(separator: " ").compactMap { Double($0) }.first, "\(line)")
        #expect(abs(reading - Self.lift) < 12, "\(line)")
    }

    @Test(arguments: [
        // Another experiment of the same channel in overlapping months.
        ("E001,sms,2026-08,3,440902001,more,7\nE002,sms,2026-09,2,440904003,fewer,1\n", ":3:", "重叠"),
        // A township the workspace does not have.
        ("E001,sms,2026-08,3,440902999,more,7\n", ":2:", "440902999"),
        // An arm that is not more / usual / fewer.
        ("E001,sms,2026-08,3,440902001,most,7\n", ":2:", "most"),
    ])
    func aBadExperimentsFileIsRefusedWithItsLine(rows: String, line: String, text: String) throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let file = folder.appendingPathComponent("records/experiments.csv")
        try ("id,channel,start,months,region,arm,events\n" + rows).write(to: file, atomically: true, encoding: .utf8)
        let result = Repository.run(["model", "--workspace", folder.path])
        #expect(result.exitCode == 1)
        let located = result.errorOutput.split(separator: "\n").first { $0.contains("experiments.csv" + line) }
        #expect(located?.contains(text) == true, "\(result.errorOutput)")
    }

    /// The header and the stored rows of a records table in the given months.
    func rows(_ folder: URL, _ name: String, _ months: [String]) throws -> (header: [String], rows: [[String]]) {
        let text = try String(contentsOf: folder.appendingPathComponent("records/" + name), encoding: .utf8)
        let lines = text.split(separator: "\r\n").map { line in
            // The source column is quoted and holds commas: it is dropped (it is optional).
            Array(line.split(separator: ",", omittingEmptySubsequences: false).prefix(while: { !$0.hasPrefix("\"") }))
                .map(String.init)
        }
        let header = lines[0].map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }.filter { $0 != "source" }
        return (header, lines.dropFirst().filter { months.contains($0[0]) }.map { Array($0.prefix(header.count)) })
    }
}
