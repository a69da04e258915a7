import OutreachEvaluation
import OutreachModel

extension EnglishCatalog {
    public func evaluation(_ message: EvaluationMessage) -> String {
        switch message {
        case .briefTitle(let leader, let month): return "\(leader) · brief for \(month)"
        case .briefDrives(let from, let to): return "Drives, \(from) to \(to)"
        case .packTitle(let workspace, let month): return "\(workspace) · promotion and donations, \(month)"
        case .packSubtitle(let regions, let findings, let open, let overdue):
            return "\(regions) regions · \(findings) findings · \(open) open actions (\(overdue) overdue)"
        case .emptyMonth(let month):
            return "\(month) has no donation figures; record them with outreach record donations"
        case .indicator(let indicator):
            switch indicator {
            case .donationRate: return "Donations per 1000 (annualised)"
            case .monthAttainment: return "Month attainment"
            case .yearToDateAttainment: return "Year-to-date attainment"
            case .yearOnYear: return "Year on year"
            case .monthOnMonth: return "Month on month"
            case .unitsPerVisit: return "Units per visit"
            case .deferralRate: return "Deferral rate"
            case .firstTimeRate: return "First-time share"
            case .promotionRate: return "Events per 100,000"
            }
        case .definition(let indicator):
            switch indicator {
            case .donationRate: return "donor visits in the month ÷ population × 12000"
            case .monthAttainment: return "units ÷ the month's target × 100%"
            case .yearToDateAttainment: return "units January–month ÷ targets of those months × 100%"
            case .yearOnYear: return "(units − same month last year) ÷ same month last year × 100%"
            case .monthOnMonth: return "(units − previous month) ÷ previous month × 100%"
            case .unitsPerVisit: return "units ÷ donor visits"
            case .deferralRate: return "deferred ÷ (donor visits + deferred) × 100%"
            case .firstTimeRate: return "first-time donor visits ÷ donor visits × 100%"
            case .promotionRate: return "promotion events ÷ population × 100000"
            }
        case .light(let light):
            switch light {
            case .green: return "● green"
            case .amber: return "▲ amber"
            case .red: return "✖ red"
            }
        case .sectionIndicators: return "Indicators and ranking"
        case .sectionFindings: return "Findings and suggestions"
        case .sectionActions: return "Action follow-up"
        case .sectionChannels: return "Donor visits per promotion event by channel"
        case .sectionTrends: return "Units over 24 months (solid) against target (dashed)"
        case .sectionAttainment: return "Attainment (%): month (filled) and year to date (hollow); the line is 100%"
        case .sectionHeatMap:
            return "Channel × region: donor visits per event (each column shaded against its own largest value)"
        case .sectionDefinitions: return "Definitions"
        case .noFindings: return "Nothing needs attention this month."
        case .noActions: return "No open actions."
        case .columnRank: return "Rank"
        case .columnLeader: return "Leader"
        case .columnFinding: return "Finding"
        case .columnEvidence: return "Evidence"
        case .columnSuggestion: return "Suggestion"
        case .columnEvents: return "Events"
        case .columnAttributed: return "Attributed visits"
        case .columnPerEvent: return "Per event"
        case .columnChannel: return "Channel"
        case .columnAction: return "Action"
        case .columnOwner: return "Owner"
        case .columnDue: return "Due"
        case .columnStatus: return "Status"
        case .columnIndicator: return "Indicator"
        case .columnBefore: return "Baseline"
        case .columnNow: return "Now"
        case .columnStint: return "Period"
        case .columnUnits: return "Units"
        case .columnTarget: return "Target"
        case .columnAttainment: return "Attainment"
        case .columnLight: return "Light"
        case .statusOpen: return "open"
        case .statusOverdue: return "overdue"
        case .statusClosed: return "closed"
        case .anomaly(let region, let actual, let expected, let score, let sameMonth):
            let history =
                sameMonth.isEmpty ? "" : "; same month in earlier years " + sameMonth.map(whole).joined(separator: ", ")
            return
                "\(region): \(whole(actual)) U against about \(whole(expected)) U expected from its level and season (robust score \(decimal(score)))\(history)"
        case .behind(let region, let gap, let yearToDate, _):
            var parts = ["season \(signed(gap.season))", "baseline trend \(signed(gap.trend))"]
            if let promotion = gap.promotion { parts.append("promotion change \(signed(promotion))") }
            parts.append("other \(signed(gap.other))")
            let year = yearToDate.map { "; \(decimal($0))% of the year-to-date target" } ?? ""
            return
                "\(region): \(whole(gap.actual)) U against a target of \(whole(gap.target)) U, \(signed(gap.total)) U short\(gap.isSplit ? " (" + parts.joined(separator: ", ") + ")" : "")\(year)"
        case .channelCut(let region, let channel, let events, let eventsBefore, let lost):
            return
                "\(region) · \(channel): \(whole(events)) events lately against \(whole(eventsBefore)) a year earlier; the channel model puts the loss at about \(whole(lost.value)) visits a month (\(whole(lost.low))–\(whole(lost.high)))"
        case .actionStill(let id, let region, let indicator, let before, let now):
            return
                "action \(id) (\(region)): \(evaluation(.indicator(indicator))) \(decimal(before)) at baseline, \(decimal(now)) now"
        case .suggestionLow: return "Find the cause: fewer drives, teams or promotion? Add group drives if needed"
        case .suggestionHigh:
            return "Learn what worked (events, channels, groups) and spread it; check for double entry"
        case .suggestionBehind:
            return
                "Look at the largest part: season → rephase the monthly targets; trend → add group drives, recall eligible donors; promotion → restore what was cut (see the suggestions)"
        case .suggestionBehindTrough:
            return "A trough month is near: add group and street drives early; recall donors who are eligible again"
        case .suggestionCut: return "Resume the channel, or record why it stopped"
        case .suggestionCutMoved:
            return "The suggestions move these drives to townships where they bring more; follow them"
        case .suggestionAction: return "Check the action is carried out; change it or its owner if needed"
        case .findingName(let code):
            let names = [
                "anomaly-low": "Unusually low", "anomaly-high": "Unusually high", "behind-red": "Behind (red)",
                "behind-amber": "Behind (amber)", "channel-cut": "Working channel cut",
                "action-not-moving": "Action not moving",
            ]
            return names[code] ?? code
        case .windowNote(let from, let to):
            return "Window \(from) to \(to), compared with the same months a year earlier."
        case .attributionNote:
            return
                "Channel yield counts donor visits at the venue kinds a channel recruits for (Templates/channels.json); channels may share donors, so compare a channel with itself over time. Carry-over and saturation are estimated by outreach model."
        case .moreFindings(let shown, let total):
            return "\(total) findings; the \(shown) largest (in units) are shown, all are in findings.csv."
        case .stationRow: return "Station"
        case .columnSize: return "Size (units a month)"
        case .syntheticNote:
            return "Note: this workspace's history is simulated (outreach simulate), for demonstration only."
        case .recorded(let kind, let file, let rows, let added, let removed, let changed, let unchanged):
            return
                "Recorded \(file) (\(kind), \(rows) rows): \(added) added, \(removed) removed, \(changed) changed, \(unchanged) unchanged."
        case .recordedNothing(let kind, let file, let rows):
            return "\(file) (\(kind), \(rows) rows) matches what is recorded; nothing changed."
        case .change(let kind, let key, let fields):
            let changes = fields.map {
                $0.name.replacingOccurrences(of: "_", with: " ") + " " + ($0.before.isEmpty ? "—" : $0.before)
                    + " → " + ($0.after.isEmpty ? "—" : $0.after)
            }
            return "  \(kind) \(key)" + (changes.isEmpty ? "" : ": " + changes.joined(separator: "; "))
        case .unaudited(let file):
            return
                "warning: \(file) changed since the last recorded run (an interrupted write or a hand edit); logged in the audit log."
        case .refused(let errors): return "\(errors) errors; nothing was recorded. Fix the file and record it again."
        case .writeFailed(let path, let reason): return "cannot write \(path): \(reason); the records are unchanged"
        case .workbookWritten(let path, let sheets):
            return "wrote \(path) (Excel workbook, \(sheets) sheet\(sheets == 1 ? "" : "s"))"
        case .writeUnfinished(let path, let reason):
            return "the change was decided but not finished: \(path) \(reason); once that is fixed, the next command"
                + " that writes to the workspace finishes it"
        case .storeBroken: return "the recorded data under records/ has errors; fix them first"
        case .actionAdded(let id, let region, let owner, let due, let indicator):
            return
                "Recorded action \(id): \(region), owner \(owner), due \(due), indicator: \(evaluation(.indicator(indicator)))."
        case .actionClosed(let id): return "Action \(id) closed."
        case .actionUnknown(let id, let suggestion):
            return "unknown action '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .actionAlreadyClosed(let id): return "action \(id) is already closed"
        case .actionAlreadyStored(let id): return "the same action is already recorded as \(id) (not added twice)"
        case .changedMeanwhile(let path):
            return "another command changed \(path) while this one ran; nothing was written, run it again"
        case .actionNoOwner(let region): return "nobody is accountable for \(region) now; name an owner with --owner"
        case .actionDuePast(let month): return "due month \(month) has passed; give this month or a later one"
        case .reviewTitle(let workspace, let year, let months):
            return "\(workspace) · region responsibility review \(year) (\(months) months with figures)"
        case .reviewNoData(let year): return "no donation figures for \(year)"
        case .unattributed: return "⚠ NO LEADER"
        case .simulated(let months, let regions, let promotion, let donations, let truth):
            return
                "Simulated \(months) months for \(regions) regions: \(promotion) promotion rows, \(donations) donation rows; truth in \(truth)."
        case .simulatedYear(let year, let visits, let units, let anchorVisits, let anchorUnits, let months):
            let span = months == 12 ? "" : " (Jan–month \(months))"
            return
                "  \(year)\(span): \(whole(visits)) visits / \(quantity(units)) U, calibrated to \(whole(anchorVisits)) / \(quantity(anchorUnits))"
        case .simulateNoRegions: return "the workspace has no county-level regions with a population to simulate"
        case .wrote(let path): return "wrote \(path)"
        case .demoStep(let text): return "▶ " + text
        case .noRecords:
            return "no monthly figures recorded yet; use outreach record, or outreach simulate for demonstration data"
        case .missingRecords(let table, let months):
            let name = table == .promotion ? "promotion" : "donation"
            return "no \(name) rows for \(months.map(\.description).joined(separator: ", ")) "
                + "(records/\(table.rawValue).csv); record those months with outreach record \(table.rawValue) FILE.csv, "
                + "then evaluate again"
        }
    }

    func decimal(_ value: Double) -> String { Table.decimal(value, digits: 1, grouped: true) }
}
