/// A population figure with where it came from, so estimates are never mistaken for census counts.
public struct Population: Hashable, Sendable {
    public var count: Int
    public var year: Int?
    /// Free text: "2020 census", "estimate (sample data)", a yearbook …
    public var source: String

    public init(count: Int, year: Int? = nil, source: String = "") {
        self.count = count
        self.year = year
        self.source = source
    }
}
