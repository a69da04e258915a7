import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach demo`: the monthly loop on a temporary copy of the sample workspace — calibrate on its records, plan
/// the coming quarter, record the latest month's spreadsheet (with one late correction), evaluate it, add an action — writing
/// everything a person would open to `./outreach-demo/`. The bundled workspace is never changed.
enum DemoCommand {
    static let spec = CommandSpec(
        name: "demo", abstract: .demoAbstract,
        options: [OptionSpec("output", value: "DIR", help: .optionOutput)] + CommandSpec.commonOptions
            + [CommandSpec.helpOption])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let strings = invocation.strings
        let outputName = invocation.arguments.value("output") ?? "outreach-demo"
        let output = invocation.fileURL(outputName)
        let scratch: ScratchCopy
        do { scratch = try ScratchCopy(of: invocation.paths, tag: "demo") } catch {
            throw .message(strings.evaluation(.writeFailed(path: error.path, reason: strings.writeReason(error))))
        }
        defer { withExtendedLifetime(scratch) {} }
        let workspace = scratch.workspace
        let common = [
            "--workspace", workspace.path, "--templates", scratch.templates.path, "--lang",
            strings is EnglishCatalog ? "en" : "zh",
        ]
        var log: [String] = []
        func step(_ arguments: [String], save name: String? = nil) throws(CommandFailure) -> CommandResult {
            log.append(strings.evaluation(.demoStep("outreach " + arguments.joined(separator: " "))))
            let result = Outreach.run(arguments + common, context: invocation.context)
            guard result.exitCode == CommandResult.success else { throw .message(result.errorOutput + result.output) }
            if let name {
                _ = try invocation.writeOutput(result.output, to: output, name: name, display: outputName)
                log.append("  " + strings.evaluation(.wrote(path: outputName + "/" + name)))
            } else {
                log.append(result.output.split(separator: "\n").prefix(12).map { "  " + $0 }.joined(separator: "\n"))
            }
            return result
        }

        // A user may have recorded, imported or assigned in the bundled sample: its simulated history is rebuilt
        // in the copy, so the demo shows the sample as committed.
        if let sample = try invocation.load().workspace.settings.sample, let years = sample.years,
            let through = sample.through, let seed = sample.seed,
            !RecordedChange.isSimulatedOnly(
                WorkspacePaths.resolve(
                    workspace: workspace.path, templates: nil, environment: [:],
                    currentDirectory: invocation.context.currentDirectory))
        {
            scratch.removeRecords()
            _ = try step([
                "simulate", "--years", String(years), "--through", through.description, "--seed", String(seed), "--by",
                strings.history(.sampleAuthor),
            ])
        }
        _ = try step(["calibrate", "--format", "md"], save: "calibration.md")
        _ = try step(["plan", "demo", "--format", "md"], save: "plan.md")
        let paths = WorkspacePaths.resolve(
            workspace: workspace.path, templates: scratch.templates.path,
            environment: [:], currentDirectory: invocation.context.currentDirectory)
        let loaded: LoadedWorkspace
        do throws(WorkspaceNotFound) { loaded = try WorkspaceLoader.load(paths) } catch {
            throw .usage(.workspaceNotFound(error.path))
        }
        let store = RecordStore.load(paths, workspace: loaded.workspace)
        guard let month = store.donations.map(\.month).max() else { throw .message(strings.evaluation(.noRecords)) }
        let sheet = "donations-\(month).csv"
        _ = try invocation.writeOutput(
            RecordStore.spreadsheet(store.donations.filter { $0.month == month }, workspace: loaded.workspace),
            to: output,
            name: sheet, display: outputName)
        _ = try step(["record", "donations", output.appendingPathComponent(sheet).path, "--by", "demo"])
        _ = try step(["evaluate", "--month", month.description, "--output", output.path])
        let due = YearMonth(invocation.context.today).adding(months: 2)
        _ = try step([
            "actions", "add", "--from-suggestion", "1", "--due", due.description, "--month", month.description, "--by",
            "demo",
        ])
        _ = try step(["actions", "list", "--format", "md"], save: "actions.md")
        // The winter: simulated stock falls to an alert level, and the plan made on it is a shortage plan.
        let stock = output.appendingPathComponent("stock.csv").path
        _ = try step(["simulate", "stock", stock])
        _ = try step(["record", "stock", stock, "--by", "demo"])
        _ = try step(["plan", "shortage", "--format", "md"], save: "shortage-plan.md")
        _ = try step(["stock", "--format", "html"], save: "stock.html")
        _ = try step(["stock", "--brief", "--format", "html"], save: "stock-brief.html")
        return CommandResult(output: log.joined(separator: "\n") + "\n")
    }
}
