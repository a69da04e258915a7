import Foundation
import OutreachFormats

/// One change as the audit log tells it — the lines one command wrote, one per table — with its kept version.
public struct RecordedChange: Sendable {
    public var time: String
    public var by: String
    public var command: String
    public var file: String
    public var tables: [String]
    public var added: Int
    public var removed: Int
    public var changed: Int
    /// The version kept before it in `records/history/`, when it is still kept.
    public var kept: HistoryEntry?

    /// Every change in the workspace's audit log, oldest first. Lines of one run (same time, command and file)
    /// form one change; `unaudited-change` notices stand alone.
    public static func all(_ paths: WorkspacePaths) -> [RecordedChange] {
        let kept = ChangeHistory.entries(paths)
        var changes: [RecordedChange] = []
        for entry in AuditLog.entries(in: paths.workspaceFile(RecordStore.auditFile).url) {
            if let last = changes.last, last.time == entry.time, last.command == entry.command,
                last.file == entry.file, last.by == entry.by, !last.tables.contains(entry.table)
            {
                changes[changes.count - 1].tables.append(entry.table)
                changes[changes.count - 1].added += entry.added
                changes[changes.count - 1].removed += entry.removed
                changes[changes.count - 1].changed += entry.changed
                continue
            }
            changes.append(
                RecordedChange(
                    time: entry.time, by: entry.by, command: entry.command, file: entry.file, tables: [entry.table],
                    added: entry.added, removed: entry.removed, changed: entry.changed,
                    kept: kept.last {
                        $0.time == entry.time && $0.command == entry.command && $0.file == entry.file
                    }))
        }
        return changes
    }
}

extension RecordedChange {
    /// Whether the stored history is still the simulated sample's: every audited change a simulation, and the
    /// tables as the log last left them. `demo` rebuilds the sample's history otherwise.
    public static func isSimulatedOnly(_ paths: WorkspacePaths) -> Bool {
        let audit = paths.workspaceFile(RecordStore.auditFile).url
        guard AuditLog.entries(in: audit).allSatisfy({ $0.command == "simulate" }) else { return false }
        return [RecordKind.promotion, .donations, .drives].allSatisfy { kind in
            let url = paths.workspaceFile(kind.storedFile).url
            let current = FileManager.default.contents(atPath: url.path).map { SHA256.hex([UInt8]($0)) }
            return current == AuditLog.lastResultHash(table: kind.rawValue, in: audit)
        }
    }
}
