import Foundation
import OutreachModel

/// The folders a command works on, with the spelling used in messages (as the user gave it).
public struct WorkspacePaths: Sendable {
    public var workspace: URL
    public var templates: URL
    /// How messages name the workspace folder, e.g. `Regions/maoming`.
    public var workspaceDisplay: String
    public var templatesDisplay: String
    /// Told when a write waits for another run's workspace lock (the CLI prints it at once on standard error).
    public var onLockWait: (@Sendable (LockWait) -> Void)?

    public init(workspace: URL, templates: URL, workspaceDisplay: String, templatesDisplay: String) {
        self.workspace = workspace
        self.templates = templates
        self.workspaceDisplay = workspaceDisplay
        self.templatesDisplay = templatesDisplay
    }

    /// The default workspace, relative to the current directory.
    public static let defaultWorkspace = "Regions/maoming"

    /// Resolves `--workspace`, then `OUTREACH_WORKSPACE`, then `Regions/maoming`; templates from `--templates`,
    /// `OUTREACH_TEMPLATES`, else the nearest `Templates` folder above the workspace (the repository layout).
    public static func resolve(
        workspace option: String?, templates templatesOption: String?, environment: [String: String],
        currentDirectory: URL
    ) -> WorkspacePaths {
        let workspaceText =
            option ?? environment["OUTREACH_WORKSPACE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? defaultWorkspace
        let workspace = url(workspaceText, relativeTo: currentDirectory)
        let workspaceDisplay = trimmed(workspaceText)
        func paths(_ templates: URL, _ display: String) -> WorkspacePaths {
            WorkspacePaths(
                workspace: workspace, templates: templates, workspaceDisplay: workspaceDisplay,
                templatesDisplay: display)
        }
        if let templatesText = templatesOption ?? environment["OUTREACH_TEMPLATES"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return paths(url(templatesText, relativeTo: currentDirectory), trimmed(templatesText))
        }
        var candidate = workspace
        var display = workspaceDisplay
        for _ in 0..<4 {
            candidate = candidate.deletingLastPathComponent()
            display = parent(ofDisplay: display)
            let templates = candidate.appendingPathComponent("Templates")
            if FileManager.default.fileExists(atPath: templates.path) {
                return paths(templates, display.isEmpty ? "Templates" : display + "/Templates")
            }
        }
        return paths(currentDirectory.appendingPathComponent("Templates"), "Templates")
    }

    /// The folder above a displayed path: `Regions/maoming` → `Regions` → `` (the current folder) → `..`.
    static func parent(ofDisplay display: String) -> String {
        if display.isEmpty || display == "." { return ".." }
        let components = display.split(separator: "/", omittingEmptySubsequences: false)
        if components.last == ".." { return display + "/.." }
        let rest = components.dropLast().joined(separator: "/")
        return rest.isEmpty && display.hasPrefix("/") ? "/" : rest
    }

    private static func url(_ path: String, relativeTo base: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
    }

    private static func trimmed(_ path: String) -> String {
        var text = path
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        if text.hasPrefix("./") { text.removeFirst(2) }
        return text
    }

    func workspaceFile(_ name: String) -> (url: URL, display: String) {
        (workspace.appendingPathComponent(name), workspaceDisplay + "/" + name)
    }

    func templatesFile(_ name: String) -> (url: URL, display: String) {
        (templates.appendingPathComponent(name), templatesDisplay + "/" + name)
    }
}
