import OutreachFormats
import OutreachModel

/// Reads one workspace CSV table into typed values, collecting every problem with its line and column.
///
/// Column numbers are field positions (1 = Excel column A), which is what a person counts in a spreadsheet.
struct TableReader {
    let file: String
    let columns: [String: Int]
    let header: [String]
    let records: ArraySlice<CSVRecord>
    var problems: [Problem] = []

    /// The largest count, amount or target a table may hold: far above any city's month or year (a city of ten
    /// million people), low enough that a pasted ID number or a `1e+23` is refused rather than planned with.
    public static let maximum = 1_000_000_000

    /// Parses the text and checks the header; returns nil (with problems) when the table cannot be read at all.
    static func open(text: String, file: String, specs: [ColumnSpec]) -> (TableReader?, [Problem]) {
        let records: [CSVRecord]
        do throws(CSVSyntaxError) {
            records = try CSVParser.parse(text)
        } catch {
            let location = SourceLocation(file: file, line: error.line, column: error.column)
            return (nil, [Problem(.error, error.problem, location: location)])
        }
        guard let header = records.first else {
            let location = SourceLocation(file: file, line: 1)
            return (
                nil, specs.filter(\.isRequired).map { Problem(.error, .missingColumn($0.name), location: location) }
            )
        }
        var columns: [String: Int] = [:]
        var problems: [Problem] = []
        for (position, title) in header.fields.enumerated() {
            let location = SourceLocation(file: file, line: header.line, column: position + 1)
            if let spec = specs.first(where: { $0.matches(title) }) {
                if let first = columns[spec.name] {
                    problems.append(
                        Problem(.error, .duplicateColumn(title, firstColumn: first + 1), location: location))
                } else {
                    columns[spec.name] = position
                }
            } else if !title.trimmingSpaces().isEmpty {
                let suggestion = NearestName.suggestion(for: title, among: specs.map(\.name))
                problems.append(Problem(.warning, .unknownColumn(title, suggestion: suggestion), location: location))
            }
        }
        let missing = specs.filter { $0.isRequired && columns[$0.name] == nil }
        if !missing.isEmpty {
            let required = specs.filter(\.isRequired)
            let shape = FileShape.diagnose(records.prefix(4).map(\.fields)) { fields in
                required.allSatisfy { spec in fields.contains(where: spec.matches) }
            }
            if let shape {
                let line = records.first?.line ?? 1
                return (nil, [Problem(.error, .fileShape(shape), location: SourceLocation(file: file, line: line))])
            }
        }
        for spec in missing {
            let location = SourceLocation(file: file, line: header.line)
            problems.append(Problem(.error, .missingColumn(spec.name), location: location))
        }
        if problems.contains(where: { $0.severity == .error }) { return (nil, problems) }
        var reader = TableReader(file: file, columns: columns, header: header.fields, records: records.dropFirst())
        reader.problems = problems
        return (reader, [])
    }

    /// A view of one record that reads fields by column name and records what is wrong with them.
    struct Row {
        let record: CSVRecord
        let columns: [String: Int]
        let file: String
        /// The file's own header, so a message names the column as the file does (点位类型, not venue_kind).
        var header: [String] = []
        var problems: [Problem] = []

        func location(_ column: String) -> SourceLocation {
            SourceLocation(file: file, line: record.line, column: columns[column].map { $0 + 1 })
        }

        /// The trimmed text of a column, "" when the column is absent or the row is short.
        func text(_ column: String) -> String {
            guard let index = columns[column], index < record.fields.count else { return "" }
            return record.fields[index].trimmingSpaces()
        }

        mutating func report(_ kind: ProblemKind, _ column: String, severity: Problem.Severity = .error) {
            var worded = kind
            let title = columns[column].flatMap { $0 < header.count ? header[$0].trimmingSpaces() : nil } ?? column
            switch kind {
            case .emptyField(column): worded = .emptyField(title)
            case .invalidValue(column, let value, let expected):
                worded = .invalidValue(field: title, value: value, expected: expected)
            default: break
            }
            problems.append(Problem(severity, worded, field: column, location: location(column)))
        }

        mutating func required(_ column: String) -> String? {
            let value = text(column)
            if value.isEmpty { report(.emptyField(column), column) }
            return value.isEmpty ? nil : value
        }

        /// An integer as `PlainNumber` reads it (`1,234`, `12.0`), from `minimum` to `TableReader.maximum`. Nil when
        /// empty or invalid; an invalid value (or an empty required one) is reported, which drops the row.
        mutating func integer(_ column: String, minimum: Int = 0, optional: Bool = false) -> Int? {
            let value = text(column)
            if value.isEmpty {
                if !optional { report(.emptyField(column), column) }
                return nil
            }
            let parsed = PlainNumber.parse(value)
            if let parsed, parsed > Double(TableReader.maximum) {
                report(.invalidValue(field: column, value: value, expected: .atMost(TableReader.maximum)), column)
                return nil
            }
            // Between `minimum` and 10⁹ here, so the conversion cannot trap.
            guard let parsed, parsed == parsed.rounded(), parsed >= Double(minimum) else {
                let expectation: Expectation = minimum > 0 ? .positiveInteger : .nonNegativeInteger
                report(.invalidValue(field: column, value: value, expected: expectation), column)
                return nil
            }
            return Int(parsed)
        }

        /// A decimal number from 0 to `TableReader.maximum` as `PlainNumber` reads it (`1,234.5`); nil when empty
        /// or invalid (reported as for `integer`).
        mutating func number(_ column: String) -> Double? {
            let value = text(column)
            guard !value.isEmpty else {
                report(.emptyField(column), column)
                return nil
            }
            let number = PlainNumber.parse(value)
            if let number, number > Double(TableReader.maximum) {
                report(.invalidValue(field: column, value: value, expected: .atMost(TableReader.maximum)), column)
                return nil
            }
            guard let number, number >= 0 else {
                report(.invalidValue(field: column, value: value, expected: .nonNegativeNumber), column)
                return nil
            }
            return number
        }

        /// `2027` (a year) or `2027-03` (a month).
        mutating func targetSpan(_ column: String) -> TargetRow.Span? {
            guard let value = required(column) else { return nil }
            if value.count == 4, let year = Int(value), year >= 1900 { return .year(year) }
            if let month = YearMonth(value) { return .month(month) }
            report(.invalidValue(field: column, value: value, expected: .yearOrMonth), column)
            return nil
        }

        /// A date, nil when empty or invalid (reported as for `integer`).
        mutating func date(_ column: String, optional: Bool = false) -> CivilDate? {
            let value = text(column)
            if value.isEmpty {
                if !optional { report(.emptyField(column), column) }
                return nil
            }
            guard let date = CivilDate(value) else {
                report(.invalidValue(field: column, value: value, expected: .date), column)
                return nil
            }
            return date
        }

        mutating func choice<T>(_ column: String, _ options: [(String, T)]) -> T? {
            guard let value = required(column) else { return nil }
            if let match = options.first(where: { $0.0 == value }) { return match.1 }
            let lowercased = value.lowercased()
            if let match = options.first(where: { $0.0 == lowercased }) { return match.1 }
            var spellings: [String] = []
            for (spelling, _) in options where !spellings.contains(spelling) { spellings.append(spelling) }
            report(.invalidValue(field: column, value: value, expected: .oneOf(spellings)), column)
            return nil
        }

        mutating func schedule(_ column: String) -> Schedule? {
            guard let value = required(column) else { return nil }
            do throws(Schedule.ParseError) {
                return try Schedule(parsing: value)
            } catch {
                report(.invalidValue(field: column, value: value, expected: .schedule(error)), column)
                return nil
            }
        }
    }

    /// Calls `read` for every record; rows it returns nil for are left out (their problems are kept).
    /// The lines of the kept rows are returned so later problems can point back at them.
    mutating func rows<T>(_ read: (inout Row) -> T?) -> (values: [T], lines: [Int]) {
        var values: [T] = []
        var lines: [Int] = []
        let width = columns.values.max().map { $0 + 1 } ?? 0
        for record in records {
            var row = Row(record: record, columns: columns, file: file, header: header)
            if record.fields.count < width, record.fields.count > 1 {
                row.problems.append(
                    Problem(
                        .warning, .fieldCount(expected: width, found: record.fields.count),
                        location: SourceLocation(file: file, line: record.line)))
            }
            // More fields than the header (an unquoted comma in a value): the values after it have shifted, so
            // the row is not read.
            if record.fields.count > header.count,
                record.fields[header.count...].contains(where: { !$0.trimmingSpaces().isEmpty })
            {
                problems.append(
                    Problem(
                        .error, .fieldCount(expected: header.count, found: record.fields.count),
                        location: SourceLocation(file: file, line: record.line)))
                continue
            }
            let value = read(&row)
            problems += row.problems
            if let value, !row.problems.contains(where: { $0.severity == .error }) {
                values.append(value)
                lines.append(record.line)
            }
        }
        return (values, lines)
    }
}

extension CSVSyntaxError {
    /// What the message says.
    var problem: ProblemKind {
        switch kind {
        case .unterminatedQuote: return .unterminatedQuote
        case .textAfterQuote: return .textAfterQuote
        case .rowTooLong: return .rowTooLong(limitBytes: CSVParser.maximumRowBytes)
        case .tooManyFields: return .tooManyFields(limit: CSVParser.maximumFields)
        }
    }
}
