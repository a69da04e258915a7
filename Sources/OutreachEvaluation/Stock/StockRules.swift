import OutreachModel

/// The checks on a stock sheet that need more than one row: each day, group and component once; each series in
/// date order; no day after today; and, where the sheet gives collections, no more issued than was there to issue.
public enum StockRules {
    public static func check(_ records: [StockRecord], lines: [Int], today: CivilDate) -> [IntakeRules.Finding] {
        var found: [IntakeRules.Finding] = []
        var firstLine: [String: Int] = [:]
        var last: [StockSeries: Int] = [:]
        for (index, record) in records.enumerated() {
            if let line = firstLine[record.key] {
                found.append((index, nil, .error(.duplicateRecord(key: record.key, firstLine: line))))
                continue
            }
            firstLine[record.key] = lines[index]
            if record.date > today {
                found.append((index, "date", .error(.implausibleDate(record.date.description))))
            }
            if let previous = last[record.series] {
                let before = records[previous]
                if record.date < before.date {
                    found.append(
                        (
                            index, "date",
                            .error(
                                .dateOutOfOrder(
                                    date: record.date.description, previous: before.date.description,
                                    previousLine: lines[previous]))
                        ))
                    continue
                }
                // Stock at the end of the day before, plus what came in, is all that could go out.
                if let collected = record.collected, before.date.adding(days: 1) == record.date,
                    record.issued > before.inStock + collected
                {
                    found.append(
                        (
                            index, "issued",
                            .error(.issuedAboveAvailable(issued: record.issued, available: before.inStock + collected))
                        ))
                }
            }
            last[record.series] = index
        }
        return found
    }
}
