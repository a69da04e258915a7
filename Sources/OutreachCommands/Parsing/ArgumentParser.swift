import OutreachModel
import OutreachReports

/// Matches a command line against a declaration, in the manner of swift-argument-parser: `--name value` or
/// `--name=value`, flags, positionals in order, `--` ends options; unknown options suggest the nearest name.
public enum ArgumentParser {
    public static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageMessage) -> ParsedArguments {
        var parsed = ParsedArguments()
        var remaining = arguments[...]
        var optionsEnded = false
        while let argument = remaining.popFirst() {
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (name, inlineValue) = split(argument)
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let names = spec.options.map(\.spelling)
                throw .unknownOption(argument, suggestion: NearestName.suggestion(for: "--" + name, among: names))
            }
            if option.valueName == nil {
                if inlineValue != nil { throw .unexpectedArgument(argument) }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if let next = remaining.first, !next.hasPrefix("--") {
                value = next
                remaining.removeFirst()
            } else {
                throw .missingValue(option: option.spelling)
            }
            parsed.values[name] = value
            parsed.lists[name, default: []] += value.split(separator: ",").map { String($0).trimmingSpaces() }
        }
        if parsed.flags.contains("help") { return parsed }
        if parsed.positionals.count > spec.arguments.count {
            throw .unexpectedArgument(parsed.positionals[spec.arguments.count])
        }
        for (index, argument) in spec.arguments.enumerated()
        where !argument.isOptional && index >= parsed.positionals.count {
            throw .missingArgument(argument.name)
        }
        for option in spec.options where option.isRequired && parsed.values[option.name] == nil {
            throw .missingOption(option.spelling)
        }
        return parsed
    }

    /// `--at=2026-01-01` → ("at", "2026-01-01"); `-h` is `--help`.
    private static func split(_ argument: String) -> (String, String?) {
        if argument == "-h" { return ("help", nil) }
        let body = argument.drop { $0 == "-" }
        guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }
}
