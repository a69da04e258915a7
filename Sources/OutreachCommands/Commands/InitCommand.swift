import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach init DIR --city NAME|CODE [--down-to county|township]`: a new city's workspace from the official
/// division codes.
enum InitCommand {
    /// How fine the new workspace's regions are.
    enum Depth: String, CaseIterable { case county, township }

    static let spec = CommandSpec(
        name: "init", abstract: .initAbstract, arguments: [ArgumentSpec("folder", help: .argumentInitFolder)],
        options: [
            OptionSpec("city", value: "NAME|CODE", help: .optionCity),
            OptionSpec("down-to", value: "county|township", help: .optionDownTo),
            OptionSpec("templates", value: "PATH", help: .optionTemplates),
            OptionSpec("lang", value: "zh|en", help: .optionLang), CommandSpec.helpOption,
        ])

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        guard let folder = invocation.arguments.positionals.first else { throw .usage(.missingArgument("folder")) }
        guard let city = invocation.arguments.value("city") else { throw .usage(.missingOption("--city")) }
        let depth: Depth
        do throws(UsageMessage) { depth = try invocation.arguments.choice("down-to", default: Depth.county) } catch {
            throw .usage(error)
        }
        let paths = WorkspacePaths.resolve(
            workspace: folder, templates: invocation.arguments.value("templates"),
            environment: invocation.context.environment, currentDirectory: invocation.context.currentDirectory)
        let strings = invocation.strings
        let report: InitReport
        do throws(InitFailure) {
            report = try WorkspaceCreator.create(
                at: paths.workspace, city: city, townships: depth == .township, templates: paths.templates)
        } catch {
            switch error {
            case .notEmpty: throw .message(strings.history(.initNotEmpty(folder: folder)))
            case .unknownCity(let name, let suggestions):
                throw .message(strings.history(.cityUnknown(name, suggestions: suggestions)))
            case .ambiguousCity(let name, let candidates):
                throw .message(strings.history(.cityAmbiguous(name, candidates: candidates)))
            case .divisionsMissing(let path): throw .message(strings.history(.divisionsMissing(path: path)))
            case .writeFailed(let failure):
                throw .message(
                    strings.history(.initUnwritable(path: failure.path, reason: strings.writeReason(failure))))
            }
        }
        let lines = [
            strings.history(
                .initCreated(
                    folder: folder, city: report.city.name, code: report.city.code, counties: report.counties,
                    townships: report.townships)),
            strings.history(.initNext(folder: folder)),
        ]
        return CommandResult(output: lines.joined(separator: "\n") + "\n")
    }
}
