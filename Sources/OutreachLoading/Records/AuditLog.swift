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

extension AuditEntry {
    /// A line as stored; nil when it has the wrong number of fields.
    init?(fields: [String]) {
        guard fields.count == Self.header.count else { return nil }
        let number = { (index: Int) in Int(fields[index]) ?? 0 }
        self.init(
            time: fields[0], by: fields[1], command: fields[2], table: fields[3], file: fields[4], fileHash: fields[5],
            rows: number(6), periods: fields[7].split(separator: " ").map(String.init), added: number(8),
            removed: number(9), changed: number(10), unchanged: number(11), resultHash: fields[12])
    }
}

/// Appends to the audit log; existing lines are never rewritten.
enum AuditLog {
    static func append(_ entry: AuditEntry, to url: URL) throws(WriteFailure) {
        try append([entry], to: url, after: nil)
    }

    /// Appends `entries`; with `length`, whatever follows the log's first `length` bytes (the same lines, written
    /// by a run killed part-way) is replaced, so a journal finished twice logs its lines once.
    static func append(_ entries: [AuditEntry], to url: URL, after length: Int?) throws(WriteFailure) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw WriteFailure.system(url.path, .append) }
        defer { close(descriptor) }
        var end = lseek(descriptor, 0, SEEK_END)
        if let length, length < end {
            guard ftruncate(descriptor, off_t(length)) == 0 else { throw WriteFailure.system(url.path, .append) }
            end = lseek(descriptor, 0, SEEK_END)
        }
        let text =
            (end == 0 ? CSVWriter.document(header: AuditEntry.header, rows: []) : "")
            + entries.map { CSVWriter.line($0.fields) }.joined()
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            guard result > 0 else { throw WriteFailure.system(url.path, .append) }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw WriteFailure.system(url.path, .append) }
    }

    /// The log's length in bytes, 0 when there is none yet.
    static func length(of url: URL) -> Int {
        var status = stat()
        return stat(url.path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Every line of the log, oldest first; lines that do not parse are skipped (`check` reports them).
    static func entries(in url: URL) -> [AuditEntry] {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8),
            let records = try? CSVParser.parse(text)
        else { return [] }
        return records.dropFirst().compactMap { AuditEntry(fields: $0.fields) }
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
