/// A region's target for one month, with where it came from so every figure can be traced to its row.
public struct MonthlyTarget: Hashable, Sendable, Codable {
    public var regionCode: String
    public var month: YearMonth
    public var units: Double
    public var source: TargetSource

    public init(regionCode: String, month: YearMonth, units: Double, source: TargetSource) {
        self.regionCode = regionCode
        self.month = month
        self.units = units
        self.source = source
    }
}

/// How a monthly target was derived.
public struct TargetSource: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// Given for the month itself.
        case monthly
        /// An annual quota (less any monthly rows of that year) times the month's share of the profile.
        case annualShare = "annual-share"
    }

    public var kind: Kind
    /// Line of the row in `targets.csv`.
    public var line: Int
    /// For `annualShare`: the annual quota, the part left after monthly rows, and this month's share of it.
    public var annualUnits: Double?
    public var remainingUnits: Double?
    public var share: Double?

    public init(
        kind: Kind, line: Int, annualUnits: Double? = nil, remainingUnits: Double? = nil, share: Double? = nil
    ) {
        self.kind = kind
        self.line = line
        self.annualUnits = annualUnits
        self.remainingUnits = remainingUnits
        self.share = share
    }
}
