import Foundation
import OutreachFormats
import OutreachModel

/// Loads a workspace folder and the shared templates. Never stops at the first problem: every file is read
/// and every problem collected, so `outreach check` can print them together.
public enum WorkspaceLoader {
    public static let settingsFile = "workspace.json"
    public static let regionsFile = "regions.csv"
    public static let leadersFile = "leaders.csv"
    public static let assignmentsFile = "assignments.csv"
    public static let venuesFile = "venues.csv"
    public static let teamsFile = "teams.csv"
    public static let calendarFile = "calendar.json"
    public static let targetsFile = "targets.csv"
    public static let plansFolder = "plans"

    /// Fails only when the workspace folder itself does not exist.
    public static func load(_ paths: WorkspacePaths) throws(WorkspaceNotFound) -> LoadedWorkspace {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: paths.workspace.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw WorkspaceNotFound(path: paths.workspaceDisplay) }
        // A change a killed run left decided but unfinished is finished before anything is read, so no command
        // ever sees one table new and another old. (A writer holding the lock has finished it already.)
        if FileManager.default.fileExists(atPath: paths.workspaceFile(ChangeJournal.file).url.path) {
            _ = try? WorkspaceLock(paths, command: "", time: "")
        }

        var loader = Loader(paths: paths)
        return loader.run()
    }
}

/// The folder named by `--workspace` (or the default) does not exist.
public struct WorkspaceNotFound: Error, Equatable, Sendable {
    public var path: String
}

private struct Loader {
    let paths: WorkspacePaths
    var problems: [Problem] = []
    var workspace = Workspace()
    var sourceMap: SourceMap

    init(paths: WorkspacePaths) {
        self.paths = paths
        func table(_ name: String) -> SourceMap.Table { .init(file: paths.workspaceFile(name).display) }
        sourceMap = SourceMap(
            regions: table(WorkspaceLoader.regionsFile), leaders: table(WorkspaceLoader.leadersFile),
            assignments: table(WorkspaceLoader.assignmentsFile), venues: table(WorkspaceLoader.venuesFile),
            teams: table(WorkspaceLoader.teamsFile), targets: table(WorkspaceLoader.targetsFile),
            settingsFile: paths.workspaceFile(WorkspaceLoader.settingsFile).display,
            calendarFile: paths.workspaceFile(WorkspaceLoader.calendarFile).display,
            holidaysFile: paths.templatesFile(TemplateFiles.holidays).display,
            channelsFile: paths.templatesFile(TemplateFiles.channels).display)
    }

    mutating func run() -> LoadedWorkspace {
        let overrides = loadSettings()
        loadTables()
        loadCalendar()
        var templates = TemplateLoader(paths: paths)
        let loaded = templates.load(overrides)
        workspace.planning = loaded.planning
        workspace.evaluation = loaded.evaluation
        workspace.stock = loaded.stock
        workspace.templates = loaded.templates
        workspace.channels = loaded.channels
        workspace.donationRules = loaded.rules
        workspace.calendar.holidays = loaded.holidays
        workspace.calendar.lunar = loaded.lunar
        workspace.calendar.observances = loaded.observances
        sourceMap.templateFiles = loaded.templateFiles
        problems += templates.problems
        return LoadedWorkspace(workspace: workspace, loadProblems: problems, sourceMap: sourceMap, paths: paths)
    }

    /// Reads a file's text, recording a problem when it is required and missing or undecodable.
    mutating func text(_ name: String, required: Bool) -> String? {
        let file = paths.workspaceFile(name)
        switch FileText.read(file.url, display: file.display) {
        case .text(let text): return text
        case .missing:
            if required { problems.append(Problem(.error, .missingFile, location: SourceLocation(file: file.display))) }
            return nil
        case .failed(let problem):
            problems.append(problem)
            return nil
        }
    }

    /// Settings, and the raw `templateOverrides`, `planning`, `evaluation` and `stock` objects merged into the
    /// templates.
    mutating func loadSettings() -> TemplateOverrides {
        guard let text = text(WorkspaceLoader.settingsFile, required: true) else { return TemplateOverrides() }
        let file = sourceMap.settingsFile
        let (object, syntax) = JSONDocument.parse(text: text, file: file)
        problems += syntax
        guard let object else { return TemplateOverrides() }
        let (settings, found) = JSONDocument.decode(SettingsDocument.self, from: object, file: file)
        problems += found
        if let settings {
            workspace.settings = WorkspaceSettings(
                name: settings.name, englishName: settings.englishName ?? "", cityCode: settings.cityCode ?? "",
                notes: settings.notes ?? "",
                sample: settings.sample.map {
                    SampleSettings(years: $0.years, through: $0.through.flatMap(YearMonth.init), seed: $0.seed)
                })
        }
        return TemplateOverrides(
            campaigns: object["templateOverrides"] as? [String: [String: Any]] ?? [:],
            planning: object["planning"] as? [String: Any], evaluation: object["evaluation"] as? [String: Any],
            stock: object["stock"] as? [String: Any])
    }

    mutating func loadTables() {
        workspace.regions = table(WorkspaceLoader.regionsFile, WorkspaceTables.regions, \.regions) { $0.readRegions() }
        workspace.leaders = table(WorkspaceLoader.leadersFile, WorkspaceTables.leaders, \.leaders) { $0.readLeaders() }
        workspace.assignments = table(WorkspaceLoader.assignmentsFile, WorkspaceTables.assignments, \.assignments) {
            $0.readAssignments()
        }
        workspace.venues = table(WorkspaceLoader.venuesFile, WorkspaceTables.venues, \.venues, required: false) {
            $0.readVenues()
        }
        workspace.teams = table(WorkspaceLoader.teamsFile, WorkspaceTables.teams, \.teams, required: false) {
            $0.readTeams()
        }
        workspace.targets = table(WorkspaceLoader.targetsFile, WorkspaceTables.targets, \.targets, required: false) {
            $0.readTargets()
        }
    }

    /// Reads one table, keeps its problems, and records where each accepted row came from.
    mutating func table<Value>(
        _ name: String, _ specs: [ColumnSpec], _ source: WritableKeyPath<SourceMap, SourceMap.Table>,
        required: Bool = true, read: (inout TableReader) -> (values: [Value], lines: [Int])
    ) -> [Value] {
        guard let text = text(name, required: required) else { return [] }
        let (opened, found) = TableReader.open(text: text, file: paths.workspaceFile(name).display, specs: specs)
        problems += found
        guard var reader = opened else { return [] }
        let (values, lines) = read(&reader)
        problems += reader.problems
        sourceMap[keyPath: source].lines = lines
        sourceMap[keyPath: source].columns = reader.columns
        sourceMap[keyPath: source].header = reader.header
        sourceMap[keyPath: source].records = reader.records
        return values
    }

    mutating func loadCalendar() {
        guard let text = text(WorkspaceLoader.calendarFile, required: false) else { return }
        let file = sourceMap.calendarFile
        let (document, found) = JSONDocument.decode(CalendarDocument.self, text: text, file: file)
        problems += found
        guard let document else { return }
        var dates = DateCollector(file: file)
        var terms: [String: [AcademicTerm]] = [:]
        for (id, list) in document.terms ?? [:] {
            terms[id] = list.enumerated().compactMap { index, term in
                let start = dates.date(term.from, at: "terms.\(id)[\(index)].from")
                let end = dates.date(term.to, at: "terms.\(id)[\(index)].to")
                guard let start, let end else { return nil }
                return AcademicTerm(name: term.name, period: Period(start: start, end: end))
            }
        }
        workspace.calendar.terms = terms
        workspace.calendar.campaignPeriods = (document.campaignPeriods ?? []).map {
            CampaignPeriod(id: $0.id, name: $0.name, months: $0.months, sinceYear: $0.sinceYear, notes: $0.notes ?? "")
        }
        problems += dates.problems
    }
}
