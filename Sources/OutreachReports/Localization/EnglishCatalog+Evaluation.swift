import OutreachEvaluation
import OutreachModel

extension EnglishCatalog {
    public func evaluation(_ message: EvaluationMessage) -> String {
        switch message {
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
        case .sectionHeatMap: return "Channel × region: donor visits per event"
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
        case .channelYield(let region, let channel, let now, let before, let events, let eventsBefore):
            return
                "\(region) · \(channel): \(decimal(now)) visits per event (\(whole(events)) events), a year earlier \(decimal(before)) (\(whole(eventsBefore)) events)"
        case .behind(let region, let attainment, let gap, let trough):
            return
                "\(region): \(decimal(attainment))% of the year-to-date target, \(whole(gap)) U short; \(trough) is a trough month"
        case .dropped(let region, let channel, let events, let eventsBefore, let rate, let cityRate):
            return
                "\(region) · \(channel): \(whole(events)) events lately against \(whole(eventsBefore)) a year earlier, when each brought \(decimal(rate)) visits (city \(decimal(cityRate)))"
        case .actionStill(let id, let region, let indicator, let before, let now):
            return
                "action \(id) (\(region)): \(evaluation(.indicator(indicator))) \(decimal(before)) at baseline, \(decimal(now)) now"
        case .suggestionLow: return "Find the cause: fewer drives, teams or promotion? Add group drives if needed"
        case .suggestionHigh:
            return "Learn what worked (events, channels, groups) and spread it; check for double entry"
        case .suggestionYieldFell:
            return "Review how and to whom the channel is used; move some events to better channels"
        case .suggestionYieldRose: return "The channel works better now: hold more events and try it in similar regions"
        case .suggestionBehind:
            return "Add group and street drives before the trough; recall donors who are eligible again"
        case .suggestionDropped: return "Resume the channel, or record why it stopped"
        case .suggestionAction: return "Check the action is carried out; change it or its owner if needed"
        case .findingName(let code):
            let names = [
                "anomaly-low": "Unusually low", "anomaly-high": "Unusually high",
                "channel-yield-fell": "Channel yield fell",
                "channel-yield-rose": "Channel yield rose", "behind-before-trough": "Behind before a trough",
                "channel-dropped": "Channel dropped", "action-not-moving": "Action not moving",
            ]
            return names[code] ?? code
        case .windowNote(let from, let to):
            return "Window \(from) to \(to), compared with the same months a year earlier."
        case .attributionNote:
            return
                "Channel yield counts donor visits at the venue kinds a channel recruits for (Templates/channels.json); channels may share donors, so compare a channel with itself over time. Carry-over and saturation are estimated by outreach model."
        case .syntheticNote:
            return "Note: this workspace's history is simulated (outreach simulate), for demonstration only."
        case .recorded(let kind, let file, let rows, let added, let removed, let changed, let unchanged):
            return
                "Recorded \(file) (\(kind), \(rows) rows): \(added) added, \(removed) removed, \(changed) changed, \(unchanged) unchanged."
        case .recordedNothing(let kind, let file, let rows):
            return "\(file) (\(kind), \(rows) rows) matches what is recorded; nothing changed."
        case .change(let kind, let key, let fields):
            return "  \(kind) \(key)" + (fields.isEmpty ? "" : ": " + fields.joined(separator: "; "))
        case .unaudited(let file):
            return
                "warning: \(file) changed since the last recorded run (an interrupted write or a hand edit); logged in the audit log."
        case .refused(let errors): return "\(errors) errors; nothing was recorded. Fix the file and record it again."
        case .writeFailed(let path, let reason): return "cannot write \(path): \(reason); the records are unchanged"
        case .storeBroken: return "the recorded data under records/ has errors; fix them first"
        case .actionAdded(let id, let region, let owner, let due, let indicator):
            return
                "Recorded action \(id): \(region), owner \(owner), due \(due), indicator: \(evaluation(.indicator(indicator)))."
        case .actionClosed(let id): return "Action \(id) closed."
        case .actionUnknown(let id, let suggestion):
            return "unknown action '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .actionAlreadyClosed(let id): return "action \(id) is already closed"
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
