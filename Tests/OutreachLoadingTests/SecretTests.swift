import Foundation
import Testing

@testable import OutreachLoading

/// The workspace secret is created exactly once, however many first imports start at once.
@Suite struct SecretTests {
    @Test func concurrentFirstUsesAgreeOnOneKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outreach-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("keys/secret.key")
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            if let result = try? ImportFiles.secret(at: url) { results.add(result) }
        }
        let all = results.values
        #expect(all.count == 16)
        #expect(Set(all.map(\.key)).count == 1)
        #expect(all.count { $0.created } == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(leftovers == ["secret.key"])
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [(key: [UInt8], created: Bool)] = []
        func add(_ result: (key: [UInt8], created: Bool)) { lock.withLock { stored.append(result) } }
        var values: [(key: [UInt8], created: Bool)] { lock.withLock { stored } }
    }
}
