import Foundation
import OutreachModel

@testable import OutreachCommands

enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
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
            at: base.appendingPathComponent("Templates"), withDestinationURL: root.appendingPathComponent("Templates"))
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
