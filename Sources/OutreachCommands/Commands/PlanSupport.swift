import Foundation
import OutreachLoading
import OutreachModel
import OutreachPlanning
import OutreachReports

/// What the plan commands share: formats, loading a checked workspace and a saved plan, and wording failures.
enum PlanFormat: String, CaseIterable {
    case text, md, html, csv, ics, json, xlsx
}

extension Invocation {
    var planFormat: PlanFormat {
        get throws(UsageMessage) { try arguments.choice("format", default: PlanFormat.text) }
    }

    /// The workspace with no errors in loading or validation: a plan must not rest on broken data.
    func loadForPlanning() throws(CommandFailure) -> Workspace {
        let loaded = try load()
        let errors = loaded.allProblems(today: context.today).filter { $0.severity == .error }
        guard errors.isEmpty else { throw .problems(errors) }
        return loaded.workspace
    }

    func loadPlan(_ name: String) throws(CommandFailure) -> Plan {
        do throws(PlanStore.Failure) { return try PlanStore.load(name, in: paths) } catch {
            throw failure(error)
        }
    }

    func failure(_ error: PlanStore.Failure) -> CommandFailure {
        switch error {
        case .invalidName(let name): return .message(strings.plan(.invalidPlanName(name)))
        case .notFound(let name, let available):
            return .message(strings.plan(.planNotFound(name: name, available: available)))
        case .unreadable(let problems): return .problems(problems)
        case .writeFailed(let failure):
            return .message(strings.plan(.writeFailed(path: failure.path, reason: strings.writeReason(failure))))
        }
    }

    func failure(_ error: PlanningError) -> CommandFailure { .message(strings.plan(.error(error))) }

    /// A file named on the command line, relative to the current directory.
    /// The workspace with what planning alone reads: the imported donors' waiting times (a large table) and the
    /// station's calibration, whose problems refuse the plan like any other broken file.
    func forPlanning(_ workspace: Workspace) throws(CommandFailure) -> Workspace {
        var workspace = workspace
        // A damaged donor table is reported by `recall` and `pools`; the plan then goes without it.
        let (donors, damaged) = DonorTable.load(paths)
        if damaged.isEmpty {
            workspace.recentDonations = DonorTable.recentDonations(donors, rules: workspace.donationRules)
            workspace.venueGroupMix = DonorTable.venueGroupMix(donors)
        }
        let (calibration, problems) = CalibrationStore.load(paths)
        guard problems.isEmpty else { throw .problems(problems) }
        workspace.calibration = calibration
        return workspace
    }

    func fileURL(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : context.currentDirectory.appendingPathComponent(path)
    }

    func pins() throws(CommandFailure) -> [DriveID] {
        var pins: [DriveID] = []
        for text in arguments.list("pin") {
            guard let id = DriveID(text) else { throw .message(strings.plan(.invalidDrive(text))) }
            pins.append(id)
        }
        return pins
    }

    func blocks() throws(CommandFailure) -> [Block] {
        var blocks: [Block] = []
        for text in arguments.list("block") {
            guard let block = Block(text) else { throw .message(strings.plan(.invalidBlock(text))) }
            blocks.append(block)
        }
        return blocks
    }

    /// A region given by code or name, as its code.
    func regionCode(_ text: String, in workspace: Workspace) throws(CommandFailure) -> String {
        if let ambiguity = workspace.tree.ambiguity(text) { throw .problems([.error(ambiguity)]) }
        guard let region = workspace.tree.find(text) else {
            throw failure(.unknownRegion(text, suggestion: workspace.regionSuggestion(for: text)))
        }
        return region.code
    }
}

/// Makes a plan through the library pipeline and words its failures; the one path for new plans and re-plans.
enum PlanMaker {
    static func make(_ request: PlanRequest, name: String, workspace: Workspace, invocation: Invocation)
        throws(CommandFailure) -> (Plan, PlanningProblem)
    {
        let pipeline = PlanPipeline(workspace: try invocation.forPlanning(workspace), request: request, name: name)
        do throws(PlanPipeline.Failure) {
            let output = try pipeline.run()
            return (output.plan, output.problem)
        } catch {
            switch error {
            case .planning(let error): throw invocation.failure(error)
            case .ruleViolations(let violations):
                let lines = violations.map {
                    invocation.strings.plan(.violation(drive: $0.drive.description, rule: $0.rule))
                }
                throw .message(
                    invocation.strings.plan(.checkerFailed(count: violations.count)) + "\n"
                        + lines.joined(separator: "\n"))
            }
        }
    }

    /// Rebuilds the problem a saved plan was made from, as on the day it was made.
    static func problem(of plan: Plan, workspace: Workspace) throws(PlanningError) -> PlanningProblem {
        let request = PlanRequest(
            from: plan.from, to: plan.to, today: plan.madeOn, regionCode: plan.region, seed: plan.seed, pins: plan.pins,
            blocks: plan.blocks, shortage: plan.shortage, previous: plan.drives.filter { $0.origin == .kept },
            replanFrom: plan.replannedFrom)
        return try ProblemBuilder(workspace: workspace, request: request).build().problem
    }
}
