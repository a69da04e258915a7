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

    /// Fails only when the workspace folder itself does not exist.
    public static func load(_ paths: WorkspacePaths) throws(WorkspaceNotFound) -> LoadedWorkspace {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: paths.workspace.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw WorkspaceNotFound(path: paths.workspaceDisplay) }

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
    var assignmentsEncoding: TextEncoding?

    init(paths: WorkspacePaths) {
        self.paths = paths
        func table(_ name: String) -> SourceMap.Table { .init(file: paths.workspaceFile(name).display) }
        sourceMap = SourceMap(
            regions: table(WorkspaceLoader.regionsFile), leaders: table(WorkspaceLoader.leadersFile),
            assignments: table(WorkspaceLoader.assignmentsFile), venues: table(WorkspaceLoader.venuesFile),
            teams: table(WorkspaceLoader.teamsFile),
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
        let loaded = templates.load(overrides: overrides)
        workspace.templates = loaded.templates
        workspace.channels = loaded.channels
        workspace.donationRules = loaded.rules
        workspace.calendar.holidays = loaded.holidays
        workspace.calendar.lunar = loaded.lunar
        workspace.calendar.observances = loaded.observances
        sourceMap.templateFiles = loaded.templateFiles
        problems += templates.problems
        return LoadedWorkspace(
            workspace: workspace, loadProblems: problems, sourceMap: sourceMap, paths: paths,
            assignmentsEncoding: assignmentsEncoding)
    }

    /// Reads a file's text, recording a problem when it is required and missing or undecodable.
    mutating func text(_ name: String, required: Bool) -> (String, TextEncoding)? {
        let file = paths.workspaceFile(name)
        switch FileText.read(file.url, display: file.display) {
        case .text(let text, let encoding): return (text, encoding)
        case .missing:
            if required { problems.append(Problem(.error, .missingFile, location: SourceLocation(file: file.display))) }
            return nil
        case .failed(let problem):
            problems.append(problem)
            return nil
        }
    }

    /// Settings, and the raw `templateOverrides` object that is merged into templates.
    mutating func loadSettings() -> [String: [String: Any]] {
        guard let (text, _) = text(WorkspaceLoader.settingsFile, required: true) else { return [:] }
        let file = sourceMap.settingsFile
        let (settings, found) = JSONDocument.decode(SettingsDocument.self, text: text, file: file)
        problems += found
        if let settings {
            workspace.settings = WorkspaceSettings(
                name: settings.name, englishName: settings.englishName ?? "", cityCode: settings.cityCode ?? "",
                notes: settings.notes ?? "")
        }
        let raw = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        return raw?["templateOverrides"] as? [String: [String: Any]] ?? [:]
    }

    mutating func loadTables() {
        func open(_ name: String, _ specs: [ColumnSpec], required: Bool) -> TableReader? {
            guard let (text, encoding) = text(name, required: required) else { return nil }
            if name == WorkspaceLoader.assignmentsFile { assignmentsEncoding = encoding }
            let (reader, found) = TableReader.open(text: text, file: paths.workspaceFile(name).display, specs: specs)
            problems += found
            return reader
        }
        func finish(_ reader: TableReader, _ table: inout SourceMap.Table, _ lines: [Int]) {
            problems += reader.problems
            table.lines = lines
            table.columns = reader.columns
        }
        if var reader = open(WorkspaceLoader.regionsFile, WorkspaceTables.regions, required: true) {
            let (values, lines) = reader.readRegions()
            workspace.regions = values
            finish(reader, &sourceMap.regions, lines)
        }
        if var reader = open(WorkspaceLoader.leadersFile, WorkspaceTables.leaders, required: true) {
            let (values, lines) = reader.readLeaders()
            workspace.leaders = values
            finish(reader, &sourceMap.leaders, lines)
        }
        if var reader = open(WorkspaceLoader.assignmentsFile, WorkspaceTables.assignments, required: true) {
            let (values, lines) = reader.readAssignments()
            workspace.assignments = values
            finish(reader, &sourceMap.assignments, lines)
        }
        if var reader = open(WorkspaceLoader.venuesFile, WorkspaceTables.venues, required: false) {
            let (values, lines) = reader.readVenues()
            workspace.venues = values
            finish(reader, &sourceMap.venues, lines)
        }
        if var reader = open(WorkspaceLoader.teamsFile, WorkspaceTables.teams, required: false) {
            let (values, lines) = reader.readTeams()
            workspace.teams = values
            finish(reader, &sourceMap.teams, lines)
        }
    }

    mutating func loadCalendar() {
        guard let (text, _) = text(WorkspaceLoader.calendarFile, required: false) else { return }
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
