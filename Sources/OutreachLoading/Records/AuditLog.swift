import Foundation
import Glibc
import OutreachFormats
import OutreachModel

/// One line of `records/audit.csv`: who recorded which file (by hash) when, and what it changed.
public struct AuditEntry: Sendable, Equatable {
    public var time: String
    public var by: String
    /// `record donations`, `simulate`, `actions close` …
    public var command: String
    /// The stored table changed: `promotion`, `donations`, `targets` or `actions`. A change found without an entry
    /// (an interrupted run, or a hand edit) is logged with the command `unaudited-change`.
    public var table: String
    public var file: String
    public var fileHash: String
    public var rows: Int
    public var periods: [String]
    public var added: Int
    public var removed: Int
    public var changed: Int
    public var unchanged: Int
    /// SHA-256 of the stored table after the change; a mismatch on the next run reveals an unaudited change.
    public var resultHash: String

    static let header = [
        "time", "by", "command", "table", "file", "sha256", "rows", "periods", "added", "removed", "changed",
        "unchanged",
        "result_sha256",
    ]

    var fields: [String] {
        [
            time, by, command, table, file, fileHash, String(rows), periods.joined(separator: " "), String(added),
            String(removed), String(changed), String(unchanged), resultHash,
        ]
    }
}

/// Appends to the audit log; existing lines are never rewritten.
enum AuditLog {
    static func append(_ entry: AuditEntry, to url: URL) throws(WriteFailure) {
        let exists = FileManager.default.fileExists(atPath: url.path)
        let text =
            (exists ? "" : CSVWriter.document(header: AuditEntry.header, rows: [])) + CSVWriter.line(entry.fields)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else {
            throw WriteFailure.system(url.path, .append)
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, bytes.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            throw WriteFailure.system(url.path, .append)
        }
    }

    /// Every line of the log, oldest first; lines that do not parse are skipped (`check` reports them).
    static func entries(in url: URL) -> [AuditEntry] {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8),
            let records = try? CSVParser.parse(text)
        else { return [] }
        return records.dropFirst().compactMap { record in
            let fields = record.fields
            guard fields.count == AuditEntry.header.count else { return nil }
            let number = { (index: Int) in Int(fields[index]) ?? 0 }
            return AuditEntry(
                time: fields[0], by: fields[1], command: fields[2], table: fields[3], file: fields[4],
                fileHash: fields[5], rows: number(6), periods: fields[7].split(separator: " ").map(String.init),
                added: number(8), removed: number(9), changed: number(10), unchanged: number(11),
                resultHash: fields[12])
        }
    }

    /// The result hash of the last entry for a stored table, nil when the log has none.
    static func lastResultHash(table: String, in url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8),
            let records = try? CSVParser.parse(text)
        else { return nil }
        let tableColumn = AuditEntry.header.firstIndex(of: "table")!
        let hashColumn = AuditEntry.header.firstIndex(of: "result_sha256")!
        return records.dropFirst().last { $0.fields.count > hashColumn && $0.fields[tableColumn] == table }?
            .fields[hashColumn]
    }
}
