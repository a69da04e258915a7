import Foundation

/// The folders a command works on, with the spelling used in messages (as the user gave it).
public struct WorkspacePaths: Sendable {
    public var workspace: URL
    public var templates: URL
    /// How messages name the workspace folder, e.g. `Regions/maoming`.
    public var workspaceDisplay: String
    public var templatesDisplay: String

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
        if let templatesText = templatesOption ?? environment["OUTREACH_TEMPLATES"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return WorkspacePaths(
                workspace: workspace, templates: url(templatesText, relativeTo: currentDirectory),
                workspaceDisplay: trimmed(workspaceText), templatesDisplay: trimmed(templatesText))
        }
        var candidate = workspace
        var display = trimmed(workspaceText)
        for _ in 0..<4 {
            candidate = candidate.deletingLastPathComponent()
            display = display.isEmpty || display == "." ? ".." : (display as NSString).deletingLastPathComponent
            let templates = candidate.appendingPathComponent("Templates")
            if FileManager.default.fileExists(atPath: templates.path) {
                let templatesDisplay = display.isEmpty ? "Templates" : display + "/Templates"
                return WorkspacePaths(
                    workspace: workspace, templates: templates, workspaceDisplay: trimmed(workspaceText),
                    templatesDisplay: templatesDisplay)
            }
        }
        return WorkspacePaths(
            workspace: workspace, templates: currentDirectory.appendingPathComponent("Templates"),
            workspaceDisplay: trimmed(workspaceText), templatesDisplay: "Templates")
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
