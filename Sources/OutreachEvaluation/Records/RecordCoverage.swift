import OutreachModel

/// Whether the records can support an evaluation of a month: both monthly tables hold rows for it and for the
/// months before it that the model and the findings read. Without this check a month with donations but no
/// promotion reads as "0 events everywhere" and yields findings about zeros.
public enum RecordCoverage {
    public enum Table: String, Hashable, Sendable { case promotion, donations }

    /// A table with no rows in these months.
    public struct Gap: Hashable, Sendable {
        public var table: Table
        public var months: [YearMonth]
    }

    /// The gaps over `month` and the `lookback` months before it, from the first month either table holds:
    /// the evaluated month must have both tables; an earlier month with one table but not the other is a gap too.
    public static func gaps(
        promotionMonths: Set<YearMonth>, donationMonths: Set<YearMonth>, month: YearMonth, lookback: Int
    ) -> [Gap] {
        let first = (promotionMonths.union(donationMonths)).min() ?? month
        let span = (0...max(0, lookback)).reversed().map { month.adding(months: -$0) }.filter { $0 >= first }
        var result: [Gap] = []
        for (table, months) in [(Table.promotion, promotionMonths), (.donations, donationMonths)] {
            let missing = span.filter { candidate in
                guard !months.contains(candidate) else { return false }
                return candidate == month || promotionMonths.contains(candidate) || donationMonths.contains(candidate)
            }
            if !missing.isEmpty { result.append(Gap(table: table, months: missing)) }
        }
        return result
    }
}
