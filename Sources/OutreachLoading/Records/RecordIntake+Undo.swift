import Foundation
import Glibc
import OutreachFormats
import OutreachModel

extension RecordIntake {
    /// Puts back the last kept change: every table it replaced returns to its version before, or nothing does.
    ///
    /// Each table is checked first: one still holding the change's result is restored, one already back at its
    /// earlier version (a killed undo, or a change killed before its renames) is left, and any other content — an
    /// edit made since — refuses the whole undo. Restoring is a copy and a rename per table, so an undo killed
    /// half-way is finished by running it again. The audit log gets an `undo` line per table.
    public func undo() throws(IntakeFailure) -> HistoryEntry {
        let lock = try self.lock("undo")
        defer { withExtendedLifetime(lock) {} }
        var pending = ChangeHistory.entries(paths).filter { !$0.isUndone }
        while let entry = pending.popLast() {
            var restore: [HistoryEntry.Table] = []
            for table in entry.tables {
                let url = paths.workspaceFile(table.path).url
                let current: String
                if FileManager.default.fileExists(atPath: url.path) {
                    do { current = try SHA256.file(url) } catch {
                        throw .writeFailed(.from(error, path: url.path, step: .read))
                    }
                } else {
                    current = ""
                }
                if current == table.before { continue }
                guard current == table.after else {
                    throw .undoConflict(path: paths.workspaceFile(table.path).display, entry: entry.id)
                }
                restore.append(table)
            }
            // A change killed before any rename never happened: step past it to the one before.
            if restore.isEmpty && !entry.tables.isEmpty && !hasAudit(entry) {
                if !dryRun { try? ChangeHistory.markUndone(entry, paths) }
                continue
            }
            if dryRun { return entry }
            try restoreAll(restore, of: entry)
            return entry
        }
        throw .nothingToUndo
    }

    /// Restores the tables in one journal with the audit lines and the entry's move to `.undone`: all or nothing.
    private func restoreAll(_ restore: [HistoryEntry.Table], of entry: HistoryEntry) throws(IntakeFailure) {
        var writers: [AtomicFile.Writer] = []
        var steps: [ChangeJournal.Step] = []
        var journal = ChangeJournal(steps: [], auditLength: 0, lines: [])
        let audit = paths.workspaceFile(RecordStore.auditFile).url
        do throws(WriteFailure) {
            for table in restore {
                let target = paths.workspaceFile(table.path).url
                if table.before.isEmpty {
                    steps.append(.remove(target.resolvingSymlinksInPath().path))
                    continue
                }
                let kept = ChangeHistory.keptFile(table, of: entry, paths)
                guard let data = FileManager.default.contents(atPath: kept.path) else {
                    throw WriteFailure(path: kept.path, step: .read, cause: .keptVersionMissing)
                }
                let writer = try AtomicFile.Writer(target)
                try writer.write([UInt8](data))
                try writer.prepare()
                writers.append(writer)
                steps.append(.rename(from: writer.temporary, to: writer.url.path))
            }
            let folder = ChangeHistory.url(of: entry, paths).path
            steps.append(.rename(from: folder, to: folder + ChangeHistory.undoneSuffix))
            let lines = entry.tables.map { table in
                AuditEntry(
                    time: time, by: by, command: "undo", table: table.table,
                    file: ChangeHistory.folder + "/" + entry.id,
                    fileHash: "", rows: 0, periods: [], added: 0, removed: 0, changed: 0, unchanged: 0,
                    resultHash: table.before)
            }
            journal = ChangeJournal(steps: steps, auditLength: AuditLog.length(of: audit), lines: lines)
            try journal.write(paths)
        } catch {
            throw .writeFailed(error)
        }
        for writer in writers { writer.handOver() }
        if stopAt == .afterJournal { throw .interrupted }
        do throws(WriteFailure) { try journal.finish(paths, stopBeforeAudit: stopAt == .beforeAudit) } catch {
            throw .unfinished(error)
        }
        if stopAt != nil { throw .interrupted }
    }

    /// Whether the audit log has the change's lines: written only after every rename.
    private func hasAudit(_ entry: HistoryEntry) -> Bool {
        AuditLog.entries(in: paths.workspaceFile(RecordStore.auditFile).url).contains {
            $0.time == entry.time && $0.command == entry.command && $0.file == entry.file
        }
    }
}
