import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// `records/drives.csv`, read from bytes row by row: ten years of a province's venue-days run to millions of rows,
/// which the String-based table reader would take tens of seconds and gigabytes to read. Every value is checked;
/// a damaged row is a located problem, as in every other table.
public enum DriveTable {
    public static func load(_ paths: WorkspacePaths, workspace: Workspace) -> ([DriveRecord], [Problem]) {
        let file = paths.workspaceFile(RecordStore.drivesFile)
        guard FileManager.default.fileExists(atPath: file.url.path) else { return ([], []) }
        let columns = RecordTables.drivesHeader
        var drives: [DriveRecord] = []
        var problems: [Problem] = []
        func problem(_ kind: ProblemKind, line: Int, column: Int? = nil) {
            guard problems.count < 50 else { return }
            problems.append(
                Problem(
                    .error, kind, field: column.map { columns[$0] },
                    location: SourceLocation(file: file.display, line: line, column: column.map { $0 + 1 })))
        }
        let venues = workspace.venues
        let venueIndex = Dictionary(venues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let regions = Set(workspace.regions.map(\.code))
        var venueTable = ByteKeyTable<Int>()
        var regionTable = ByteKeyTable<String?>()
        var kindTable = ByteKeyTable<VenueKind?>()
        var sourceTable = ByteKeyTable<String>()
        do {
            var isHeader = true
            try CSVRowReader(try ByteStream(path: file.url.path)).forEachRow { row in
                if isHeader {
                    isHeader = false
                    let found = (0..<row.count).map { row.string($0).trimmingSpaces() }
                    if Array(found.prefix(columns.count - 1)) != Array(columns.prefix(columns.count - 1)) {
                        problem(.missingColumn(columns.first { !found.contains($0) } ?? columns[0]), line: 1)
                    }
                    return
                }
                guard row.count >= columns.count - 1 else {
                    return problem(.fieldCount(expected: columns.count, found: row.count), line: row.line)
                }
                func invalid(_ column: Int, _ expected: Expectation) {
                    problem(
                        .invalidValue(field: columns[column], value: row.string(column), expected: expected),
                        line: row.line, column: column)
                }
                guard let day = ExportValues.date(row.field(0)) else { return invalid(0, .date) }
                let venue = venueTable[
                    venueTable.index(of: row.field(1)) {
                        venueIndex[String(decoding: row.field(1), as: UTF8.self)] ?? -1
                    }]
                guard venue >= 0 else {
                    let id = row.string(1)
                    return problem(
                        .unknownReference(
                            .venue, id, suggestion: NearestName.suggestion(for: id, among: venues.map(\.id))),
                        line: row.line, column: 1)
                }
                let region = regionTable[
                    regionTable.index(of: row.field(2)) {
                        let code = String(decoding: row.field(2), as: UTF8.self)
                        return regions.contains(code) ? code : nil
                    }]
                guard let region else { return invalid(2, .oneOf(["region code"])) }
                let kind = kindTable[
                    kindTable.index(of: row.field(3)) {
                        VenueKind(rawValue: String(decoding: row.field(3), as: UTF8.self))
                    }]
                guard let kind else { return invalid(3, .oneOf(VenueKind.allCases.map(\.rawValue))) }
                guard let donations = ExportValues.count(row.field(4)) else { return invalid(4, .nonNegativeInteger) }
                guard let deferred = ExportValues.count(row.field(5)) else { return invalid(5, .nonNegativeInteger) }
                guard let doses = ExportValues.count(row.field(7)) else { return invalid(7, .nonNegativeInteger) }
                guard let firstTime = ExportValues.count(row.field(8)) else { return invalid(8, .nonNegativeInteger) }
                guard let units = Self.decimal(row.field(6)) else { return invalid(6, .nonNegativeNumber) }
                let source =
                    row.count > 9
                    ? sourceTable[sourceTable.index(of: row.field(9)) { row.string(9) }] : ""
                drives.append(
                    DriveRecord(
                        date: CivilDate(dayNumber: day), venueID: venues[venue].id, regionCode: region,
                        venueKind: kind, donations: donations, deferred: deferred, units: units,
                        plateletDoses: doses, firstTime: firstTime, source: source))
            }
        } catch let quote as CSVRowReader.UnterminatedQuote {
            problem(.unterminatedQuote, line: quote.line)
        } catch {
            problems.append(
                Problem(.error, .unreadableFile(.from(error)), location: SourceLocation(file: file.display)))
        }
        return (drives, problems)
    }

    /// A non-negative decimal as the tool writes it (`160`, `160.5`), without making a String.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var whole = 0.0
        var fraction = 0.0
        var scale = 1.0
        var digits = 0
        var seenPoint = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                guard digits <= 15 else { return nil }
                if seenPoint {
                    scale /= 10
                    fraction += Double(byte - 0x30) * scale
                } else {
                    whole = whole * 10 + Double(byte - 0x30)
                }
            } else if byte == 0x2E && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
        }
        return digits > 0 ? whole + fraction : nil
    }
}
