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
        let lock = try self.lock("simulate")
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

    /// Adds a designed experiment. The design was read from `designedFrom` before the lock: when the stored
    /// experiments differ now (another run designed one meanwhile), nothing is written and the user runs it again.
    public func addExperiment(_ experiment: Experiment, designedFrom: [Experiment]) throws(IntakeFailure) {
        let lock = try self.lock("experiment design")
        defer { withExtendedLifetime(lock) {} }
        let store = try storedRecords()
        guard store.experiments == designedFrom else {
            throw .changedMeanwhile(paths.workspaceFile(RecordStore.experimentsFile).display)
        }
        let experiments = store.experiments + [experiment]
        try write(
            Array(ExperimentTable.document(experiments).utf8), to: RecordStore.experimentsFile, table: "experiments",
            command: "experiment design", subject: experiment.id, rows: experiment.assignments.count, added: 1,
            changed: 0, unchanged: store.experiments.count)
    }

    /// What `actions add` found under the lock.
    public enum ActionAdding: Sendable {
        case added(Action)
        /// The same open action (region, owner, text, baseline, due month, indicator) was stored already — by a
        /// run whose success message was lost, say: nothing is added twice.
        case alreadyStored(Action)
    }

    /// Adds an action numbered after the actions stored when the lock is held, so two `actions add` at once get
    /// A001 and A002 and both are kept (read before the lock, both were A001 and one was lost).
    public func addAction(_ action: Action) throws(IntakeFailure) -> ActionAdding {
        let lock = try self.lock("actions add")
        defer { withExtendedLifetime(lock) {} }
        let store = try storedRecords()
        if let stored = store.actions.first(where: { $0.isOpen && $0.isSameDecision(as: action) }) {
            return .alreadyStored(stored)
        }
        var numbered = action
        numbered.id = Action.nextID(after: store.actions)
        try write(
            Array(RecordStore.document(store.actions + [numbered]).utf8), to: RecordStore.actionsFile, table: "actions",
            command: "actions add", subject: numbered.id, rows: 1, added: 1, changed: 0,
            unchanged: store.actions.count)
        return .added(numbered)
    }

    /// What `actions close` found under the lock.
    public enum ActionClosing: Sendable {
        case closed(Action)
        case unknown(suggestion: String?)
        case alreadyClosed(Action)
    }

    /// Closes an action, reading the list under the lock so an action added or closed meanwhile is kept.
    public func closeAction(_ id: String, result: String) throws(IntakeFailure) -> ActionClosing {
        let lock = try self.lock("actions close")
        defer { withExtendedLifetime(lock) {} }
        var actions = try storedRecords().actions
        guard let index = actions.firstIndex(where: { $0.id == id.uppercased() }) else {
            return .unknown(suggestion: NearestName.suggestion(for: id, among: actions.map(\.id)))
        }
        guard actions[index].isOpen else { return .alreadyClosed(actions[index]) }
        actions[index].closed = today
        actions[index].result = result
        try write(
            Array(RecordStore.document(actions).utf8), to: RecordStore.actionsFile, table: "actions",
            command: "actions close", subject: actions[index].id, rows: 1, added: 0, changed: 1,
            unchanged: actions.count - 1)
        return .closed(actions[index])
    }

    private func storedRecords() throws(IntakeFailure) -> RecordStore {
        let store = RecordStore.load(paths, workspace: workspace)
        guard store.problems.isEmpty else { throw .problems(store.problems) }
        return store
    }

    /// A small table rewritten whole, then its audit line; the caller holds the lock.
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
