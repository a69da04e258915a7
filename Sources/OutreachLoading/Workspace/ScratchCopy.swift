import Foundation
import OutreachModel

/// A throw-away copy of a workspace (as `Regions/<name>`) beside a copy of its templates, removed when released:
/// `demo` runs its steps here so the workspace it shows is never changed.
public final class ScratchCopy {
    public let root: URL
    public let workspace: URL
    public let templates: URL

    public init(of paths: WorkspacePaths, tag: String) throws(WriteFailure) {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("outreach-\(tag)-\(getpid())")
        workspace = root.appendingPathComponent("Regions/" + paths.workspace.lastPathComponent)
        templates = root.appendingPathComponent("Templates")
        do {
            try? manager.removeItem(at: root)
            try manager.createDirectory(at: workspace.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: paths.workspace, to: workspace)
            try manager.copyItem(at: paths.templates.resolvingSymlinksInPath(), to: templates)
            try? manager.removeItem(at: workspace.appendingPathComponent(WorkspaceLoader.plansFolder))
        } catch {
            try? manager.removeItem(at: root)
            throw .from(error, path: root.path, step: .write)
        }
    }

    /// Drops the copy's records, before its history is rebuilt.
    public func removeRecords() {
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(RecordStore.folder))
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}
