import OutreachModel

/// Problems printed the way compilers print them, one per line, so editors and people can jump to them:
/// `Regions/maoming/venues.csv:12:4: error: unknown region '440999'`.
public enum ProblemReport {
    public static func line(_ problem: Problem, _ strings: any Catalog) -> String {
        let severity = strings.text(problem.severity == .error ? .severityError : .severityWarning)
        let location = problem.location.map { $0.description + ": " } ?? ""
        return location + severity + ": " + strings.problem(problem.kind)
    }

    /// Errors first, then warnings, each group in the order found, with a summary line.
    public static func text(_ problems: [Problem], _ strings: any Catalog) -> String {
        guard !problems.isEmpty else { return strings.text(.checkClean) + "\n" }
        let ordered = problems.filter { $0.severity == .error } + problems.filter { $0.severity == .warning }
        let errors = problems.count { $0.severity == .error }
        return ordered.map { line($0, strings) + "\n" }.joined()
            + strings.checkSummary(errors: errors, warnings: problems.count - errors) + "\n"
    }

    /// For scripts: one object per problem with file, line, column, key path, severity and message.
    public static func json(_ problems: [Problem], _ strings: any Catalog) -> String {
        let ordered = problems.filter { $0.severity == .error } + problems.filter { $0.severity == .warning }
        let items = ordered.map { problem -> String in
            var fields = ["\"severity\": " + JSONText.quote(problem.severity.rawValue)]
            if let location = problem.location {
                fields.append("\"file\": " + JSONText.quote(location.file))
                if let line = location.line { fields.append("\"line\": \(line)") }
                if let column = location.column { fields.append("\"column\": \(column)") }
                if let keyPath = location.keyPath { fields.append("\"keyPath\": " + JSONText.quote(keyPath)) }
            }
            fields.append("\"message\": " + JSONText.quote(strings.problem(problem.kind)))
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return "[\n" + items.joined(separator: ",\n") + (items.isEmpty ? "" : "\n") + "]\n"
    }
}
