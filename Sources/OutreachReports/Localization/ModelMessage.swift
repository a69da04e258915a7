import OutreachEvaluation
import OutreachModel

/// Everything `model`, `suggest` and the pack's suggestion section say; names arrive already localised.
public enum ModelMessage: Hashable, Sendable {
    case title(workspace: String, month: YearMonth)
    case fitted(months: Int, from: YearMonth, to: YearMonth, regions: Int, channels: Int)
    case validation(model: Double, naive: Double, months: Int)
    case noValidation
    case tooFewMonths(have: Int, need: Int)
    case tooFewRegions(have: Int, need: Int)
    case noPromotion
    case collinear(channel: String, partners: [String], inflation: Double)
    case tooFewEvents(channel: String)
    case sectionChannels
    case columnLastMonth, columnPerEvent, columnMarginal, columnCarryOver, columnHalfSaturation, columnSaturation
    case columnReliability, columnNumber, columnMove, columnGain, columnEvidence
    /// The data columns of a move (CSV, workbook): its range and both ends.
    case columnGainLow, columnGainHigh, columnFromRegion, columnFromChannel, columnFromEvents, columnToRegion
    case columnToChannel, columnToEvents
    case statusEstimated, statusCollinear, statusTooFewEvents
    case method
    case suggestTitle(workspace: String, month: YearMonth)
    case sectionSuggestions(month: YearMonth)
    case budgetEvents(total: Double)
    case budgetCost(total: Double)
    case staff(now: Double, suggested: Double, capacity: Double)
    case totalGain(ChannelAnalysis.Estimate, current: Double)
    case moveRegions(count: Int, channel: String, from: String, to: String)
    /// Drives of one template from one region to another: "电白区少 2 场乡镇圩日献血(含科普讲座),化州市多 2 场".
    case moveDrives(count: Int, drive: String, from: String, to: String)
    /// A template's drives held with its lead channel, and without it.
    case drivesWith(String, lead: String)
    case drivesWithout(String, lead: String)
    case townshipIn(county: String, township: String)
    /// `experiment design`: the assignment's summary, the interval expected and today's.
    case experimentDesigned(
        id: String, channel: String, start: YearMonth, end: YearMonth, townships: [Int], expected: Double,
        current: ChannelAnalysis.Estimate?)
    case experimentArm(Experiment.Arm)
    case experimentOverlaps(id: String, start: YearMonth, end: YearMonth)
    case columnArm, columnEventsPerMonth
    case experimentUnknownChannel(String)
    case experimentTooFewRegions(channel: String, count: Int)
    /// A recorded experiment in the model's summary: status and what it has shown.
    case experimentStatus(
        id: String, channel: String, start: YearMonth, end: YearMonth, status: ExperimentReading.Status,
        recorded: Int, lift: ChannelAnalysis.Estimate?)
    case moveChannels(region: String, count: Int, from: String, toCount: Int, to: String)
    case moveAny(count: Int, channel: String, region: String, toCount: Int, toChannel: String, toRegion: String)
    case addOnly(count: Int, channel: String, region: String)
    case removeOnly(count: Int, channel: String, region: String)
    case gain(ChannelAnalysis.Estimate)
    /// An action made from a suggestion: the move and its expected gain.
    case actionText(move: String, gain: ChannelAnalysis.Estimate)
    case evidenceTo(region: String, channel: String, ChannelAnalysis.Estimate)
    case evidenceDriveTo(region: String, drive: String, ChannelAnalysis.Estimate)
    case evidenceDriveFrom(region: String, drive: String, ChannelAnalysis.Estimate)
    case evidenceFrom(region: String, channel: String, ChannelAnalysis.Estimate)
    case held(channel: String, reason: SuggestionSet.HeldReason)
    case noMoves
    case suggestNote(coverage: Double, agreement: Double)
    case moreMoves(Int)
    case notFitted
    case unknownSuggestion(Int, count: Int)
    case costMissing([String])
}

extension Catalog {
    /// `12%`: a share as a whole percentage.
    func percentWhole(_ value: Double) -> String { Table.decimal(value * 100, digits: 0, grouped: false) + "%" }
    /// `−1.5` for a loss of 1.5; a loss that rounds to zero reads `0.0`, never `−0.0`.
    func loss(_ value: Double) -> String {
        let text = Table.decimal(abs(value), digits: 1, grouped: true)
        return text == "0.0" ? text : "−" + text
    }
    /// `+85`, `−3`; a value that rounds to zero has no sign.
    func signed(_ value: Double) -> String { (value.rounded() < 0 ? "−" : "+") + whole(abs(value)) }
    /// `40–130`, `−5–20`.
    func range(_ estimate: ChannelAnalysis.Estimate) -> String {
        func end(_ value: Double) -> String { (value.rounded() < 0 ? "−" : "") + whole(abs(value)) }
        return end(estimate.low) + "–" + end(estimate.high)
    }
}
