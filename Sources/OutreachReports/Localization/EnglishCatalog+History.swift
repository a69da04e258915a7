import OutreachEvaluation
import OutreachModel

extension EnglishCatalog {
    public func history(_ message: HistoryMessage) -> String {
        switch message {
        case .dryRun(let file): return "Dry run (--dry-run): what recording \(file) would change; nothing was written."
        case .table(let table): return tableName(table) + ":"
        case .period(let change):
            var parts: [String] = []
            if change.added > 0 { parts.append("\(change.added) rows added") }
            if change.removed > 0 { parts.append("\(change.removed) removed") }
            if change.changed > 0 { parts.append("\(change.changed) changed") }
            let names = [
                "visits": "visits", "donations": "donations", "units": "units", "events": "events",
                "in_stock": "in stock",
                "issued": "issued",
            ]
            return "  \(change.period): " + parts.joined(separator: ", ") + "; "
                + measures(change, names: names).joined(separator: "; ")
        case .wouldShrink(let threshold):
            return "Not recorded: this change removes stored rows or lowers a period's total by more than "
                + percent(threshold) + ":"
        case .replaceHint:
            return
                "Nothing was changed. Check the change; to replace, run again with --replace: the previous version is kept in records/history/ and outreach undo restores it."
        case .dryRunWouldShrink(let threshold):
            return
                "Without --replace this change would be refused: it removes stored rows or lowers a period's total by more than "
                + percent(threshold) + "."
        case .undoHint: return "The previous version is kept; outreach undo restores it."
        case .historyTitle(let workspace): return "\(workspace) · changes to the data (newest first)"
        case .historyEmpty: return "The audit log holds no changes."
        case .historyLine(
            let time, let by, let command, let file, let tables, let added, let removed, let changed, let undo):
            let state =
                switch undo {
                case .next: "  ← outreach undo undoes this one"
                case .kept: "  (previous version kept)"
                case .undone: "  (undone)"
                case .notKept: ""
                }
            return "\(time)  \(command)  \(file)" + (by.isEmpty ? "" : "  by \(by)") + "\n    "
                + tables.map(tableName).joined(separator: ", ")
                + ": \(added) added, \(removed) removed, \(changed) changed" + state
        case .undone(let time, let command, let file, let tables):
            return "Undid \(command) \(file) of \(time): " + tables.joined(separator: ", ")
                + " restored to the version before, and logged in the audit log."
        case .undoPreview(let time, let command, let file, let tables):
            return "Dry run (--dry-run): outreach undo would undo \(command) \(file) of \(time), restoring "
                + tables.joined(separator: ", ") + " to the version before; nothing was changed."
        case .nothingToUndo: return "Nothing to undo: records/history/ holds no kept version."
        case .undoConflict(let path, let entry):
            return
                "Cannot undo: \(path) was changed after this change (it no longer matches the audit log); nothing was changed. See outreach history; the version before is in records/history/\(entry)/ to restore by hand."
        case .sample(let workspace):
            return
                "Note: \(workspace) is the bundled sample workspace and this change is written into it; create your station's workspace with outreach init."
        case .sampleAuthor: return "sample data"
        case .lockWait(let wait):
            let holder =
                "process \(wait.pid)" + (wait.command.isEmpty ? "" : " (outreach \(wait.command), since \(wait.since))")
            return wait.isStopped
                ? "\(holder) is stopped and holds the workspace lock: continue it with kill -CONT \(wait.pid) or end it; this command then goes on…"
                : "waiting for \(holder) to finish writing the workspace…"
        case .moreOfKind(let count): return "  … \(count) more of the same kind (--all lists them all)"
        case .todoTitle: return "Still to fill in (in this order):"
        case .todoPopulation(let regions, let file):
            return
                "  · Populations: \(regions) regions have none; fill population, population_year and population_source in \(file) (census or statistical yearbook)"
        case .todoLeaders(let file): return "  · Region leaders: list them in \(file) (id, name, role, branch)"
        case .todoAssignments(let regions):
            return
                "  · Responsibility: \(regions) regions have no accountable leader; assign with outreach assign REGION LEADER --from DATE (a county covers its townships)"
        case .todoVenues(let file):
            return
                "  · Venues: list schools, offices, markets, enterprises, street sites and donation houses in \(file) (kind, region, reach, capacity per day, schedule, address)"
        case .todoTeams(let file):
            return "  · Teams: list bloodmobiles and collection teams in \(file) (staff, chairs, base, working days)"
        case .todoTargets(let file):
            return
                "  · Targets: give each region's yearly or monthly units in \(file), or record them with outreach record targets FILE"
        case .initCreated(let folder, let city, let code, let counties, let townships):
            return "Created the workspace of \(city) (\(code)) in \(folder): \(counties) county-level regions"
                + (townships > 0 ? " and \(townships) townships and streets" : "")
                + ", with the official codes of the National Bureau of Statistics (2022)."
        case .initNext(let folder):
            return
                "Next: run outreach check --workspace \(folder) and fill in what it lists (populations, region leaders, venues, targets)."
        case .initNotEmpty(let folder):
            return "\(folder) is not empty; give a new or empty folder — existing files are never overwritten."
        case .cityUnknown(let name, let suggestions):
            return "No city '\(name)'"
                + (suggestions.isEmpty ? "" : "; did you mean " + suggestions.joined(separator: ", "))
                + "? Give the city's name (十堰市) or its 4-digit code (4203)."
        case .cityAmbiguous(let name, let candidates):
            return "'\(name)' matches more than one place; give the code instead:\n"
                + candidates.map { "  " + $0 }.joined(separator: "\n")
        case .initUnwritable(let path, let reason): return "Cannot write \(path): \(reason); no workspace was created."
        case .divisionsMissing(let path): return "The bundled division codes \(path) are missing; check Templates/."
        }
    }

    private func percent(_ share: Double) -> String { Table.decimal(share * 100, digits: 0, grouped: false) + "%" }

    private func tableName(_ table: String) -> String {
        [
            "promotion": "promotion", "donations": "donations", "drives": "venue-days", "targets": "targets",
            "donors": "donors", "actions": "actions", "assignments": "assignments", "experiments": "experiments",
            "truth": "simulation truth", "stock": "stock",
        ][table] ?? table
    }
}
