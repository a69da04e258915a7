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
}
