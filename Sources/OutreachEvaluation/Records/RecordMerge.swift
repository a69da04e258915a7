import OutreachModel

/// What re-recording changes: rows are matched by key (month, region, channel or venue kind).
public struct RecordDiff<Record: IntakeRow>: Sendable {
    public var added: [Record] = []
    public var removed: [Record] = []
    public var changed: [(before: Record, after: Record)] = []
    public var unchanged = 0

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}

/// Replaces whole periods: the months (or target years) a file covers are taken from the file, every other period
/// is kept.
///
/// A month is the unit of intake because staff keep one spreadsheet per month; a row missing from a re-recorded
/// month is therefore a row removed, not a row kept.
public enum RecordMerge {
    public static func replacingPeriods<Record: IntakeRow>(_ stored: [Record], with incoming: [Record]) -> (
        records: [Record], diff: RecordDiff<Record>
    ) {
        let months = Set(incoming.map(\.period))
        var diff = RecordDiff<Record>()
        let before = Dictionary(stored.filter { months.contains($0.period) }.map { ($0.key, $0) }) { first, _ in first }
        let incomingKeys = Set(incoming.map(\.key))
        var kept: [Record] = []
        for record in incoming {
            if let old = before[record.key] {
                if old.hasSameFigures(as: record) {
                    diff.unchanged += 1
                    kept.append(old)
                } else {
                    diff.changed.append((old, record))
                    kept.append(record)
                }
            } else {
                diff.added.append(record)
                kept.append(record)
            }
        }
        diff.removed = stored.filter { months.contains($0.period) && !incomingKeys.contains($0.key) }
        // Unchanged rows keep their stored form (and source), so recording the same figures again writes nothing new.
        let merged = (stored.filter { !months.contains($0.period) } + kept).sorted { $0.key < $1.key }
        return (merged, diff)
    }
}
