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
        // Each stored row's period and key made once: a province stores millions of rows.
        let replaced = stored.map { months.contains($0.period) }
        let storedKeys = stored.map(\.key)
        let before = Dictionary(
            stored.indices.filter { replaced[$0] }.map { (storedKeys[$0], stored[$0]) },
            uniquingKeysWith: { first, _ in first })
        let incomingKeys = incoming.map(\.key)
        let incomingKeySet = Set(incomingKeys)
        var kept: [Record] = []
        for (record, key) in zip(incoming, incomingKeys) {
            if let old = before[key] {
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
        diff.removed = stored.indices.filter { replaced[$0] && !incomingKeySet.contains(storedKeys[$0]) }.map {
            stored[$0]
        }
        // Unchanged rows keep their stored form (and source), so recording the same figures again writes nothing new.
        let untouched = stored.indices.filter { !replaced[$0] }
        let rows = untouched.map { stored[$0] } + kept
        let keys = untouched.map { storedKeys[$0] } + kept.map(\.key)
        let merged = rows.indices.sorted { keys[$0] < keys[$1] }.map { rows[$0] }
        return (merged, diff)
    }
}
