/// An administrative division that a region leader can be made accountable for.
public struct Region: Hashable, Sendable, Identifiable {
    /// The official statistical division code (6 digits for city and county level, 9 for township level).
    public var code: String
    public var name: String
    public var englishName: String
    public var kind: RegionKind
    /// The parent's code; nil only for the city at the top of a workspace.
    public var parentCode: String?
    public var population: Population?

    public var id: String { code }

    public init(
        code: String, name: String, englishName: String = "", kind: RegionKind, parentCode: String? = nil,
        population: Population? = nil
    ) {
        self.code = code
        self.name = name
        self.englishName = englishName
        self.kind = kind
        self.parentCode = parentCode
        self.population = population
    }

    /// Whether the code has an official shape: 6, 9 or 12 digits.
    public var hasWellFormedCode: Bool {
        [6, 9, 12].contains(code.count) && code.allSatisfy(\.isASCIIDigit)
    }
}
