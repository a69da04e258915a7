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
    /// Every problem, errors first; with `sameKind`, a kind met more often than that shows its first few and
    /// a count, so a new workspace's hundred "no leader" warnings read as one item to do.
    public static func text(_ problems: [Problem], _ strings: any Catalog, sameKind limit: Int? = nil) -> String {
        guard !problems.isEmpty else { return strings.text(.checkClean) + "\n" }
        let ordered = problems.filter { $0.severity == .error } + problems.filter { $0.severity == .warning }
        let errors = problems.count { $0.severity == .error }
        var shown: [String: Int] = [:]
        var lines: [String] = []
        for problem in ordered {
            let kind = String(String(describing: problem.kind).prefix { $0 != "(" })
            shown[kind, default: 0] += 1
            guard let limit, shown[kind]! > limit else {
                lines.append(line(problem, strings))
                continue
            }
            if shown[kind] == limit + 1 {
                let total = ordered.count { String(String(describing: $0.kind).prefix { $0 != "(" }) == kind }
                lines.append(strings.history(.moreOfKind(total - limit)))
            }
        }
        return lines.map { $0 + "\n" }.joined()
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
