import OutreachModel

/// What re-recording changes: rows are matched by key (month, region, channel or venue kind).
public struct RecordDiff<Record: MonthlyRecord>: Sendable {
    public var added: [Record] = []
    public var removed: [Record] = []
    public var changed: [(before: Record, after: Record)] = []
    public var unchanged = 0

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}

/// Replaces whole months: the months a file covers are taken from the file, every other month is kept.
///
/// A month is the unit of intake because staff keep one spreadsheet per month; a row missing from a re-recorded
/// month is therefore a row removed, not a row kept.
public enum RecordMerge {
    public static func replacingMonths<Record: MonthlyRecord>(_ stored: [Record], with incoming: [Record]) -> (
        records: [Record], diff: RecordDiff<Record>
    ) {
        let months = Set(incoming.map(\.month))
        var diff = RecordDiff<Record>()
        let before = Dictionary(stored.filter { months.contains($0.month) }.map { ($0.key, $0) }) { first, _ in first }
        let incomingKeys = Set(incoming.map(\.key))
        for record in incoming {
            if let old = before[record.key] {
                if old == record { diff.unchanged += 1 } else { diff.changed.append((old, record)) }
            } else {
                diff.added.append(record)
            }
        }
        diff.removed = stored.filter { months.contains($0.month) && !incomingKeys.contains($0.key) }
        let merged = (stored.filter { !months.contains($0.month) } + incoming).sorted { $0.key < $1.key }
        return (merged, diff)
    }
}
