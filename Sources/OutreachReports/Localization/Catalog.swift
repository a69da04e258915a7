import OutreachModel
import OutreachPlanning

/// Every user-facing string of one language. Adding a phrase or a problem kind fails to compile until each
/// language spells it, so no message is ever missing in one language.
public protocol Catalog: Sendable {
    func text(_ phrase: Phrase) -> String
    func problem(_ kind: ProblemKind) -> String
    func usage(_ error: UsageMessage) -> String
    func assignment(_ message: AssignmentMessage) -> String
    func plan(_ message: PlanMessage) -> String
    func evaluation(_ message: EvaluationMessage) -> String
    func model(_ message: ModelMessage) -> String
    func importing(_ message: ImportMessage) -> String
    func calibration(_ message: CalibrationMessage) -> String
    func history(_ message: HistoryMessage) -> String
    func stock(_ message: StockMessage) -> String
    /// Why a write failed, with what to do: "磁盘空间已满(写入时)".
    func writeReason(_ failure: WriteFailure) -> String
    func name(of kind: RegionKind) -> String
    func name(of kind: VenueKind) -> String
    func name(of role: LeaderRole) -> String
    func heldThrough(_ regionName: String) -> String
    /// Picks the name a data file gives in this language (English falls back to Chinese when missing).
    func localized(_ chinese: String, english: String) -> String
    /// Joins names in a list: 、 in Chinese, a comma in English.
    var listSeparator: String { get }
    func regionsTitle(workspace: String, date: CivilDate) -> String
    func leadersTitle(workspace: String, date: CivilDate) -> String
    func checkSummary(errors: Int, warnings: Int) -> String
}

/// Command-line mistakes, reported with exit code 64.
public enum UsageMessage: Error, Hashable, Sendable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String)
    case unexpectedArgument(String)
    case missingArgument(String)
    case missingOption(String)
    case invalidValue(option: String, value: String, expected: Expectation)
    /// An environment variable the tool reads (`OUTREACH_TODAY`) holds a bad value.
    case invalidEnvironment(variable: String, value: String, expected: Expectation)
    case seeHelp(command: String)
    case workspaceNotFound(String)
}

/// What `assign` reports, done or refused.
public enum AssignmentMessage: Hashable, Sendable {
    case recorded(region: String, leader: String, period: Period, reason: String)
    case closed(leader: String, lastDay: CivilDate)
    case unknownRegion(String, suggestion: String?)
    case unknownLeader(String, suggestion: String?)
    case emptyReason
    case endsBeforeStart(start: CivilDate, end: CivilDate)
    case startsBeforeExisting(leader: String, period: Period)
    case overlapsClosedPeriod(leader: String, period: Period)
    case workspaceHasErrors
    case wouldBreak
    case writeFailed(path: String, reason: String)
}

extension Catalog {
    public func name(of region: Region) -> String { localized(region.name, english: region.englishName) }
}
