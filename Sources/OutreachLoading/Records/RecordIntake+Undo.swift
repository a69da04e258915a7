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
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace: paths.workspace) } catch { throw .writeFailed(error) }
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
            do {
                for table in restore {
                    let target = paths.workspaceFile(table.path).url
                    if table.before.isEmpty {
                        guard unlink(target.path) == 0 || errno == ENOENT else {
                            throw WriteFailure.system(target.path, .remove)
                        }
                        continue
                    }
                    let kept = ChangeHistory.keptFile(table, of: entry, paths)
                    guard let data = FileManager.default.contents(atPath: kept.path) else {
                        throw WriteFailure(path: kept.path, step: .read, cause: .keptVersionMissing)
                    }
                    try AtomicFile.write([UInt8](data), to: target)
                    if stopAt == .beforeAudit { throw IntakeFailure.interrupted }
                }
                let audit = paths.workspaceFile(RecordStore.auditFile).url
                for table in entry.tables {
                    try AuditLog.append(
                        AuditEntry(
                            time: time, by: by, command: "undo", table: table.table,
                            file: ChangeHistory.folder + "/" + entry.id, fileHash: "", rows: 0, periods: [], added: 0,
                            removed: 0, changed: 0, unchanged: 0, resultHash: table.before),
                        to: audit)
                }
                try ChangeHistory.markUndone(entry, paths)
            } catch let failure as WriteFailure {
                throw .writeFailed(failure)
            } catch let failure as IntakeFailure {
                throw failure
            } catch {
                throw .writeFailed(.from(error, path: paths.workspace.path, step: .write))
            }
            return entry
        }
        throw .nothingToUndo
    }

    /// Whether the audit log has the change's lines: written only after every rename.
    private func hasAudit(_ entry: HistoryEntry) -> Bool {
        AuditLog.entries(in: paths.workspaceFile(RecordStore.auditFile).url).contains {
            $0.time == entry.time && $0.command == entry.command && $0.file == entry.file
        }
    }
}
