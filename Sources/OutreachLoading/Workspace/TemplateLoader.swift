import Foundation
import OutreachModel

/// File names under the templates folder.
public enum TemplateFiles {
    public static let campaigns = "campaigns"
    public static let channels = "channels.json"
    public static let rules = "rules/donation.json"
    public static let holidays = "calendar/cn-holidays.json"
    public static let observances = "calendar/observances.json"
    public static let lunar = "calendar/lunar-months.json"
    public static let planning = "planning.json"
    public static let evaluation = "evaluation.json"
    public static let stock = "stock.json"
}

/// What `workspace.json` changes in the shared templates: keys merged into a campaign, the planning, evaluation
/// and stock settings.
struct TemplateOverrides {
    var campaigns: [String: [String: Any]] = [:]
    var planning: [String: Any]?
    var evaluation: [String: Any]?
    var stock: [String: Any]?
}

/// Loads the shared templates: campaigns (with a city's overrides), channels, donation rules and calendars.
struct TemplateLoader {
    let paths: WorkspacePaths
    var problems: [Problem] = []

    struct Loaded {
        var templates: [CampaignTemplate] = []
        var templateFiles: [String: String] = [:]
        var channels: [Channel] = []
        var rules: DonationRules?
        var holidays = HolidayCalendar()
        var lunar = LunarCalendar(monthStarts: [])
        var observances: [Observance] = []
        var planning = PlanningSettings()
        var evaluation = EvaluationSettings()
        var stock = StockSettings()
    }

    mutating func load(_ settings: TemplateOverrides) -> Loaded {
        var loaded = Loaded()
        let overrides = settings.campaigns
        if let planning = document(
            PlanningSettings.self, TemplateFiles.planning, overrides: settings.planning, deep: true)
        {
            loaded.planning = planning
        }
        if let evaluation = document(
            EvaluationSettings.self, TemplateFiles.evaluation, overrides: settings.evaluation, deep: true)
        {
            loaded.evaluation = evaluation
        }
        if let stock = document(StockSettings.self, TemplateFiles.stock, overrides: settings.stock, deep: true) {
            // A problem in a key the workspace overrides is the workspace's to fix.
            let template = paths.templatesFile(TemplateFiles.stock).display
            let workspace = paths.workspaceFile(WorkspaceLoader.settingsFile).display
            let found = stock.problems()
            problems += found.map { item in
                let key = String(item.keyPath.prefix { $0 != "." && $0 != "[" })
                let location =
                    settings.stock?[key] != nil
                    ? SourceLocation(file: workspace, keyPath: "stock." + item.keyPath)
                    : SourceLocation(file: template, keyPath: item.keyPath)
                return Problem(.error, item.kind, location: location)
            }
            if found.isEmpty { loaded.stock = stock }
        }
        loaded.channels = document(ChannelsDocument.self, TemplateFiles.channels)?.channels ?? []
        loaded.rules = document(DonationRules.self, TemplateFiles.rules)
        loaded.observances = document(ObservancesDocument.self, TemplateFiles.observances)?.observances ?? []
        if let lunar = document(LunarDocument.self, TemplateFiles.lunar) {
            var dates = DateCollector(file: paths.templatesFile(TemplateFiles.lunar).display)
            let starts = lunar.monthStarts.enumerated().compactMap { dates.date($1, at: "monthStarts[\($0)]") }
            let leap = (lunar.leapMonthStarts ?? []).enumerated().compactMap {
                dates.date($1, at: "leapMonthStarts[\($0)]")
            }
            problems += dates.problems
            loaded.lunar = LunarCalendar(monthStarts: starts, leapMonthStarts: Set(leap))
        }
        if let holidays = document(HolidaysDocument.self, TemplateFiles.holidays) {
            loaded.holidays = holidayCalendar(holidays, lunar: loaded.lunar)
        }
        let folder = paths.templatesFile(TemplateFiles.campaigns)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".json") {
            let relative = TemplateFiles.campaigns + "/" + name
            let id = String(name.dropLast(5))
            guard let template = document(CampaignTemplate.self, relative, overrides: overrides[id]) else { continue }
            let display = paths.templatesFile(relative).display
            if template.id != id {
                problems.append(
                    Problem(
                        .error, .invalidValue(field: "id", value: template.id, expected: .oneOf([id])),
                        location: SourceLocation(file: display, keyPath: "id")))
                continue
            }
            loaded.templates.append(template)
            loaded.templateFiles[id] = display
        }
        let unknownOverrides = Set(overrides.keys).subtracting(loaded.templates.map(\.id))
        for id in unknownOverrides.sorted() {
            let suggestion = NearestName.suggestion(for: id, among: loaded.templates.map(\.id))
            problems.append(
                Problem(
                    .error, .unknownReference(.template, id, suggestion: suggestion),
                    location: SourceLocation(
                        file: paths.workspaceFile(WorkspaceLoader.settingsFile).display,
                        keyPath: "templateOverrides.\(id)")))
        }
        return loaded
    }

    private mutating func document<T: Decodable>(
        _ type: T.Type, _ name: String, overrides: [String: Any]? = nil, deep: Bool = false
    ) -> T? {
        let file = paths.templatesFile(name)
        switch FileText.read(file.url, display: file.display) {
        case .missing:
            problems.append(Problem(.warning, .missingFile, location: SourceLocation(file: file.display)))
            return nil
        case .failed(let problem):
            problems.append(problem)
            return nil
        case .text(let text):
            let (value, found) = JSONDocument.decode(
                type, text: text, file: file.display, overrides: overrides, deep: deep)
            problems += found
            return value
        }
    }

    private mutating func holidayCalendar(_ document: HolidaysDocument, lunar: LunarCalendar) -> HolidayCalendar {
        var dates = DateCollector(file: paths.templatesFile(TemplateFiles.holidays).display)
        func days(_ table: [String: String], _ key: String) -> [CivilDate: String] {
            var result: [CivilDate: String] = [:]
            for (text, name) in table.sorted(by: { $0.key < $1.key }) {
                if let date = dates.date(text, at: "\(key).\(text)") { result[date] = name }
            }
            return result
        }
        let holidays = days(document.holidays, "holidays")
        let workdays = days(document.workdays, "workdays")
        // spring_festival maps a year to its date, so the values are the dates.
        var springFestival: [Int: CivilDate] = [:]
        for (year, text) in document.springFestival ?? [:] {
            if let date = dates.date(text, at: "spring_festival.\(year)") { springFestival[date.year] = date }
        }
        var qingming: [Int: CivilDate] = [:]
        for (year, text) in document.qingming ?? [:] {
            if let date = dates.date(text, at: "qingming.\(year)") { qingming[date.year] = date }
        }
        problems += dates.problems
        return HolidayCalendar(
            holidays: holidays, makeUpWorkdays: workdays, springFestival: springFestival,
            statutory: StatutoryHoliday.days(springFestival: springFestival, qingming: qingming, lunar: lunar))
    }
}
