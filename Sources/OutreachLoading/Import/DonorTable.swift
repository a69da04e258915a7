import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// `records/donors.csv` as `import records` writes it.
public enum DonorTable {
    /// The donors, empty when nothing has been imported; a damaged row is a located problem. Read row by row from
    /// bytes: the table can hold millions of donors.
    public static func load(_ paths: WorkspacePaths) -> ([ImportedDonor], [Problem]) {
        let file = paths.workspaceFile(RecordIntake.donorsFile)
        guard FileManager.default.fileExists(atPath: file.url.path) else { return ([], []) }
        let columns = RecordIntake.donorsHeader
        var donors: [ImportedDonor] = []
        var problems: [Problem] = []
        func problem(_ kind: ProblemKind, line: Int, column: Int? = nil) {
            let field = column.map { columns[$0 - 1] }
            problems.append(
                Problem(
                    .error, kind, field: field, location: SourceLocation(file: file.display, line: line, column: column)
                ))
        }
        do {
            var isHeader = true
            try CSVRowReader(try ByteStream(path: file.url.path)).forEachRow { row in
                if isHeader {
                    isHeader = false
                    return
                }
                guard row.count == columns.count else {
                    return problem(.fieldCount(expected: columns.count, found: row.count), line: row.line)
                }
                guard let last = CivilDate(row.string(3)) else {
                    return problem(
                        .invalidValue(field: columns[3], value: row.string(3), expected: .donationDate), line: row.line,
                        column: 4)
                }
                guard let type = DonationType(rawValue: row.string(4)) else {
                    return problem(
                        .invalidValue(field: columns[4], value: row.string(4), expected: .donationType), line: row.line,
                        column: 5)
                }
                let venue = row.string(2)
                donors.append(
                    ImportedDonor(
                        key: row.string(0), regionCode: row.string(1), venueID: venue.isEmpty ? nil : venue,
                        lastDonation: last, lastType: type, birthYear: Int(row.string(5)), donations: 0))
            }
        } catch let quote as CSVRowReader.UnterminatedQuote {
            problem(.unterminatedQuote, line: quote.line)
        } catch {
            problems.append(
                Problem(.error, .unreadableFile(.from(error)), location: SourceLocation(file: file.display)))
        }
        return (donors, problems)
    }

    /// The imported donors grouped by the venue of their last donation and the day they may give whole blood
    /// again, for the planner; empty without a table (a damaged table is reported by `recall` and `pools`). Read
    /// only when planning: the table can hold hundreds of thousands of donors.
    public static func recentDonations(_ paths: WorkspacePaths, rules: DonationRules?) -> [RecentDonations] {
        guard let rules else { return [] }
        let (donors, problems) = load(paths)
        guard problems.isEmpty else { return [] }
        var counts: [String: [CivilDate: Int]] = [:]
        for donor in donors {
            guard let venue = donor.venueID,
                let day = rules.nextEligibleDay(after: donor.lastDonation, from: donor.lastType, to: .wholeBlood)
            else { continue }
            counts[venue, default: [:]][day, default: 0] += 1
        }
        return counts.keys.sorted().flatMap { venue in
            counts[venue]!.keys.sorted().map {
                RecentDonations(venueID: venue, eligibleAgain: $0, donors: counts[venue]![$0]!)
            }
        }
    }
}
