import Foundation
import OutreachFormats
import OutreachModel

/// A change of responsibility as the user typed it: region and leader by code, id or exact name.
public struct AssignmentRequest: Sendable {
    public var region: String
    public var leader: String
    public var period: Period
    public var reason: String

    public init(region: String, leader: String, period: Period, reason: String) {
        self.region = region
        self.leader = leader
        self.period = period
        self.reason = reason
    }
}

/// What `assign` did.
public struct AssignmentOutcome: Sendable {
    public var region: Region
    public var leader: Leader
    /// The assignment that was closed the day before the new one starts, with its new end, and its leader.
    public var closed: Assignment?
    public var closedLeader: Leader?
    /// The new assignment, or nil when exactly this one was already recorded.
    public var added: Assignment?
    /// The workspace is a bundled sample (`workspace.json › sample`).
    public var isSample = false
}

/// Why `assign` changed nothing.
public enum AssignmentFailure: Error, Sendable {
    case workspaceNotFound(String)
    /// The workspace already has errors in the files `assign` reads; fix them first.
    case workspaceHasErrors([Problem])
    case unknownRegion(String, suggestion: String?)
    case unknownLeader(String, suggestion: String?)
    /// A region or leader name that more than one bears.
    case ambiguous(ProblemKind)
    case emptyReason
    /// Refused by the history rules; `existingLeader` holds the period in the way.
    case refused(AssignmentRefusal, existingLeader: Leader?)
    /// The change would introduce these errors.
    case wouldBreak([Problem])
    case writeFailed(WriteFailure)
}

/// Records changes of responsibility in `assignments.csv`, under the workspace lock, all or nothing.
public enum AssignmentRecorder {
    /// `time` and `by` go to the audit line; the previous `assignments.csv` is kept for `outreach undo`.
    public static func record(
        _ request: AssignmentRequest, in paths: WorkspacePaths, today: CivilDate, time: String = "", by: String = ""
    ) throws(AssignmentFailure) -> AssignmentOutcome {
        let lock: WorkspaceLock
        do throws(WriteFailure) { lock = try WorkspaceLock(paths, command: "assign", time: time) } catch {
            throw .writeFailed(error)
        }
        defer { withExtendedLifetime(lock) {} }
        let loaded: LoadedWorkspace
        do throws(WorkspaceNotFound) { loaded = try WorkspaceLoader.load(paths) } catch {
            throw .workspaceNotFound(error.path)
        }
        let blocking = loaded.loadProblems.filter { $0.severity == .error && isAboutResponsibility($0, loaded) }
        guard blocking.isEmpty else { throw .workspaceHasErrors(blocking) }

        let workspace = loaded.workspace
        if let ambiguity = workspace.tree.ambiguity(request.region) ?? workspace.leaderAmbiguity(request.leader) {
            throw .ambiguous(ambiguity)
        }
        guard let region = workspace.tree.find(request.region) else {
            throw .unknownRegion(request.region, suggestion: workspace.regionSuggestion(for: request.region))
        }
        guard let leader = workspace.leader(named: request.leader) else {
            throw .unknownLeader(request.leader, suggestion: workspace.leaderSuggestion(for: request.leader))
        }
        let reason = request.reason.trimmingSpaces()
        guard !reason.isEmpty else { throw .emptyReason }
        let new = Assignment(regionCode: region.code, leaderID: leader.id, period: request.period, reason: reason)

        let change: AssignmentChange
        do throws(AssignmentRefusal) {
            change = try AssignmentChange.assigning(new, given: workspace.assignments)
        } catch {
            let existing: Assignment? =
                switch error {
                case .startsBeforeExisting(let assignment), .overlapsClosedPeriod(let assignment): assignment
                case .endsBeforeStart: nil
                }
            throw .refused(error, existingLeader: existing.flatMap { workspace.leader(named: $0.leaderID) })
        }
        guard let added = change.added else {
            return AssignmentOutcome(region: region, leader: leader, closed: nil, closedLeader: nil, added: nil)
        }
        var updated = workspace
        var closed: Assignment?
        if let closing = change.closing {
            updated.assignments[closing.index].period.end = closing.lastDay
            closed = updated.assignments[closing.index]
        }
        updated.assignments.append(added)
        let introduced = newErrors(before: workspace, after: updated, today: today).map(loaded.sourceMap.locate)
        guard introduced.isEmpty else { throw .wouldBreak(introduced) }

        let bytes = rewrite(loaded.sourceMap.assignments, closing: change.closing, adding: added)
        let entry = AuditEntry(
            time: time, by: by, command: "assign", table: "assignments", file: region.code + " " + leader.id,
            fileHash: "", rows: 1, periods: [], added: 1, removed: 0, changed: change.closing == nil ? 0 : 1,
            unchanged: workspace.assignments.count - (change.closing == nil ? 0 : 1), resultHash: SHA256.hex(bytes))
        var intake = RecordIntake(paths: loaded.paths, workspace: workspace, today: today, time: time, by: by)
        intake.replace = true
        do throws(IntakeFailure) {
            _ = try intake.apply([
                StagedTable(path: WorkspaceLoader.assignmentsFile, content: .bytes(bytes), entry: entry, changes: true)
            ])
        } catch {
            if case .writeFailed(let failure) = error { throw .writeFailed(failure) }
            throw .writeFailed(WriteFailure(path: loaded.paths.workspace.path, step: .write, cause: .unknown))
        }
        let closedLeader = closed.flatMap { workspace.leader(named: $0.leaderID) }
        return AssignmentOutcome(
            region: region, leader: leader, closed: closed, closedLeader: closedLeader, added: added,
            isSample: workspace.settings.sample != nil)
    }

    private static func isAboutResponsibility(_ problem: Problem, _ loaded: LoadedWorkspace) -> Bool {
        guard let file = problem.location?.file else { return true }
        let relevant = [WorkspaceLoader.regionsFile, WorkspaceLoader.leadersFile, WorkspaceLoader.assignmentsFile]
        return relevant.contains { file == loaded.paths.workspaceFile($0).display }
    }

    private static func newErrors(before: Workspace, after: Workspace, today: CivilDate) -> [Problem] {
        let old = Set(WorkspaceValidator(workspace: before, today: today).problems().filter { $0.severity == .error })
        return WorkspaceValidator(workspace: after, today: today).problems().filter {
            $0.severity == .error && !old.contains($0)
        }
    }

    /// Rewrites `assignments.csv` keeping every existing row, column and extra field as it was read: only the closed
    /// row's `to` changes and one row is appended. Written as UTF-8 with BOM so Excel and WPS open it.
    private static func rewrite(
        _ table: SourceMap.Table, closing: (index: Int, lastDay: CivilDate)?, adding added: Assignment
    ) -> [UInt8] {
        var header = table.header
        var columns = table.columns
        for name in ["to", "reason"] where columns[name] == nil {
            columns[name] = header.count
            header.append(name)
        }
        let records = Array(table.records)
        var rows = records.map(\.fields)
        if let closing, let column = columns["to"],
            let position = records.firstIndex(where: { $0.line == table.lines[closing.index] })
        {
            let missing = header.count - rows[position].count
            if missing > 0 { rows[position] += [String](repeating: "", count: missing) }
            rows[position][column] = closing.lastDay.description
        }
        var row = [String](repeating: "", count: header.count)
        let values: [String: String] = [
            "region": added.regionCode, "leader": added.leaderID, "from": added.period.start.description,
            "to": added.period.end?.description ?? "", "reason": added.reason,
        ]
        for (name, value) in values { if let column = columns[name] { row[column] = value } }
        return Array(CSVWriter.document(header: header, rows: rows + [row]).utf8)
    }
}
