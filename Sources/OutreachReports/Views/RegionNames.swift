import OutreachModel

/// Region names for lists, with the parent beside a name two regions share — 河西街道(茂南区), 河西街道(化州市) — so a
/// list read without its tree still tells them apart.
struct RegionNames: Sendable {
    private let parents: [String: Region]

    init(_ workspace: Workspace) {
        let tree = workspace.tree
        let shared = Dictionary(grouping: workspace.regions, by: \.name).filter { $0.value.count > 1 }
        var parents: [String: Region] = [:]
        for region in shared.values.joined() {
            if let parent = region.parentCode.flatMap(tree.region(code:)) { parents[region.code] = parent }
        }
        self.parents = parents
    }

    func name(of region: Region, _ strings: any Catalog) -> String {
        strings.name(of: region) + (parents[region.code].map { "(" + strings.name(of: $0) + ")" } ?? "")
    }
}
