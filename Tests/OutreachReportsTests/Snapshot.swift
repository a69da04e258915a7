import Foundation
import Testing

/// Compares rendered output with a golden file in `Snapshots/`, byte for byte.
///
/// To re-record after an intended change: `OUTREACH_RECORD_SNAPSHOTS=1 swift test`, review `git diff`, then run
/// `swift test` again. Recording always fails the test, so a recording run can never pass silently.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["OUTREACH_RECORD_SNAPSHOTS"] == "1" {
        try? Data(actual.utf8).write(to: file)
        Issue.record(
            "Recorded snapshot \(name); run the tests again without OUTREACH_RECORD_SNAPSHOTS.",
            sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? Data(contentsOf: file) else {
        Issue.record(
            "No snapshot \(name); record it with OUTREACH_RECORD_SNAPSHOTS=1 swift test.",
            sourceLocation: sourceLocation)
        return
    }
    #expect(
        Data(actual.utf8) == expected, "snapshot \(name) differs; see README › Development to re-record",
        sourceLocation: sourceLocation)
    if Data(actual.utf8) != expected { print("--- actual \(name) ---\n\(actual)") }
}
