import Foundation
import OutreachFormats
import OutreachModel

/// A table's new version, waiting to be written with the rest of its change.
struct StagedTable {
    enum Content {
        case bytes([UInt8])
        /// Streamed to a temporary file beside the table (the donor table can hold millions of rows).
        case streamed(AtomicFile.Writer, hash: String)
    }

    /// When to compare the stored table with the audit log's last result before writing.
    enum UnauditedCheck { case never, whenLogged, always }

    /// Relative to the workspace: `records/donations.csv`.
    var path: String
    var content: Content
    /// Nil for a file the audit log does not follow (the simulation's truth).
    var entry: AuditEntry?
    var report: IntakeReport?
    var changes: Bool
    var checksUnaudited: UnauditedCheck = .never

    var hash: String {
        switch content {
        case .bytes(let bytes): return SHA256.hex(bytes)
        case .streamed(_, let hash): return hash
        }
    }
}

extension RecordIntake {
    func applyOne(_ staged: StagedTable) throws(IntakeFailure) -> IntakeReport {
        guard let report = try apply([staged]).first else { throw .interrupted }
        return report
    }

    /// Writes one change: refused when it shrinks stored history without `replace`; the previous version of each
    /// table it replaces is kept in `records/history/` first (a history that cannot be written refuses the change
    /// before any table is touched); then the tables, then their audit lines. A dry run stops after the check.
    func apply(_ staged: [StagedTable]) throws(IntakeFailure) -> [IntakeReport] {
        let settings = workspace.evaluation.records
        var reports = staged.compactMap(\.report)
        if dryRun { return reports }
        if !replace, reports.contains(where: { $0.shrinks(threshold: settings.shrinkThreshold) }) {
            throw .wouldShrink(reports, threshold: settings.shrinkThreshold)
        }
        let audit = paths.workspaceFile(RecordStore.auditFile).url
        var target = paths.workspaceFile(RecordStore.folder).url
        do {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            var entries: [AuditEntry?] = staged.map(\.entry)
            for (index, table) in staged.enumerated() {
                guard table.checksUnaudited != .never, var entry = entries[index] else { continue }
                target = paths.workspaceFile(table.path).url
                let current = FileManager.default.contents(atPath: target.path).map { SHA256.hex([UInt8]($0)) }
                let logged = AuditLog.lastResultHash(table: entry.table, in: audit)
                if let current, logged != current, logged != nil || table.checksUnaudited == .always {
                    try AuditLog.append(unauditedNotice(entry, file: table.path, hash: current), to: audit)
                    if let position = reports.firstIndex(where: { $0.entry.table == entry.table }) {
                        reports[position].foundUnauditedChange = true
                    }
                }
                if !table.changes, let current { entry.resultHash = current }
                entries[index] = entry
            }
            let changing = staged.filter(\.changes)
            if changing.isEmpty {
                for entry in entries.compactMap({ $0 }) { try AuditLog.append(entry, to: audit) }
            } else {
                try commit(changing, lines: entries.compactMap { $0 })
            }
        } catch let failure as WriteFailure {
            throw .writeFailed(failure)
        } catch let failure as IntakeFailure {
            throw failure
        } catch {
            throw .writeFailed(.from(error, path: target.path, step: .write))
        }
        ChangeHistory.prune(paths, keep: settings.historyKeep)
        return reports
    }

    /// Writes every new version beside its table, keeps the old ones in history, then decides the change with its
    /// journal. Before the journal nothing is changed: a failure or a kill leaves every table as it was (the
    /// temporary files go with the writers here, or with the next command after a kill).
    private func commit(_ changing: [StagedTable], lines: [AuditEntry]) throws {
        var writers: [AtomicFile.Writer] = []
        for table in changing {
            let target = paths.workspaceFile(table.path).url
            switch table.content {
            case .bytes(let bytes):
                let writer = try AtomicFile.Writer(target)
                try writer.write(bytes)
                writers.append(writer)
            case .streamed(let writer, _): writers.append(writer)
            }
            try writers.last!.prepare()
        }
        let folder = try ChangeHistory.begin(paths)
        do {
            var kept: [HistoryEntry.Table] = []
            for table in changing {
                let before = try ChangeHistory.keep(table.path, paths, in: folder)
                kept.append(
                    HistoryEntry.Table(
                        table: table.entry?.table ?? table.path, path: table.path, before: before, after: table.hash))
            }
            try ChangeHistory.seal(
                HistoryEntry(
                    id: folder.lastPathComponent, time: time, by: by, command: changing[0].entry?.command ?? "",
                    file: changing[0].entry?.file ?? "", tables: kept, isUndone: false), at: folder)
            if stopAt == .beforeJournal { throw IntakeFailure.interrupted }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        let journal = ChangeJournal(
            steps: writers.map { .rename(from: $0.temporary, to: $0.url.path) },
            auditLength: AuditLog.length(of: paths.workspaceFile(RecordStore.auditFile).url), lines: lines)
        do { try journal.write(paths) } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        for writer in writers { writer.handOver() }
        if stopAt == .afterJournal { throw IntakeFailure.interrupted }
        do { try journal.finish(paths, stopBeforeAudit: stopAt == .beforeAudit) } catch {
            throw IntakeFailure.unfinished(error)
        }
        if stopAt != nil { throw IntakeFailure.interrupted }
    }

    /// The line logged when a stored table no longer matches the log's last result: a kill between the rename
    /// and the audit line, or an edit by hand.
    private func unauditedNotice(_ entry: AuditEntry, file: String, hash: String) -> AuditEntry {
        var notice = entry
        notice.command = "unaudited-change"
        notice.file = file
        notice.fileHash = hash
        (notice.rows, notice.periods, notice.added, notice.removed, notice.changed, notice.unchanged) = (
            0, [], 0, 0, 0, 0
        )
        notice.resultHash = hash
        return notice
    }
}
