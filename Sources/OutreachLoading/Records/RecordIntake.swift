import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// The tables `outreach record` accepts.
public enum RecordKind: String, CaseIterable, Sendable {
    case promotion, donations, targets
    /// Venue-days from an import or the simulated world; not recorded from a sheet.
    case drives
    /// Daily stock and issues by blood group and component.
    case stock

    var storedFile: String {
        switch self {
        case .promotion: return RecordStore.promotionFile
        case .donations: return RecordStore.donationsFile
        case .targets: return WorkspaceLoader.targetsFile
        case .drives: return RecordStore.drivesFile
        case .stock: return RecordStore.stockFile
        }
    }
}

/// What recording a file did.
public struct IntakeReport: Sendable {
    public var kind: RecordKind
    public var entry: AuditEntry
    /// Readable lines for the rows added, removed and changed (`2026-10 440902 school-talk: events 12 → 14`).
    public var details: [IntakeChange]
    /// What the change does to each period it touches, for the dry run and the shrink check.
    public var periods: [PeriodChange]
    public var warnings: [Problem]
    /// The stored table had changed since the last audited run; an `unaudited-change` entry was logged first.
    public var foundUnauditedChange: Bool
    /// Nothing was written: the report says what the write would do.
    public var isDryRun: Bool

    public var isNoOp: Bool { entry.added == 0 && entry.removed == 0 && entry.changed == 0 }

    /// Whether the change removes stored rows or lowers a period's totals by more than `threshold`.
    public func shrinks(threshold: Double) -> Bool { periods.contains { $0.shrinks(threshold: threshold) } }
}

public struct IntakeChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, removed, changed }
    public var kind: Kind
    public var key: String
    /// The figures that differ, for changed rows.
    public var fields: [FieldChange]
}

public enum IntakeFailure: Error, Sendable {
    case problems([Problem])
    case writeFailed(WriteFailure)
    /// The change was decided (its journal written) but a step after failed: the next command that writes to the
    /// workspace finishes it.
    case unfinished(WriteFailure)
    /// A test stopped the write at a chosen step, as a kill -9 would.
    case interrupted
    /// The change would remove stored rows or lower a stored period's totals beyond the threshold; only
    /// `--replace` lets it through. The reports say what it would do.
    case wouldShrink([IntakeReport], threshold: Double)
    /// The table (as messages name it) changed between this run's first read and its lock; run the command again.
    case changedMeanwhile(String)
    /// The stored donors were hashed under another key than the one this import would use (the key file was lost
    /// and made anew, or points elsewhere): importing would store every donor twice. Nothing was written.
    case donorKeyChanged(keyFile: String, isNew: Bool)
    /// `undo` found no kept change.
    case nothingToUndo
    /// A table was changed after the change `undo` would restore (by hand, or a write outside the tool).
    case undoConflict(path: String, entry: String)
}

/// Records a month's spreadsheet: read, validate everything, and only if nothing is wrong replace the file's
/// months in the store, then append to the audit log. The stored table is replaced by one rename, so a run killed
/// at any point leaves the records as before or as after; a kill between the rename and the audit line is
/// noticed (the table's hash no longer matches the log) and logged on the next run.
public struct RecordIntake {
    /// Where a test stops a write: before its journal (nothing changed), just after it (nothing renamed yet), or
    /// after the renames, before the audit lines.
    public enum Step: Sendable { case beforeJournal, afterJournal, beforeAudit }

    public let paths: WorkspacePaths
    public let workspace: Workspace
    public let today: CivilDate
    /// `2026-11-24T10:15:00+08:00`.
    public let time: String
    public let by: String
    /// Print what would change and write nothing (`--dry-run`).
    public var dryRun = false
    /// Let a change remove stored rows or lower stored totals (`--replace`); the old version is kept in history.
    public var replace = false
    /// Tests only: stop at this step as if killed.
    var stopAt: Step?

    public init(paths: WorkspacePaths, workspace: Workspace, today: CivilDate, time: String, by: String) {
        self.paths = paths
        self.workspace = workspace
        self.today = today
        self.time = time
        self.by = by
    }

    /// Records a CSV file, or the first sheet (or `sheet`) of an `.xlsx`, whose problems then name the cell too.
    public func record(_ kind: RecordKind, file url: URL, display: String, sheet: String? = nil) throws(IntakeFailure)
        -> IntakeReport
    {
        if let refusal = InputFile.refusal(path: url.path) {
            throw .problems([
                Problem(.error, .unreadableFile(.system(refusal)), location: SourceLocation(file: display))
            ])
        }
        let bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: url)) } catch {
            let kind: ProblemKind =
                FileManager.default.fileExists(atPath: url.path) ? .unreadableFile(.from(error)) : .missingFile
            throw .problems([Problem(.error, kind, location: SourceLocation(file: display))])
        }
        switch SheetText.decode(bytes, display: display, sheet: sheet) {
        case .failed(let problem): throw .problems([problem])
        case .text(let text, let sheet):
            guard let sheet else { return try record(kind, text: text, bytes: bytes, display: display) }
            func inSheet(_ problems: [Problem]) -> [Problem] {
                problems.map { problem in
                    var problem = problem
                    if problem.location?.file == display { problem.location?.sheet = sheet }
                    return problem
                }
            }
            do throws(IntakeFailure) {
                var report = try record(kind, text: text, bytes: bytes, display: display)
                report.warnings = inSheet(report.warnings)
                return report
            } catch {
                if case .problems(let problems) = error { throw .problems(inSheet(problems)) }
                throw error
            }
        }
    }

    private func record(_ kind: RecordKind, text: String, bytes: [UInt8], display: String) throws(IntakeFailure)
        -> IntakeReport
    {
        let command = "record " + kind.rawValue
        let lock = try self.lock(command)
        defer { withExtendedLifetime(lock) {} }
        let source = RecordStore.load(paths, workspace: workspace)
        guard source.problems.isEmpty else { throw .problems(source.problems) }
        let hash = SHA256.hex(bytes)
        switch kind {
        case .promotion:
            let (rows, warnings) = try read(text, display, RecordTables.promotion) {
                $0.readPromotion(tree: workspace.tree, channels: workspace.channels)
            }
            let merged = RecordMerge.replacingPeriods(source.promotion, with: rows)
            return try applyOne(
                stage(
                    kind, command: command, file: display, hash: hash, rows: rows.count, stored: source.promotion,
                    merge: merged, warnings: warnings, document: RecordStore.document(merged.records)))
        case .donations:
            let (rows, warnings) = try read(text, display, RecordTables.donations) {
                $0.readDonations(tree: workspace.tree)
            }
            let merged = RecordMerge.replacingPeriods(source.donations, with: rows)
            return try applyOne(
                stage(
                    kind, command: command, file: display, hash: hash, rows: rows.count, stored: source.donations,
                    merge: merged, warnings: warnings, document: RecordStore.document(merged.records)))
        case .drives:
            let (rows, warnings) = try read(text, display, RecordTables.drives) {
                $0.readDrives(tree: workspace.tree, venues: workspace.venues)
            }
            let merged = RecordMerge.replacingPeriods(source.drives, with: rows)
            return try applyOne(
                stage(
                    kind, command: command, file: display, hash: hash, rows: rows.count, stored: source.drives,
                    merge: merged, warnings: warnings, document: RecordStore.document(merged.records)))
        case .stock:
            let (rows, warnings) = try read(text, display, RecordTables.stock) { $0.readStock() }
            let merged = RecordMerge.replacingPeriods(source.stock, with: rows)
            return try applyOne(
                stage(
                    kind, command: command, file: display, hash: hash, rows: rows.count, stored: source.stock,
                    merge: merged, warnings: warnings, document: RecordStore.document(merged.records)))
        case .targets:
            let (rows, warnings) = try read(text, display, WorkspaceTables.targets, checksAcrossRows: false) {
                $0.readTargets()
            }
            // Read again under the lock: a target file recorded meanwhile by another run is kept, not overwritten.
            let stored = (try? WorkspaceLoader.load(paths))?.workspace.targets ?? workspace.targets
            let merged = RecordMerge.replacingPeriods(stored, with: rows)
            var changed = workspace
            changed.targets = merged.records
            let targetsFile = paths.workspaceFile(WorkspaceLoader.targetsFile).display
            let broken = WorkspaceValidator(workspace: changed, today: today).problems().filter {
                if case .target = $0.subject { return $0.severity == .error }
                return false
            }
            guard broken.isEmpty else {
                throw .problems(
                    broken.map { problem in
                        var located = problem
                        if case .target(let index) = problem.subject {
                            let row = merged.records[index]
                            let line = rows.first { $0.key == row.key }?.line
                            located.location = SourceLocation(
                                file: line == nil ? targetsFile : display, line: line ?? row.line)
                        }
                        return located
                    })
            }
            return try applyOne(
                stage(
                    kind, command: command, file: display, hash: hash, rows: rows.count, stored: stored,
                    merge: merged, warnings: warnings, document: RecordStore.document(merged.records)))
        }
    }

    /// The workspace lock, held from before a command reads what it changes until its audit line is written.
    func lock(_ command: String) throws(IntakeFailure) -> WorkspaceLock {
        do { return try WorkspaceLock(paths, command: command, time: time) } catch { throw .writeFailed(error) }
    }

    /// Parses and checks a file; any error refuses the whole file.
    private func read<Row: IntakeRow>(
        _ text: String, _ display: String, _ specs: [ColumnSpec], checksAcrossRows: Bool = true,
        rows read: (inout TableReader) -> (values: [Row], lines: [Int])
    ) throws(IntakeFailure) -> ([Row], [Problem]) {
        let (opened, headerProblems) = TableReader.open(text: text, file: display, specs: specs)
        guard var reader = opened else { throw .problems(headerProblems) }
        let (rows, lines) = read(&reader)
        var problems = reader.problems
        if checksAcrossRows { problems += checkAcrossRows(rows, lines: lines, reader: reader) }
        if rows.isEmpty && !problems.contains(where: { $0.severity == .error }) {
            problems.append(Problem(.error, .emptyField("month"), location: SourceLocation(file: display, line: 2)))
        }
        let errors = problems.filter { $0.severity == .error }
        guard errors.isEmpty else { throw .problems(errors + problems.filter { $0.severity == .warning }) }
        return (rows, problems)
    }

    /// The checks that need more than one row (`IntakeRules`, `StockRules`), located in the file.
    private func checkAcrossRows<Row>(_ rows: [Row], lines: [Int], reader: TableReader) -> [Problem] {
        func located(_ findings: [IntakeRules.Finding]) -> [Problem] {
            findings.map { finding in
                var problem = finding.problem
                problem.field = finding.field
                problem.location = SourceLocation(
                    file: reader.file, line: lines[finding.index],
                    column: finding.field.flatMap { reader.columns[$0] }.map { $0 + 1 })
                return problem
            }
        }
        if let promotion = rows as? [PromotionRecord] {
            return located(IntakeRules.check(promotion, lines: lines, tree: workspace.tree, today: today))
        }
        if let donations = rows as? [DonationRecord] {
            return located(IntakeRules.check(donations, lines: lines, tree: workspace.tree, today: today))
        }
        if let stock = rows as? [StockRecord] { return located(StockRules.check(stock, lines: lines, today: today)) }
        return []
    }

    /// The new version of a stored table with its diff and audit line, not yet written.
    func stage<Row: MeasuredRow>(
        _ kind: RecordKind, command: String, file: String, hash: String, rows: Int, stored: [Row],
        merge: (records: [Row], diff: RecordDiff<Row>), warnings: [Problem], document: String
    ) -> StagedTable {
        let bytes = Array(document.utf8)
        let diff = merge.diff
        let entry = AuditEntry(
            time: time, by: by, command: command, table: kind.rawValue, file: file, fileHash: hash, rows: rows,
            periods: Array(
                Set(diff.added.map(\.period) + diff.changed.map(\.after.period) + diff.removed.map(\.period))
            )
            .sorted(),
            added: diff.added.count, removed: diff.removed.count, changed: diff.changed.count,
            unchanged: diff.unchanged, resultHash: SHA256.hex(bytes))
        let details =
            diff.added.map { IntakeChange(kind: .added, key: $0.key, fields: []) }
            + diff.removed.map { IntakeChange(kind: .removed, key: $0.key, fields: []) }
            + diff.changed.map {
                IntakeChange(kind: .changed, key: $0.after.key, fields: Self.changedFields($0.before, $0.after))
            }
        let report = IntakeReport(
            kind: kind, entry: entry, details: details, periods: diff.periodChanges(stored: stored),
            warnings: warnings, foundUnauditedChange: false, isDryRun: dryRun)
        return StagedTable(
            path: kind.storedFile, content: .bytes(bytes), entry: entry, report: report, changes: !diff.isEmpty,
            checksUnaudited: kind == .targets ? .whenLogged : .always)
    }

    /// Each figure that differs, read from the stored CSV form; where a row came from (`source`) is not a figure.
    static func changedFields<Row: IntakeRow>(_ before: Row, _ after: Row) -> [FieldChange] {
        let (header, old, new): ([String], [String], [String])
        switch (before, after) {
        case (let a as PromotionRecord, let b as PromotionRecord):
            (header, old, new) = (RecordTables.promotionHeader, RecordTables.fields(a), RecordTables.fields(b))
        case (let a as DonationRecord, let b as DonationRecord):
            (header, old, new) = (RecordTables.donationsHeader, RecordTables.fields(a), RecordTables.fields(b))
        case (let a as TargetRow, let b as TargetRow):
            (header, old, new) = (
                ["units", "notes"], [RecordTables.number(a.units), a.notes], [RecordTables.number(b.units), b.notes]
            )
        default: return []
        }
        return header.indices.filter { old[$0] != new[$0] && header[$0] != "source" }.map {
            FieldChange(name: header[$0], before: old[$0], after: new[$0])
        }
    }
}
