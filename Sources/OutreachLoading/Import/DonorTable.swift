import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// `records/donors.csv` as `import records` writes it.
public enum DonorTable {
    /// The donors, empty when nothing has been imported; a damaged row is a located problem.
    public static func load(_ paths: WorkspacePaths) -> ([ImportedDonor], [Problem]) {
        let file = paths.workspaceFile(RecordIntake.donorsFile)
        switch FileText.read(file.url, display: file.display) {
        case .missing: return ([], [])
        case .failed(let problem): return ([], [problem])
        case .text(let text):
            let records: [CSVRecord]
            do { records = try CSVParser.parse(text) } catch {
                return (
                    [],
                    [
                        Problem(
                            .error, .unterminatedQuote, location: SourceLocation(file: file.display, line: error.line))
                    ]
                )
            }
            var donors: [ImportedDonor] = []
            var problems: [Problem] = []
            for record in records.dropFirst() {
                let fields = record.fields
                guard fields.count == RecordIntake.donorsHeader.count, let last = CivilDate(fields[3]),
                    let type = DonationType(rawValue: fields[4])
                else {
                    problems.append(
                        Problem(
                            .error, .fieldCount(expected: RecordIntake.donorsHeader.count, found: fields.count),
                            location: SourceLocation(file: file.display, line: record.line)))
                    continue
                }
                donors.append(
                    ImportedDonor(
                        key: fields[0], regionCode: fields[1], venueID: fields[2].isEmpty ? nil : fields[2],
                        lastDonation: last, lastType: type, birthYear: Int(fields[5]), donations: 0))
            }
            return (donors, problems)
        }
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
