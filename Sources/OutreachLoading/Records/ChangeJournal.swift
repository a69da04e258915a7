import Foundation
import Glibc
import OutreachFormats
import OutreachModel

/// `records/journal.csv`: a change that is decided but perhaps not finished. Every new version is first written
/// beside its table and the old versions are kept in history; writing the journal is the moment the change
/// happens. Its renames and audit lines follow, and the journal is removed. A run killed before the journal
/// leaves every table as before (its temporary files are cleaned by the next command); killed after, the next
/// command to take the workspace lock finishes the journal, so every table a change touches, and its audit lines,
/// are seen old together or new together.
struct ChangeJournal: Equatable {
    enum Step: Equatable {
        /// A temporary file (or a history folder) put in place; already done when `from` is gone.
        case rename(from: String, to: String)
        /// A table that did not exist before the change `undo` restores.
        case remove(String)
    }

    var steps: [Step]
    /// The audit log's length before this change's lines: finishing twice writes them once.
    var auditLength: Int
    var lines: [AuditEntry]

    static let file = RecordStore.folder + "/journal.csv"

    /// Writes the journal: the change is decided from here.
    func write(_ paths: WorkspacePaths) throws(WriteFailure) {
        try AtomicFile.write(Array(document(paths).utf8), to: paths.workspaceFile(Self.file).url)
    }

    /// Does what the journal says, in order; each step may already have been done by an interrupted run.
    func finish(_ paths: WorkspacePaths, stopBeforeAudit: Bool = false) throws(WriteFailure) {
        for step in steps {
            switch step {
            case .rename(let from, let to):
                guard rename(from, to) == 0 || errno == ENOENT else { throw .system(to, .rename) }
                AtomicFile.syncFolder(of: to)
            case .remove(let path):
                guard unlink(path) == 0 || errno == ENOENT else { throw .system(path, .remove) }
                AtomicFile.syncFolder(of: path)
            }
        }
        if stopBeforeAudit { return }
        try AuditLog.append(lines, to: paths.workspaceFile(RecordStore.auditFile).url, after: auditLength)
        let url = paths.workspaceFile(Self.file).url
        guard unlink(url.path) == 0 || errno == ENOENT else { throw .system(url.path, .remove) }
        AtomicFile.syncFolder(of: url.path)
    }

    /// Run by every writing command once it holds the lock: finishes an interrupted change, then removes temporary
    /// files left by runs that were killed before deciding theirs. Returns the journal it finished.
    @discardableResult
    static func recover(_ paths: WorkspacePaths) throws(WriteFailure) -> ChangeJournal? {
        let url = paths.workspaceFile(file).url
        var finished: ChangeJournal?
        if let data = FileManager.default.contents(atPath: url.path) {
            let text = String(decoding: data, as: UTF8.self)
            guard let journal = ChangeJournal(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, paths)
            else {
                throw WriteFailure(path: url.path, step: .read, cause: .damagedJournal)
            }
            try journal.finish(paths)
            finished = journal
        }
        for folder in [paths.workspace, paths.workspaceFile(RecordStore.folder).url] {
            removeAbandonedTemporaries(in: folder)
        }
        return finished
    }

    /// Temporary files whose writing process is gone: a live writer of another folder keeps its file.
    static func removeAbandonedTemporaries(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(AtomicFile.temporarySuffix) {
            let stem = name.dropLast(AtomicFile.temporarySuffix.count)
            guard let dot = stem.lastIndex(of: "."),
                let pid = Int32(stem[stem.index(after: dot)...].prefix { $0 != "-" }), pid > 0,
                kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    // MARK: The file

    private static let header = ["step", "value", "to"]

    /// Paths inside the workspace are kept relative to it; a table reached through a symbolic link keeps the
    /// absolute path of the file it names.
    private func document(_ paths: WorkspacePaths) -> String {
        let root = paths.workspace.path + "/"
        func relative(_ path: String) -> String { path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path }
        var rows = [["audit", String(auditLength), ""]]
        for step in steps {
            switch step {
            case .rename(let from, let to): rows.append(["rename", relative(from), relative(to)])
            case .remove(let path): rows.append(["remove", relative(path), ""])
            }
        }
        rows += lines.map { ["line"] + $0.fields }
        return CSVWriter.document(header: Self.header, rows: rows)
    }

    private init?(_ text: String, _ paths: WorkspacePaths) {
        guard let records = try? CSVParser.parse(text), records.first?.fields == Self.header else { return nil }
        func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : paths.workspace.appendingPathComponent(path).path
        }
        (steps, auditLength, lines) = ([], -1, [])
        for record in records.dropFirst() {
            let fields = record.fields
            switch (fields.first, fields.count) {
            case ("audit", 3): auditLength = Int(fields[1]) ?? -1
            case ("rename", 3): steps.append(.rename(from: absolute(fields[1]), to: absolute(fields[2])))
            case ("remove", 3): steps.append(.remove(absolute(fields[1])))
            case ("line", AuditEntry.header.count + 1):
                guard let entry = AuditEntry(fields: Array(fields.dropFirst())) else { return nil }
                lines.append(entry)
            default: return nil
            }
        }
        guard auditLength >= 0 else { return nil }
    }

    init(steps: [Step], auditLength: Int, lines: [AuditEntry]) {
        self.steps = steps
        self.auditLength = auditLength
        self.lines = lines
    }
}
