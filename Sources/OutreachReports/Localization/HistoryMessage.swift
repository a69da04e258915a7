import OutreachEvaluation
import OutreachModel

/// What the commands that guard, list and undo changes say, and what `init` says.
public enum HistoryMessage: Hashable, Sendable {
    case dryRun(file: String)
    /// A table's heading before its periods, where a change spans tables (`import records`).
    case table(String)
    case period(PeriodChange)
    /// Heads a refusal: the periods follow, then `replaceHint`.
    case wouldShrink(threshold: Double)
    case replaceHint
    /// A dry run of a change that would be refused without `--replace`.
    case dryRunWouldShrink(threshold: Double)
    case undoHint
    case historyTitle(workspace: String)
    case historyEmpty
    case historyLine(
        time: String, by: String, command: String, file: String, tables: [String], added: Int,
        removed: Int, changed: Int, undo: UndoState)
    case undone(time: String, command: String, file: String, tables: [String])
    /// `undo --dry-run`: what would be put back.
    case undoPreview(time: String, command: String, file: String, tables: [String])
    case nothingToUndo
    case undoConflict(path: String, entry: String)
    case sample(workspace: String)
    /// Another run holds the workspace lock.
    case lockWait(LockWait)
    /// Who the bundled sample's simulated history is recorded by.
    case sampleAuthor
    // init
    case initCreated(folder: String, city: String, code: String, counties: Int, townships: Int)
    case initNext(folder: String)
    case initNotEmpty(folder: String)
    case cityUnknown(String, suggestions: [String])
    case cityAmbiguous(String, candidates: [String])
    case initUnwritable(path: String, reason: String)
    case divisionsMissing(path: String)
    /// `check`: problems of one kind beyond the first few.
    case moreOfKind(Int)
    /// `check` on a workspace still being filled in: what remains, as steps.
    case todoTitle
    case todoPopulation(regions: Int, file: String)
    case todoLeaders(file: String)
    case todoAssignments(regions: Int)
    case todoVenues(file: String)
    case todoTeams(file: String)
    case todoTargets(file: String)

    /// Whether `undo` can restore a listed change.
    public enum UndoState: Hashable, Sendable { case next, kept, undone, notKept }
}

extension Catalog {
    /// `1,234 → 1,100 (−10.9%)` for each measure of a period.
    func measures(_ change: PeriodChange, names: [String: String]) -> [String] {
        change.measureNames.indices.map { index in
            let (before, after) = (change.before[index], change.after[index])
            let share =
                before > 0 && before != after
                ? "(" + (after > before ? "+" : "−")
                    + Table.decimal(abs(after - before) / before * 100, digits: 1, grouped: true) + "%)" : ""
            func figure(_ value: Double) -> String {
                Table.decimal(value, digits: value == value.rounded() ? 0 : 1, grouped: true)
            }
            let name = names[change.measureNames[index]] ?? change.measureNames[index]
            return name + " " + figure(before) + " → " + figure(after) + share
        }
    }
}
