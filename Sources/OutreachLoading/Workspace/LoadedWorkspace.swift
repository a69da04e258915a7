import OutreachModel

/// A workspace as read from disk, with every problem met while reading and the map back to file positions.
public struct LoadedWorkspace: Sendable {
    public var workspace: Workspace
    /// Problems of reading (syntax, types, missing files), already located.
    public var loadProblems: [Problem]
    public var sourceMap: SourceMap
    public var paths: WorkspacePaths

    /// Reading problems plus the model's validation, all located, errors first within stable file order.
    public func allProblems(today: CivilDate) -> [Problem] {
        let validation = WorkspaceValidator(workspace: workspace, today: today).problems().map(sourceMap.locate)
        return loadProblems + validation
    }

}
