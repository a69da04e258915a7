import OutreachFormats
import OutreachModel

/// Where each loaded record came from, so the model's problems (about "venue 12") can name file, line and column.
public struct SourceMap: Sendable {
    /// One CSV table as read: its header and records, and the line each accepted row came from.
    struct Table: Sendable {
        var file: String
        var lines: [Int] = []
        var columns: [String: Int] = [:]
        var header: [String] = []
        var records: ArraySlice<CSVRecord> = []

        func location(row: Int, field: String?) -> SourceLocation {
            let line = row < lines.count ? lines[row] : nil
            return SourceLocation(file: file, line: line, column: field.flatMap { columns[$0] }.map { $0 + 1 })
        }
    }

    var regions: Table
    var leaders: Table
    var assignments: Table
    var venues: Table
    var teams: Table
    var targets: Table
    var templateFiles: [String: String] = [:]
    var settingsFile: String
    var calendarFile: String
    var holidaysFile: String
    var channelsFile: String

    /// The problem with its location filled in from its subject and field.
    func locate(_ problem: Problem) -> Problem {
        guard problem.location == nil, let subject = problem.subject else { return problem }
        var located = problem
        switch subject {
        case .region(let row): located.location = regions.location(row: row, field: problem.field)
        case .leader(let row): located.location = leaders.location(row: row, field: problem.field)
        case .assignment(let row): located.location = assignments.location(row: row, field: problem.field)
        case .venue(let row): located.location = venues.location(row: row, field: problem.field)
        case .team(let row): located.location = teams.location(row: row, field: problem.field)
        case .target(let row): located.location = targets.location(row: row, field: problem.field)
        case .template(let id):
            located.location = SourceLocation(file: templateFiles[id] ?? id, keyPath: problem.field)
        case .channels: located.location = SourceLocation(file: channelsFile, keyPath: problem.field)
        case .calendar: located.location = SourceLocation(file: calendarFile, keyPath: problem.field)
        case .holidays: located.location = SourceLocation(file: holidaysFile, keyPath: problem.field)
        case .settings: located.location = SourceLocation(file: settingsFile, keyPath: problem.field)
        }
        return located
    }
}
