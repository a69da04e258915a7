import OutreachModel

/// The figures a stored row contributes to its period's totals, so a change can say what it does to a month.
public protocol MeasuredRow: IntakeRow {
    /// Names of the measures, as codes the catalogues translate (`visits`, `units`, `events`, `donations`).
    static var measureNames: [String] { get }
    var measures: [Double] { get }
}

extension PromotionRecord: MeasuredRow {
    public static let measureNames = ["events"]
    public var measures: [Double] { [Double(events)] }
}

extension DonationRecord: MeasuredRow {
    public static let measureNames = ["visits", "units"]
    public var measures: [Double] { [Double(visits), units] }
}

extension DriveRecord: MeasuredRow {
    public static let measureNames = ["donations", "units"]
    public var measures: [Double] { [Double(donations), units] }
}

extension TargetRow: MeasuredRow {
    public static let measureNames = ["units"]
    public var measures: [Double] { [units] }
}

/// What a change does to one stored period: rows added, removed and changed, and its totals before and after.
public struct PeriodChange: Sendable, Hashable {
    public var period: String
    public var added = 0
    public var removed = 0
    public var changed = 0
    public var measureNames: [String]
    public var before: [Double]
    public var after: [Double]

    /// The largest fall of any measure as a share of its stored total; 0 when nothing falls.
    public var largestFall: Double {
        zip(before, after).map { $0 > 0 && $1 < $0 ? ($0 - $1) / $0 : 0 }.max() ?? 0
    }

    /// Removes stored rows, or lowers a stored total by more than `threshold` (a share: 0.1 is 10 %).
    public func shrinks(threshold: Double) -> Bool { removed > 0 || largestFall > threshold }
}

extension RecordDiff where Record: MeasuredRow {
    /// The periods this diff touches, in order, with totals over `stored` before and after.
    public func periodChanges(stored: [Record]) -> [PeriodChange] {
        var changes: [String: PeriodChange] = [:]
        let width = Record.measureNames.count
        func entry(_ period: String) -> PeriodChange {
            changes[period]
                ?? PeriodChange(
                    period: period, measureNames: Record.measureNames, before: Array(repeating: 0, count: width),
                    after: Array(repeating: 0, count: width))
        }
        func add(_ record: Record, sign: Double, to keyPath: WritableKeyPath<PeriodChange, [Double]>) {
            var change = entry(record.period)
            for (index, value) in record.measures.enumerated() { change[keyPath: keyPath][index] += sign * value }
            changes[record.period] = change
        }
        for record in added {
            add(record, sign: 1, to: \.after)
            changes[record.period]?.added += 1
        }
        for record in removed {
            add(record, sign: -1, to: \.after)
            changes[record.period]?.removed += 1
        }
        for (before, after) in changed {
            add(before, sign: -1, to: \.after)
            add(after, sign: 1, to: \.after)
            changes[after.period]?.changed += 1
        }
        for record in stored where changes[record.period] != nil {
            add(record, sign: 1, to: \.before)
            add(record, sign: 1, to: \.after)
        }
        return changes.keys.sorted().map { changes[$0]! }
    }
}

/// One figure of a stored row that a change alters: `units` 160 → 161 (empty when absent).
public struct FieldChange: Sendable, Hashable {
    /// The stored column (`visits`, `units`, `first_time` …), worded by the catalogues.
    public var name: String
    public var before: String
    public var after: String

    public init(name: String, before: String, after: String) {
        self.name = name
        self.before = before
        self.after = after
    }
}
