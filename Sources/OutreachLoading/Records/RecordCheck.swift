import Foundation
import OutreachFormats
import OutreachModel

/// What `check` finds in `records/`: every stored table read as the commands read it, the audit log line by line,
/// and each stored table compared with the result its last audit line recorded — a table changed since (by hand,
/// by a copy from elsewhere, by a damaged disk) is named with the line it no longer matches.
public enum RecordCheck {
    /// The tables under `records/` the audit log follows, by the name its lines give them.
    static let auditedTables = [
        ("promotion", RecordStore.promotionFile), ("donations", RecordStore.donationsFile),
        ("drives", RecordStore.drivesFile), ("actions", RecordStore.actionsFile),
        ("experiments", RecordStore.experimentsFile), ("donors", RecordIntake.donorsFile),
    ]

    public static func problems(_ paths: WorkspacePaths, workspace: Workspace) -> [Problem] {
        RecordStore.load(paths, workspace: workspace).problems + DonorTable.load(paths).1 + auditProblems(paths)
    }

    static func auditProblems(_ paths: WorkspacePaths) -> [Problem] {
        let file = paths.workspaceFile(RecordStore.auditFile)
        let text: String
        switch FileText.read(file.url, display: file.display) {
        case .missing: return []
        case .failed(let problem): return [problem]
        case .text(let read): text = read
        }
        func problem(_ kind: ProblemKind, line: Int, column: Int? = nil, severity: Problem.Severity = .error)
            -> Problem
        {
            Problem(
                severity, kind, field: column.map { AuditEntry.header[$0 - 1] },
                location: SourceLocation(file: file.display, line: line, column: column))
        }
        let records: [CSVRecord]
        do throws(CSVSyntaxError) { records = try CSVParser.parse(text) } catch {
            return [problem(error.problem, line: error.line)]
        }
        guard let header = records.first, header.fields == AuditEntry.header else {
            return [
                problem(
                    .fieldCount(expected: AuditEntry.header.count, found: records.first?.fields.count ?? 0), line: 1)
            ]
        }
        var problems: [Problem] = []
        var last: [String: (hash: String, line: Int)] = [:]
        let numbers = ["rows", "added", "removed", "changed", "unchanged"].compactMap {
            AuditEntry.header.firstIndex(of: $0)
        }
        let hashColumn = AuditEntry.header.firstIndex(of: "result_sha256")!
        for record in records.dropFirst() {
            guard let entry = AuditEntry(fields: record.fields) else {
                problems.append(
                    problem(
                        .fieldCount(expected: AuditEntry.header.count, found: record.fields.count), line: record.line))
                continue
            }
            if let bad = numbers.first(where: { Int(record.fields[$0]) == nil }) {
                problems.append(
                    problem(
                        .invalidValue(
                            field: AuditEntry.header[bad], value: record.fields[bad], expected: .nonNegativeInteger),
                        line: record.line, column: bad + 1))
                continue
            }
            guard entry.resultHash.count == 64, entry.resultHash.allSatisfy(\.isHexDigit) else {
                problems.append(
                    problem(
                        .invalidValue(field: "result_sha256", value: entry.resultHash, expected: .sha256),
                        line: record.line, column: hashColumn + 1))
                continue
            }
            last[entry.table] = (entry.resultHash, record.line)
        }
        for (table, path) in auditedTables {
            guard let logged = last[table] else { continue }
            let url = paths.workspaceFile(path).url
            let current = FileManager.default.contents(atPath: url.path).map { SHA256.hex([UInt8]($0)) }
            if current != logged.hash {
                problems.append(
                    problem(
                        .changedSinceAudit(table: paths.workspaceFile(path).display, missing: current == nil),
                        line: logged.line, column: hashColumn + 1))
            }
        }
        return problems
    }
}
