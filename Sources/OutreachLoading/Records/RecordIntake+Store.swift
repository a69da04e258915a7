import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachModel

extension RecordIntake {
    /// Replaces the simulated months in the store (and the truth file), with one audit line per table.
    public func storeSimulation(
        promotion incomingPromotion: [PromotionRecord], donations incomingDonations: [DonationRecord],
        drives incomingDrives: [DriveRecord], description: String, truthJSON: [UInt8]
    ) throws(IntakeFailure) -> [IntakeReport] {
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace: paths.workspace) } catch { throw .writeFailed(error) }
        defer { withExtendedLifetime(lock) {} }
        let source = RecordStore.load(paths, workspace: workspace)
        guard source.problems.isEmpty else { throw .problems(source.problems) }
        let hash = SHA256.hex(truthJSON)
        let promotion = RecordMerge.replacingPeriods(source.promotion, with: incomingPromotion)
        let donations = RecordMerge.replacingPeriods(source.donations, with: incomingDonations)
        let drives = RecordMerge.replacingPeriods(source.drives, with: incomingDrives)
        return try apply([
            stage(
                .promotion, command: "simulate", file: description, hash: hash, rows: incomingPromotion.count,
                stored: source.promotion, merge: promotion, warnings: [],
                document: RecordStore.document(promotion.records)),
            stage(
                .donations, command: "simulate", file: description, hash: hash, rows: incomingDonations.count,
                stored: source.donations, merge: donations, warnings: [],
                document: RecordStore.document(donations.records)),
            stage(
                .drives, command: "simulate", file: description, hash: hash, rows: incomingDrives.count,
                stored: source.drives, merge: drives, warnings: [], document: RecordStore.document(drives.records)),
            StagedTable(path: RecordStore.truthFile, content: .bytes(truthJSON), changes: true),
        ])
    }

    /// Writes the experiments after `experiment design`, with an audit line naming the new one.
    public func saveExperiments(_ experiments: [Experiment], added: Experiment) throws(IntakeFailure) {
        try save(
            Array(ExperimentTable.document(experiments).utf8), to: RecordStore.experimentsFile, table: "experiments",
            command: "experiment design", subject: added.id, rows: added.assignments.count, added: 1, changed: 0,
            unchanged: experiments.count - 1)
    }

    /// Writes the action list after `add` or `close`, with an audit line naming the action.
    public func saveActions(_ actions: [Action], command: String, action: String) throws(IntakeFailure) {
        let isAdd = command == "actions add"
        try save(
            Array(RecordStore.document(actions).utf8), to: RecordStore.actionsFile, table: "actions",
            command: command, subject: action, rows: 1, added: isAdd ? 1 : 0, changed: isAdd ? 0 : 1,
            unchanged: actions.count - 1)
    }

    /// Adds an action numbered after the actions stored when the lock is held, so two `actions add` at once get
    /// A001 and A002 and both are kept (read before the lock, both were A001 and one was lost).
    public func addAction(_ action: Action) throws(IntakeFailure) -> Action {
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace: paths.workspace) } catch { throw .writeFailed(error) }
        defer { withExtendedLifetime(lock) {} }
        let store = RecordStore.load(paths, workspace: workspace)
        guard store.problems.isEmpty else { throw .problems(store.problems) }
        var numbered = action
        numbered.id = Action.nextID(after: store.actions)
        try write(
            Array(RecordStore.document(store.actions + [numbered]).utf8), to: RecordStore.actionsFile, table: "actions",
            command: "actions add", subject: numbered.id, rows: 1, added: 1, changed: 0,
            unchanged: store.actions.count)
        return numbered
    }

    /// A small table rewritten whole under the workspace lock, then its audit line.
    func save(
        _ bytes: [UInt8], to name: String, table: String, command: String, subject: String, rows: Int, added: Int,
        changed: Int, unchanged: Int
    ) throws(IntakeFailure) {
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace: paths.workspace) } catch { throw .writeFailed(error) }
        defer { withExtendedLifetime(lock) {} }
        try write(
            bytes, to: name, table: table, command: command, subject: subject, rows: rows, added: added,
            changed: changed, unchanged: unchanged)
    }

    /// `save` with the lock already held.
    private func write(
        _ bytes: [UInt8], to name: String, table: String, command: String, subject: String, rows: Int, added: Int,
        changed: Int, unchanged: Int
    ) throws(IntakeFailure) {
        let entry = AuditEntry(
            time: time, by: by, command: command, table: table, file: subject, fileHash: "", rows: rows, periods: [],
            added: added, removed: 0, changed: changed, unchanged: unchanged, resultHash: SHA256.hex(bytes))
        _ = try apply([StagedTable(path: name, content: .bytes(bytes), entry: entry, changes: true)])
    }
}
