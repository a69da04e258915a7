/// One thing wrong (or worth a look) in a workspace, located as precisely as the data allows.
///
/// Problems are collected, never thrown one at a time, so `outreach check` can print them all at once.
public struct Problem: Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var kind: ProblemKind
    /// The record the problem is about, before the loader has turned it into a file location.
    public var subject: Subject?
    /// The column (CSV) or key path (JSON) within the subject.
    public var field: String?
    public var location: SourceLocation?

    public init(
        _ severity: Severity, _ kind: ProblemKind, subject: Subject? = nil, field: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.severity = severity
        self.kind = kind
        self.subject = subject
        self.field = field
        self.location = location
    }

    public static func error(_ kind: ProblemKind, _ subject: Subject? = nil, field: String? = nil) -> Problem {
        Problem(.error, kind, subject: subject, field: field)
    }

    public static func warning(_ kind: ProblemKind, _ subject: Subject? = nil, field: String? = nil) -> Problem {
        Problem(.warning, kind, subject: subject, field: field)
    }
}

/// A record of the workspace, by its position in the loaded lists (which follow file order).
public enum Subject: Hashable, Sendable {
    case region(Int)
    case leader(Int)
    case assignment(Int)
    case venue(Int)
    case team(Int)
    case target(Int)
    case template(String)
    case channels
    case calendar
    case holidays
    case settings
}

/// Where a problem is: a file relative to the workspace (or templates) folder, and a line and column
/// (CSV: the field number, as Excel's column letters count) or a JSON key path.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var keyPath: String?

    /// The worksheet, for a problem in an `.xlsx`: its line is the sheet's row, its column the sheet's column.
    public var sheet: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, keyPath: String? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.sheet = sheet
    }

    /// `file:line:column`, or `file:keyPath` for JSON problems without a line; in a workbook, with the cell as the
    /// spreadsheet names it: `月报.xlsx:12:2 (月报!B12)`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        if let keyPath, !keyPath.isEmpty { text += (line == nil ? ":" : " ") + keyPath }
        if let sheet, let line {
            text += " (\(sheet)!" + (column.map(Self.letters) ?? "") + "\(line))"
        }
        return text
    }

    /// 1 → A, 27 → AA.
    static func letters(_ column: Int) -> String {
        var index = column - 1
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}
