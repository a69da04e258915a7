import Foundation
import OutreachModel

@testable import OutreachLoading

/// Builds a throw-away workspace from `Fixtures/valid`, with one fixture folder laid over it.
///
/// A file in the overlay replaces the valid one; `NAME.absent` removes `NAME`. The copy lives in a fresh temporary
/// folder whose workspace is displayed as `WS`, so expected messages read `WS/venues.csv:3:4: …`.
struct FixtureWorkspace {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The bundled workspaces as committed, with the checkout's templates.
    static var repository: URL { pristine }

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

    let root: URL
    let paths: WorkspacePaths

    init(overlay: String? = nil, templatesOverlay: String? = nil) throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("outreach-tests-\(UUID().uuidString)")
        let workspace = root.appendingPathComponent("WS")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        try manager.copyItem(at: Self.fixtures.appendingPathComponent("valid"), to: workspace)
        if let overlay { try Self.lay(Self.fixtures.appendingPathComponent(overlay), over: workspace) }
        // The checkout's own folder, not the pristine copy's link to it: an overlay is laid over a real copy.
        var templates = Self.source.appendingPathComponent("Templates")
        if let templatesOverlay {
            let copy = root.appendingPathComponent("Templates")
            try manager.copyItem(at: templates, to: copy)
            try Self.lay(Self.fixtures.appendingPathComponent(templatesOverlay), over: copy)
            templates = copy
        }
        paths = WorkspacePaths(
            workspace: workspace, templates: templates, workspaceDisplay: "WS", templatesDisplay: "Templates")
    }

    static func lay(_ overlay: URL, over target: URL) throws {
        let manager = FileManager.default
        guard let files = manager.enumerator(atPath: overlay.path) else { return }
        for case let relative as String in files {
            let source = overlay.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            if relative.hasSuffix(".absent") {
                try manager.removeItem(at: target.appendingPathComponent(String(relative.dropLast(7))))
                continue
            }
            let destination = target.appendingPathComponent(relative)
            if manager.fileExists(atPath: destination.path) { try manager.removeItem(at: destination) }
            try manager.copyItem(at: source, to: destination)
        }
    }

    func load() throws -> LoadedWorkspace { try WorkspaceLoader.load(paths) }

    func file(_ name: String) -> URL { paths.workspace.appendingPathComponent(name) }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
