import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach experiment design --channel C [--months 3] [--townships N] [--start YYYY-MM]`: a seeded, stratified
/// assignment of townships to more / usual / fewer events, recorded in `records/experiments.csv`.
enum ExperimentCommand {
    static let design = CommandSpec(
        name: "experiment design", abstract: .experimentDesignAbstract,
        options: [
            OptionSpec("channel", value: "CHANNEL", help: .optionExperimentChannel, required: true),
            OptionSpec("months", value: "N", help: .optionExperimentMonths),
            OptionSpec("townships", value: "N", help: .optionTownships),
            OptionSpec("start", value: "YYYY-MM", help: .optionStart),
            OptionSpec("by", value: "NAME", help: .optionBy),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func runDesign(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let (workspace, store) = try invocation.loadForRecords()
        let strings = invocation.strings
        let arguments = invocation.arguments
        let months: Int
        let townships: Int?
        let startOption: YearMonth?
        do throws(UsageMessage) {
            months = try arguments.positiveInteger("months") ?? 3
            townships = try arguments.positiveInteger("townships")
            startOption = try arguments.month("start")
        } catch { throw .usage(error) }
        let month = try invocation.coveredMonth(store, workspace)
        let name = arguments.value("channel") ?? ""
        let code =
            workspace.channels.first { $0.code == name.lowercased() || $0.name == name || $0.englishName == name }?
            .code ?? name
        let analysis = ChannelModelSupport.analysis(workspace, store, through: month)
        let id = identifier(store.experiments.count + 1)
        let design: ExperimentDesigner.Design
        do throws(ExperimentDesigner.Failure) {
            design = try ExperimentDesigner.design(
                analysis, channel: code, id: id, start: startOption ?? month.adding(months: 1), months: months,
                townships: townships, seed: workspace.evaluation.model.seed)
        } catch {
            switch error {
            case .unknownChannel(let channel): throw .message(strings.model(.experimentUnknownChannel(channel)))
            case .tooFewRegions(let channel, let count):
                throw .message(strings.model(.experimentTooFewRegions(channel: channel, count: count)))
            }
        }
        let experiment = design.experiment
        if let other = store.experiments.first(where: { $0.overlaps(experiment) }) {
            throw .message(
                strings.model(.experimentOverlaps(id: other.id, start: other.start, end: other.end)))
        }
        do throws(IntakeFailure) {
            try invocation.intake(workspace).addExperiment(experiment, designedFrom: store.experiments)
        } catch { throw invocation.failure(error) }
        let report = ExperimentReport(experiment: experiment, workspace: workspace, drives: analysis.panel.drives)
        let counts = Experiment.Arm.allCases.map { arm in experiment.assignments.filter { $0.arm == arm }.count }
        let summary = strings.model(
            .experimentDesigned(
                id: id, channel: report.channelName(strings), start: experiment.start, end: experiment.end,
                townships: counts, expected: design.expectedHalfWidth, current: design.currentInterval))
        return CommandResult(output: summary + "\n\n" + TableRenderer.text(report.table(strings)))
    }

    /// `7` → `E007`.
    static func identifier(_ number: Int) -> String {
        let digits = String(number)
        return "E" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
