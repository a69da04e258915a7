import OutreachEvaluation
import OutreachModel

/// Everything the evaluation commands say; names of regions and channels arrive already localised.
public enum EvaluationMessage: Hashable, Sendable {
    case packTitle(workspace: String, month: YearMonth)
    /// `outreach brief`: a leader's page for the month, and its drives' section.
    case briefTitle(leader: String, month: YearMonth)
    case briefDrives(from: YearMonth, to: YearMonth)
    case packSubtitle(regions: Int, findings: Int, openActions: Int, overdue: Int)
    case emptyMonth(YearMonth)
    case indicator(Indicator)
    /// The indicator with its DHIS2 definition, for the legend.
    case definition(Indicator)
    case light(TrafficLight)
    case sectionIndicators, sectionFindings, sectionActions, sectionChannels, sectionTrends, sectionAttainment
    case sectionHeatMap, sectionDefinitions
    case noFindings, noActions
    case columnRank, columnLeader, columnFinding, columnEvidence, columnSuggestion, columnEvents, columnAttributed
    case columnPerEvent, columnChannel, columnAction, columnOwner, columnDue, columnStatus, columnIndicator
    case columnSize
    case stationRow
    case columnBefore, columnNow, columnStint, columnUnits, columnTarget, columnAttainment, columnLight
    case statusOpen, statusOverdue, statusClosed
    case anomaly(region: String, actual: Double, expected: Double, score: Double, sameMonth: [Double])
    /// A red or amber region's month: the gap to target and its parts (units), year-to-date attainment.
    case behind(region: String, gap: Finding.Gap, yearToDate: Double?, trough: YearMonth?)
    case channelCut(
        region: String, channel: String, events: Double, eventsBefore: Double, lost: ChannelAnalysis.Estimate)
    case actionStill(id: String, region: String, indicator: Indicator, before: Double, now: Double)
    case suggestionLow, suggestionHigh, suggestionBehind, suggestionBehindTrough, suggestionCut, suggestionCutMoved
    case suggestionAction
    case findingName(String)
    case windowNote(from: YearMonth, to: YearMonth)
    case attributionNote
    /// The pack shows the largest findings; the CSV holds them all.
    case moreFindings(shown: Int, total: Int)
    case syntheticNote
    case recorded(kind: String, file: String, rows: Int, added: Int, removed: Int, changed: Int, unchanged: Int)
    case recordedNothing(kind: String, file: String, rows: Int)
    case change(kind: String, key: String, fields: [FieldChange])
    case unaudited(file: String)
    case refused(errors: Int)
    case writeFailed(path: String, reason: String)
    /// `--format xlsx --output FILE`.
    case workbookWritten(path: String, sheets: Int)
    /// The change was decided but a later step failed; the next writing command finishes it.
    case writeUnfinished(path: String, reason: String)
    case storeBroken
    case actionAdded(id: String, region: String, owner: String, due: YearMonth, indicator: Indicator)
    case actionClosed(id: String)
    case actionUnknown(String, suggestion: String?)
    case actionAlreadyClosed(String)
    /// The same open action is stored already (a repeated `actions add`).
    case actionAlreadyStored(id: String)
    /// Another run wrote the table while this one was working.
    case changedMeanwhile(path: String)
    case actionNoOwner(region: String)
    case actionDuePast(YearMonth)
    case reviewTitle(workspace: String, year: Int, months: Int)
    case reviewNoData(Int)
    case unattributed
    case simulated(months: Int, regions: Int, promotion: Int, donations: Int, truth: String)
    case simulatedYear(year: Int, visits: Double, units: Double, anchorVisits: Double, anchorUnits: Double, months: Int)
    case simulateNoRegions
    case wrote(path: String)
    case demoStep(String)
    case noRecords
    /// A table with no rows for months the evaluation needs.
    case missingRecords(table: RecordCoverage.Table, months: [YearMonth])
}
