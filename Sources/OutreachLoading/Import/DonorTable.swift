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
                // Tables written before `blood_group` have one column fewer.
                guard row.count == columns.count || row.count == columns.count - 1 else {
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
                let groupText = row.count > 6 ? row.string(6) : ""
                let group = BloodGroup(groupText)
                if group == nil && !groupText.isEmpty {
                    return problem(
                        .invalidValue(field: columns[6], value: groupText, expected: .bloodGroup), line: row.line,
                        column: 7)
                }
                donors.append(
                    ImportedDonor(
                        key: row.string(0), regionCode: row.string(1), venueID: venue.isEmpty ? nil : venue,
                        lastDonation: last, lastType: type, birthYear: Int(row.string(5)), donations: 0,
                        bloodGroup: group))
            }
        } catch let quote as CSVRowReader.UnterminatedQuote {
            problem(.unterminatedQuote, line: quote.line)
        } catch {
            problems.append(
                Problem(.error, .unreadableFile(.from(error)), location: SourceLocation(file: file.display)))
        }
        return (donors, problems)
    }

    /// Each venue's blood-group mix among its imported donors with a known group, for venues with at least
    /// `minimumDonors` of them (fewer make a mix of noise); empty without a table.
    public static func venueGroupMix(_ donors: [ImportedDonor], minimumDonors: Int = 30) -> [String: [BloodGroup:
        Double]]
    {
        var counts: [String: [BloodGroup: Int]] = [:]
        for donor in donors {
            guard let venue = donor.venueID, let group = donor.bloodGroup else { continue }
            counts[venue, default: [:]][group, default: 0] += 1
        }
        return counts.compactMapValues { groups in
            let total = groups.values.reduce(0, +)
            guard total >= minimumDonors else { return nil }
            return groups.mapValues { Double($0) / Double(total) }
        }
    }

    /// The imported donors grouped by the venue of their last donation and the day they may give whole blood
    /// again, for the planner; empty without a table (a damaged table is reported by `recall` and `pools`). Read
    /// only when planning: the table can hold hundreds of thousands of donors.
    public static func recentDonations(_ donors: [ImportedDonor], rules: DonationRules?) -> [RecentDonations] {
        guard let rules else { return [] }
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
