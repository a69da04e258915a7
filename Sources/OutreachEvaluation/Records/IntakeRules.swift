import OutreachModel

/// The checks on a month's figures that need more than one field: duplicates, plausibility, months that have not
/// ended, and rows at two levels of one branch. Parsing problems are found earlier, by the reader.
public enum IntakeRules {
    /// A problem about the row at `index`, in `field` (nil: the whole row).
    public typealias Finding = (index: Int, field: String?, problem: Problem)

    public static func check<Record: MonthlyRecord>(
        _ records: [Record], lines: [Int], tree: RegionTree, today: CivilDate
    ) -> [Finding] {
        var found: [Finding] = []
        var firstLine: [String: Int] = [:]
        let current = YearMonth(today)
        for (index, record) in records.enumerated() {
            if let line = firstLine[record.key] {
                found.append((index, nil, .error(.duplicateRecord(key: record.key, firstLine: line))))
            } else {
                firstLine[record.key] = lines[index]
            }
            if record.month >= current {
                found.append((index, "month", .error(.futureMonth(record.month.description))))
            }
        }
        // No month may hold rows for a region and one of its ancestors. Recording replaces whole months, so the
        // file alone decides.
        var incomingByMonth: [YearMonth: Set<String>] = [:]
        for record in records { incomingByMonth[record.month, default: []].insert(record.regionCode) }
        var reported: Set<String> = []
        for (index, record) in records.enumerated() {
            let present = incomingByMonth[record.month] ?? []
            for ancestor in tree.ancestors(of: record.regionCode) where present.contains(ancestor.code) {
                let key = record.month.description + record.regionCode + ancestor.code
                if reported.insert(key).inserted {
                    found.append(
                        (
                            index, "region",
                            .error(
                                .nestedRecord(
                                    region: record.regionCode, ancestor: ancestor.code,
                                    month: record.month.description))
                        ))
                }
            }
        }
        return found
    }

    /// Plausibility of one donations row.
    public static func check(_ record: DonationRecord) -> [(field: String, problem: Problem)] {
        var found: [(String, Problem)] = []
        let visits = record.visits
        if record.units > Double(visits) * 2 {
            found.append(("units", .error(.unitsAboveMaximum(units: record.units, visits: visits))))
        } else if record.units < Double(visits - (record.plateletDoses ?? 0)) {
            found.append(("units", .warning(.unitsBelowVisits(units: record.units, visits: visits))))
        }
        if let firstTime = record.firstTime, firstTime > visits {
            found.append(
                ("first_time", .error(.countAboveVisits(field: "first_time", count: firstTime, visits: visits))))
        }
        return found
    }
}
