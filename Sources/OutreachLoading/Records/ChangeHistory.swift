import Foundation
import Glibc
import OutreachFormats
import OutreachModel

/// A change kept in `records/history/NNNNNN/`: the version of each table before the change, and a manifest naming
/// the command and each table's hash before and after, so `outreach undo` can put it back and can tell a table
/// edited since (its hash no longer the after-hash) from one it may restore.
public struct HistoryEntry: Sendable, Equatable {
    public struct Table: Sendable, Equatable {
        /// The audit log's table name: `donations`, `targets`, `donors` …
        public var table: String
        /// Relative to the workspace: `records/donations.csv`.
        public var path: String
        /// SHA-256 of the kept version; empty when the table did not exist before the change.
        public var before: String
        public var after: String
    }

    public var id: String
    public var time: String
    public var by: String
    public var command: String
    public var file: String
    public var tables: [Table]
    /// Undone already (`undo` moved it aside), or never applied (a run killed before its first rename).
    public var isUndone: Bool
}

/// The kept versions, one folder per change, owner-only: they hold the station's figures. Tables are replaced by
/// rename, so the kept version is the old file itself, hard-linked: keeping costs no copy.
enum ChangeHistory {
    static let folder = RecordStore.folder + "/history"
    static let manifest = "manifest.csv"
    static let undoneSuffix = ".undone"
    static let header = ["time", "by", "command", "file", "table", "path", "before_sha256", "after_sha256"]

    /// Creates the next entry's folder; failing here refuses the write before anything changed.
    static func begin(_ paths: WorkspacePaths) throws(WriteFailure) -> URL {
        let root = paths.workspaceFile(folder).url
        for url in [paths.workspaceFile(RecordStore.folder).url, root] {
            guard mkdir(url.path, 0o700) == 0 || errno == EEXIST else { throw .system(url.path, .createFolder) }
        }
        guard access(root.path, W_OK) == 0 else { throw .system(root.path, .createFolder) }
        var number = (folders(paths).compactMap { Int($0.prefix(6)) }.max() ?? 0) + 1
        while true {
            let url = root.appendingPathComponent(String(format: "%06d", number))
            if mkdir(url.path, 0o700) == 0 { return url }
            guard errno == EEXIST else { throw .system(url.path, .createFolder) }
            number += 1
        }
    }

    /// Keeps the current version of a table in `entry` and returns its hash ("" when there is none yet).
    static func keep(_ path: String, _ paths: WorkspacePaths, in entry: URL) throws(WriteFailure) -> String {
        // Through a symbolic link to the file it names: a kept link would read as the table's current content.
        let current = paths.workspaceFile(path).url.resolvingSymlinksInPath()
        guard FileManager.default.fileExists(atPath: current.path) else { return "" }
        let kept = entry.appendingPathComponent(storedName(path))
        if link(current.path, kept.path) != 0 {
            // Another file system or no hard links: copy instead.
            guard let data = FileManager.default.contents(atPath: current.path) else {
                throw .system(current.path, .read)
            }
            try AtomicFile.write([UInt8](data), to: kept)
        }
        do { return try SHA256.file(kept) } catch { throw .from(error, path: kept.path, step: .read) }
    }

    /// Completes an entry: only an entry with a manifest is ever undone.
    static func seal(_ entry: HistoryEntry, at url: URL) throws(WriteFailure) {
        let rows = entry.tables.map {
            [entry.time, entry.by, entry.command, entry.file, $0.table, $0.path, $0.before, $0.after]
        }
        try AtomicFile.write(
            Array(CSVWriter.document(header: header, rows: rows).utf8), to: url.appendingPathComponent(manifest))
    }

    /// Every sealed entry, oldest first.
    static func entries(_ paths: WorkspacePaths) -> [HistoryEntry] {
        let root = paths.workspaceFile(folder).url
        return folders(paths).sorted().compactMap { name in
            let url = root.appendingPathComponent(name).appendingPathComponent(manifest)
            guard let data = FileManager.default.contents(atPath: url.path),
                let text = String(data: data, encoding: .utf8), let records = try? CSVParser.parse(text)
            else { return nil }
            let rows = records.dropFirst().map(\.fields).filter { $0.count == header.count }
            guard let first = rows.first else { return nil }
            return HistoryEntry(
                id: String(name.prefix(6)), time: first[0], by: first[1], command: first[2], file: first[3],
                tables: rows.map { HistoryEntry.Table(table: $0[4], path: $0[5], before: $0[6], after: $0[7]) },
                isUndone: name.hasSuffix(undoneSuffix))
        }
    }

    static func url(of entry: HistoryEntry, _ paths: WorkspacePaths) -> URL {
        paths.workspaceFile(folder).url.appendingPathComponent(entry.id + (entry.isUndone ? undoneSuffix : ""))
    }

    static func keptFile(_ table: HistoryEntry.Table, of entry: HistoryEntry, _ paths: WorkspacePaths) -> URL {
        url(of: entry, paths).appendingPathComponent(storedName(table.path))
    }

    static func markUndone(_ entry: HistoryEntry, _ paths: WorkspacePaths) throws(WriteFailure) {
        let from = url(of: entry, paths)
        guard rename(from.path, from.path + undoneSuffix) == 0 else { throw .system(from.path, .rename) }
    }

    /// Keeps the newest `count` entries; older ones, and unsealed ones left by a killed run, are removed.
    static func prune(_ paths: WorkspacePaths, keep count: Int) {
        let root = paths.workspaceFile(folder).url
        let names = folders(paths).sorted()
        let sealed = Set(entries(paths).map(\.id))
        let newest = names.last
        for (index, name) in names.enumerated()
        where index < names.count - count || (!sealed.contains(String(name.prefix(6))) && name != newest) {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
    }

    private static func folders(_ paths: WorkspacePaths) -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: paths.workspaceFile(folder).url.path)) ?? []
        return names.filter { $0.count >= 6 && Int($0.prefix(6)) != nil }
    }

    /// `records/donations.csv` is kept as `records__donations.csv`: one flat folder per entry.
    private static func storedName(_ path: String) -> String {
        path.replacingOccurrences(of: "/", with: "__")
    }
}
