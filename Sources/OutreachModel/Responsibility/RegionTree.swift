/// The regions of a workspace arranged as a tree, with the lookups every report needs.
public struct RegionTree: Sendable {
    public let regions: [Region]
    private let indexByCode: [String: Int]
    private let childIndices: [String: [Int]]

    /// Builds the tree; duplicate codes keep their first occurrence (validation reports the rest).
    public init(_ regions: [Region]) {
        self.regions = regions
        var index: [String: Int] = [:]
        var children: [String: [Int]] = [:]
        for (position, region) in regions.enumerated() where index[region.code] == nil {
            index[region.code] = position
            if let parent = region.parentCode { children[parent, default: []].append(position) }
        }
        indexByCode = index
        childIndices = children
    }

    public func region(code: String) -> Region? { indexByCode[code].map { regions[$0] } }

    public func children(of code: String) -> [Region] { (childIndices[code] ?? []).map { regions[$0] } }

    /// Regions without a known parent, in file order (normally just the city).
    public var roots: [Region] {
        regions.enumerated().filter { position, region in
            indexByCode[region.code] == position && (region.parentCode.map { indexByCode[$0] == nil } ?? true)
        }.map(\.element)
    }

    /// The chain of ancestors, nearest first; stops at a cycle.
    public func ancestors(of code: String) -> [Region] {
        var result: [Region] = []
        var seen: Set<String> = [code]
        var current = region(code: code)?.parentCode
        while let parentCode = current, let parent = region(code: parentCode), seen.insert(parentCode).inserted {
            result.append(parent)
            current = parent.parentCode
        }
        return result
    }

    /// The city's direct division (the county) a region lies in, itself when it is one or lies outside the city:
    /// the grain targets, leaders and the simulated world's county effects are set at.
    public func division(of code: String, in city: String) -> String {
        ([code] + ancestors(of: code).map(\.code)).first { region(code: $0)?.parentCode == city } ?? code
    }

    /// Whether a region is `scope` itself or lies below it.
    public func isWithin(_ code: String, _ scope: String) -> Bool {
        code == scope || ancestors(of: code).contains { $0.code == scope }
    }

    /// Finds a region by code or exact name (zh or en); `nil` when none matches or the name is ambiguous.
    public func find(_ nameOrCode: String) -> Region? {
        let found = matches(nameOrCode)
        return found.count == 1 ? found[0] : nil
    }

    /// Every region a code or exact name (zh or en) can mean: two townships may share a name (河西街道).
    public func matches(_ nameOrCode: String) -> [Region] {
        let key = nameOrCode.trimmingSpaces()
        if let byCode = region(code: key) { return [byCode] }
        return regions.filter {
            $0.name == key || (!$0.englishName.isEmpty && $0.englishName.lowercased() == key.lowercased())
        }
    }

    /// `440902002 河西街道(茂南区)`: enough to tell two regions of one name apart.
    public func label(_ region: Region) -> String {
        region.code + " " + region.name + (region.parentCode.flatMap(self.region(code:)).map { "(\($0.name))" } ?? "")
    }

    /// The problem for a name that means more than one region; nil when it means at most one.
    public func ambiguity(_ nameOrCode: String) -> ProblemKind? {
        let found = matches(nameOrCode)
        guard found.count > 1 else { return nil }
        return .ambiguousReference(.region, nameOrCode, candidates: found.map(label))
    }

    /// Whether another region bears this region's name, so a list should show its parent beside it.
    public func nameIsShared(_ region: Region) -> Bool { regions.count { $0.name == region.name } > 1 }
}
