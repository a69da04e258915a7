import Foundation
import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachReports

extension Invocation {
    /// The workspace for recording and evaluating: reading errors stop the command, as for planning.
    func loadForRecords() throws(CommandFailure) -> (Workspace, RecordStore) {
        let workspace = try loadForPlanning()
        let store = RecordStore.load(paths, workspace: workspace)
        guard store.problems.isEmpty else { throw .problems(store.problems) }
        return (workspace, store)
    }

    /// The intake for a write, with `--dry-run` and `--replace` where the command takes them.
    func intake(_ workspace: Workspace) -> RecordIntake {
        var intake = RecordIntake(
            paths: paths, workspace: workspace, today: context.today, time: timestamp,
            by: arguments.value("by") ?? "")
        intake.dryRun = arguments.has("dry-run")
        intake.replace = arguments.has("replace")
        return intake
    }

    /// One line on standard error when a write goes into a bundled sample workspace.
    func sampleNotice(_ workspace: Workspace) -> String { sampleNotice(isSample: workspace.settings.sample != nil) }

    func sampleNotice(isSample: Bool) -> String {
        guard isSample, !arguments.has("dry-run") else { return "" }
        return strings.history(.sample(workspace: arguments.value("workspace") ?? paths.workspace.lastPathComponent))
            + "\n"
    }

    func failure(_ error: IntakeFailure) -> CommandFailure {
        switch error {
        case .problems(let problems):
            let errors = problems.filter { $0.severity == .error }.count
            return .refused(problems, note: strings.evaluation(.refused(errors: errors)))
        case .writeFailed(let failure):
            return .message(strings.evaluation(.writeFailed(path: failure.path, reason: strings.writeReason(failure))))
        case .unfinished(let failure):
            return .message(
                strings.evaluation(.writeUnfinished(path: failure.path, reason: strings.writeReason(failure))))
        case .interrupted: return .message(strings.evaluation(.writeFailed(path: paths.workspace.path, reason: "")))
        case .wouldShrink(let reports, let threshold):
            return .message(
                ([strings.history(.wouldShrink(threshold: threshold))] + RecordCommand.periodLines(reports, strings)
                    + [strings.history(.replaceHint)]).joined(separator: "\n"))
        case .changedMeanwhile(let path):
            return .message(strings.evaluation(.changedMeanwhile(path: path)))
        case .donorKeyChanged(let keyFile, let isNew):
            return .message(strings.importing(.donorKeyChanged(keyFile: keyFile, isNew: isNew)))
        case .nothingToUndo: return .message(strings.history(.nothingToUndo))
        case .undoConflict(let path, let entry):
            return .message(strings.history(.undoConflict(path: path, entry: entry)))
        }
    }

    /// Now in China, to the second, from the context (the clock is read once, by the process):
    /// `2026-11-24T10:15:00+08:00`.
    var timestamp: String {
        let time = context.secondOfDay
        func two(_ value: Int) -> String { (value < 10 ? "0" : "") + String(value) }
        return "\(context.today)T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))+08:00"
    }

    /// The month to evaluate: `--month`, else the latest month with donation rows.
    func evaluationMonth(_ store: RecordStore) throws(CommandFailure) -> YearMonth {
        do throws(UsageMessage) {
            if let month = try arguments.month("month") { return month }
        } catch { throw .usage(error) }
        guard let latest = store.donations.map(\.month).max() else { throw .message(strings.evaluation(.noRecords)) }
        return latest
    }

    /// The month to evaluate, refused when a table has no rows for it or for the months the model reads before it.
    func coveredMonth(_ store: RecordStore, _ workspace: Workspace) throws(CommandFailure) -> YearMonth {
        let month = try evaluationMonth(store)
        let gaps = RecordCoverage.gaps(
            promotionMonths: Set(store.promotion.map(\.month)), donationMonths: Set(store.donations.map(\.month)),
            month: month, lookback: workspace.evaluation.model.validationMonths)
        guard gaps.isEmpty else {
            throw .message(
                gaps.map { strings.evaluation(.missingRecords(table: $0.table, months: $0.months)) }
                    .joined(separator: "\n"))
        }
        return month
    }

    /// Writes text atomically, creating the folder; returns the path as the user would type it.
    func writeOutput(_ text: String, to folder: URL, name: String, display: String) throws(CommandFailure) -> String {
        try writeOutput(Array(text.utf8), to: folder, name: name, display: display)
    }

    func writeOutput(_ bytes: [UInt8], to folder: URL, name: String, display: String) throws(CommandFailure)
        -> String
    {
        do {
            try AtomicFile.write(bytes, to: folder.appendingPathComponent(name), creatingFolder: true)
        } catch {
            let reason = strings.writeReason(error)
            throw .message(strings.evaluation(.writeFailed(path: display + "/" + name, reason: reason)))
        }
        return display + "/" + name
    }
}
