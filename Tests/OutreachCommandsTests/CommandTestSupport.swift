import Foundation
import OutreachModel

@testable import OutreachCommands

enum Repository {
    /// The checkout: its `Templates/` and built products.
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// Where commands run, as from a fresh clone's root: the pristine `Regions/` and the checkout's `Templates/`.
    static var root: URL { pristine }

    /// A copy of the bundled workspaces as committed (git's index), made once per test run beside a link to the
    /// templates: tests never read what a user has since recorded, imported or assigned in `Regions/`, nor write
    /// there. Without git (a source archive), the working tree's `Regions/` is copied instead.
    static let pristine: URL = {
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("outreach-pristine-\(UUID().uuidString)")
        try? manager.createDirectory(at: base, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "git ls-files -z Regions | xargs -0 git checkout-index --prefix=\"$0/\" --", base.path,
        ]
        process.currentDirectoryURL = source
        process.standardError = FileHandle.nullDevice
        let checkedOut = (try? process.run()).map { process.waitUntilExit() } != nil && process.terminationStatus == 0
        if !checkedOut || !manager.fileExists(atPath: base.appendingPathComponent("Regions").path) {
            try? manager.copyItem(
                at: source.appendingPathComponent("Regions"), to: base.appendingPathComponent("Regions"))
        }
        try? manager.createSymbolicLink(
            at: base.appendingPathComponent("Templates"), withDestinationURL: source.appendingPathComponent("Templates")
        )
        return base
    }()
    static let today = CivilDate(year: 2026, month: 11, day: 24)!

    /// Runs `outreach` in-process from the repository root, as a user in a fresh clone would.
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> CommandResult {
        Outreach.run(arguments, context: CommandContext(environment: environment, currentDirectory: root, today: today))
    }

    /// A scratch copy of a bundled workspace (under a temporary `Regions/` beside a copy-free `Templates` link).
    static func scratchCopy(of name: String) throws -> (folder: URL, cleanUp: () -> Void) {
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("outreach-cli-\(UUID().uuidString)")
        try manager.createDirectory(at: base.appendingPathComponent("Regions"), withIntermediateDirectories: true)
        try manager.copyItem(
            at: root.appendingPathComponent("Regions/\(name)"), to: base.appendingPathComponent("Regions/\(name)"))
        try manager.createSymbolicLink(
            at: base.appendingPathComponent("Templates"), withDestinationURL: source.appendingPathComponent("Templates")
        )
        return (base.appendingPathComponent("Regions/\(name)"), { try? manager.removeItem(at: base) })
    }

    /// Overrides `workspace.json › evaluation › model` keys in a scratch copy: fewer bootstrap fits and forecast
    /// months keep the debug build quick (the workspace override is the documented way to tune the model).
    static func overrideModel(in folder: URL, _ model: [String: Any]) throws {
        let settings = folder.appendingPathComponent("workspace.json")
        guard var object = try JSONSerialization.jsonObject(with: Data(contentsOf: settings)) as? [String: Any]
        else { return }
        object["evaluation"] = ["model": model]
        try JSONSerialization.data(withJSONObject: object).write(to: settings)
    }
}

/// Outputs of commands run at once, gathered under a lock.
final class Outputs: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func add(_ output: String) { lock.withLock { stored.append(output) } }
    var values: [String] { lock.withLock { stored } }
}
