import OutreachModel
import OutreachPlanning

/// Which drives of a plan a view shows.
public enum PlanAudience: Sendable, Hashable {
    case city
    /// The areas the leader answers for on each drive's day (directly or through a parent region).
    case leader(String)
    case team(String)
    case region(String)
    /// The public bloodmobile schedule: place, date and hours only.
    case publicSchedule
}

/// The drives of a plan for one audience, as a table (text, Markdown, CSV, JSON) and as calendar events.
public struct PlanDrivesView: Sendable {
    public var plan: Plan
    public var workspace: Workspace
    public var audience: PlanAudience

    public init(plan: Plan, workspace: Workspace, audience: PlanAudience) {
        self.plan = plan
        self.workspace = workspace
        self.audience = audience
        venuesByID = Dictionary(workspace.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        publicTemplates = Set(workspace.templates.filter(\.isPublic).map(\.id))
        publicKinds = Set(workspace.templates.filter(\.isPublic).flatMap(\.venueKinds))
        tree = workspace.tree
        responsibilities = workspace.responsibilities
    }

    // Looked up for every drive: built once.
    let venuesByID: [String: Venue]
    let publicTemplates: Set<String>
    let publicKinds: Set<VenueKind>
    let tree: RegionTree
    let responsibilities: ResponsibilityIndex

    public var drives: [PlannedDrive] {
        plan.drives.filter { includes(venue: $0.venue, date: $0.date, template: $0.template, team: $0.team) }
    }

    /// Drives a re-plan removed or moved that this audience's calendar had: published as cancelled, so phones
    /// that imported the earlier calendar drop them. (A removed drive's team is not kept: a team's calendar gets
    /// every removal, which leaves events it never had untouched.)
    public var cancelled: [DriveID] {
        (plan.changes?.removed ?? []).filter { includes(venue: $0.venueID, date: $0.date, template: nil, team: nil) }
    }

    func includes(venue id: String, date: CivilDate, template: String?, team: String?) -> Bool {
        let venue = venuesByID[id]
        switch audience {
        case .city: return true
        case .team(let wanted): return team.map { $0 == wanted } ?? true
        case .publicSchedule:
            if let template { return publicTemplates.contains(template) }
            // A removed drive: public when a public template serves its venue's kind.
            return venue.map { publicKinds.contains($0.kind) } ?? false
        case .region(let code):
            guard let venue else { return false }
            return venue.regionCode == code || tree.ancestors(of: venue.regionCode).contains { $0.code == code }
        case .leader(let leader):
            guard let venue else { return false }
            return responsibilities.responsibility(for: venue.regionCode, on: date)?.leaderID == leader
        }
    }

    public func table(_ strings: any Catalog) -> Table {
        let venues = Dictionary(workspace.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let teams = Dictionary(workspace.teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let templates = Dictionary(workspace.templates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tree = workspace.tree
        let responsibilities = workspace.responsibilities
        let isPublic = audience == .publicSchedule
        var columns: [Table.Column] = [
            .init(key: "date", title: strings.text(.columnDate)),
            .init(key: "weekday", title: strings.text(.columnWeekday)),
            .init(key: "time", title: strings.text(.columnTime)),
            .init(key: "venue", title: strings.text(.columnVenue)),
        ]
        if isPublic {
            columns.append(.init(key: "address", title: strings.text(.columnAddress)))
        } else {
            columns += [
                .init(key: "drive", title: strings.text(.columnID)),
                .init(key: "region", title: strings.text(.columnRegion)),
                .init(key: "campaign", title: strings.text(.columnCampaign)),
                .init(key: "team", title: strings.text(.columnTeam)),
                .init(key: "leader", title: strings.text(.columnLeader)),
                .init(key: "turnout", title: strings.text(.columnTurnout), alignRight: true),
                .init(key: "units", title: strings.text(.columnUnits), alignRight: true),
                .init(key: "pool", title: strings.text(.columnPool), alignRight: true, machineOnly: true),
                .init(key: "origin", title: strings.text(.columnOrigin)),
            ]
        }
        let rows: [[Table.Cell]] = drives.map { drive in
            let venue = venues[drive.venue]
            var row: [Table.Cell] = [
                .text(drive.date.description), .text(strings.plan(.weekday(drive.date.weekday))),
                .text(drive.start + "–" + drive.end), .text(venue?.name ?? drive.venue),
            ]
            if isPublic { return row + [.text(venue.map { address(of: $0, strings) } ?? "")] }
            let region = venue.flatMap { tree.region(code: $0.regionCode) }
            let leader = venue.flatMap { responsibilities.responsibility(for: $0.regionCode, on: drive.date) }
                .flatMap { workspace.leader(named: $0.leaderID) }
            let template = templates[drive.template]
            row += [
                .text(drive.id.description), .text(region.map { strings.name(of: $0) } ?? venue?.regionCode ?? ""),
                .label(
                    template.map { strings.localized($0.name, english: $0.englishName) } ?? drive.template,
                    code: drive.template),
                .label(teams[drive.team]?.name ?? drive.team, code: drive.team),
                leader.map { .label($0.name, code: $0.id) } ?? .label(strings.text(.noLeader), code: nil),
                .decimal(drive.expectedTurnout, digits: 0), .decimal(drive.expectedUnits, digits: 1),
                .decimal(drive.poolBefore, digits: 0),
                .label(strings.plan(.origin(drive.origin)), code: drive.origin.rawValue),
            ]
            return row
        }
        let title: String
        switch audience {
        case .publicSchedule:
            let settings = workspace.settings
            title = strings.plan(
                .publicTitle(
                    workspace: strings.localized(settings.name, english: settings.englishName), from: plan.from,
                    to: plan.to))
        case .city: title = strings.plan(.sectionDrives)
        case .leader(let id):
            title = viewTitle(workspace.leader(named: id)?.name ?? id, strings)
        case .team(let id):
            title = viewTitle(workspace.teams.first { $0.id == id }?.name ?? id, strings)
        case .region(let code):
            title = viewTitle(tree.region(code: code).map { strings.name(of: $0) } ?? code, strings)
        }
        return Table(title: title, columns: columns, rows: rows)
    }

    /// Where the public finds a venue: its address, or, until venues.csv has one, its county and township
    /// (`茂南区 金塘镇`), which `check` warns about.
    public func address(of venue: Venue, _ strings: any Catalog) -> String {
        guard venue.address.allSatisfy(\.isWhitespace) else { return venue.address }
        let tree = workspace.tree
        // Below the city: the county, then the township or street.
        let path =
            Array(tree.ancestors(of: venue.regionCode).reversed().dropFirst())
            + [tree.region(code: venue.regionCode)].compactMap { $0 }
        return path.map { strings.name(of: $0) }.joined(separator: " ")
    }

    /// The fixed donation houses and their hours, for the public schedule.
    public func fixedSitesTable(_ strings: any Catalog) -> Table {
        let sites = workspace.venues.filter { $0.kind == .fixedSite }.sorted { $0.id < $1.id }
        return Table(
            title: strings.plan(.fixedSitesHeading),
            columns: [
                .init(key: "venue", title: strings.text(.columnVenue)),
                .init(key: "address", title: strings.text(.columnAddress)),
                .init(key: "hours", title: strings.text(.columnHours)),
            ],
            rows: sites.map {
                [.text($0.name), .text(address(of: $0, strings)), .text(Self.hours($0.schedule, strings))]
            })
    }

    /// Whose view, which plan and when: a leader's, team's or region's page says so at its top.
    func viewTitle(_ who: String, _ strings: any Catalog) -> String {
        strings.plan(.viewTitle(who: who, plan: plan.name, from: plan.from, to: plan.to))
    }

    /// Opening hours as a poster says them: `周一至周日 08:30–17:30`, spans joined.
    static func hours(_ schedule: Schedule, _ strings: any Catalog) -> String {
        guard case .hours(let hours) = schedule else { return schedule.spelling }
        func clock(_ minutes: Int) -> String {
            let hour = minutes / 60 % 24
            return (hour < 10 ? "0" : "") + "\(hour):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
        }
        return hours.spans.map {
            strings.plan(.openingSpan(days: $0.weekdays.sorted(), opens: clock($0.opens), closes: clock($0.closes)))
        }.joined(separator: strings.plan(.spanSeparator))
    }
}
