/// One row of `targets.csv`: a region's quota for a year (split by the seasonal profile) or for one month.
public struct TargetRow: Hashable, Sendable {
    public enum Span: Hashable, Sendable, CustomStringConvertible {
        case year(Int)
        case month(YearMonth)

        public var description: String {
            switch self {
            case .year(let year): return "\(year)"
            case .month(let month): return month.description
            }
        }
    }

    public var regionCode: String
    public var span: Span
    /// Units (1 U = 200 mL).
    public var units: Double
    public var notes: String
    /// Line in `targets.csv`, so a target can say where it came from.
    public var line: Int

    public init(regionCode: String, span: Span, units: Double, notes: String = "", line: Int = 0) {
        self.regionCode = regionCode
        self.span = span
        self.units = units
        self.notes = notes
        self.line = line
    }
}
