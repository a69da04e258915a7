/// A run of whole days, inclusive at both ends; an open end means "until further notice".
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public var start: CivilDate
    /// The last day included, or nil when open-ended.
    public var end: CivilDate?

    public init(start: CivilDate, end: CivilDate? = nil) {
        self.start = start
        self.end = end
    }

    public func contains(_ date: CivilDate) -> Bool {
        date >= start && (end.map { date <= $0 } ?? true)
    }

    public func overlaps(_ other: Period) -> Bool {
        let startsBeforeOtherEnds = other.end.map { start <= $0 } ?? true
        let otherStartsBeforeThisEnds = end.map { other.start <= $0 } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds
    }

    public var description: String { "\(start)…\(end.map(\.description) ?? "")" }
}
