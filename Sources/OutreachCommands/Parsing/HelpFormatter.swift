import OutreachFormats
import OutreachReports

/// Help text generated from declarations, so it can never drift from what the parser accepts.
public enum HelpFormatter {
    public static func usageLine(_ spec: CommandSpec, tool: String) -> String {
        var parts = [tool, spec.name]
        for option in spec.options where option.isRequired {
            parts.append(option.spelling + (option.valueName.map { " <\($0)>" } ?? ""))
        }
        parts.append("[<options>]")
        for argument in spec.arguments {
            parts.append(argument.isOptional ? "[<\(argument.name)>]" : "<\(argument.name)>")
        }
        return parts.joined(separator: " ")
    }

    public static func help(_ spec: CommandSpec, tool: String, strings: any Catalog) -> String {
        var output = strings.text(spec.abstract) + "\n\n"
        output += strings.text(.usageLabel) + ": " + usageLine(spec, tool: tool) + "\n"
        if !spec.arguments.isEmpty {
            output += "\n" + strings.text(.argumentsLabel) + ":\n"
            output += rows(spec.arguments.map { ("<\($0.name)>", strings.text($0.help)) })
        }
        output += "\n" + strings.text(.optionsLabel) + ":\n"
        output += rows(
            spec.options.map { option in
                (option.spelling + (option.valueName.map { " <\($0)>" } ?? ""), strings.text(option.help))
            })
        if !spec.columns.isEmpty {
            output += "\n" + strings.text(.columnsLabel) + ":\n"
            output += rows(
                spec.columns.map { column in
                    (
                        column.name,
                        column.aliases.joined(separator: " / ")
                            + (column.required ? "  (" + strings.text(.requiredLabel) + ")" : "")
                    )
                })
        }
        return output
    }

    /// A command group (`record`, `actions`, `plan`): its subcommands and where to read more.
    public static func group(_ name: String, _ commands: [CommandSpec], tool: String, strings: any Catalog) -> String {
        var output = strings.text(.usageLabel) + ": \(tool) \(name) <subcommand> [<options>]\n\n"
        output += strings.text(.subcommandsLabel) + ":\n"
        output += rows(commands.map { ($0.name, strings.text($0.abstract)) })
        output += "\n" + strings.usage(.seeHelp(command: "\(tool) \(name) <subcommand>")) + "\n"
        return output
    }

    public static func overview(_ commands: [CommandSpec], tool: String, strings: any Catalog) -> String {
        var output = strings.text(.appAbstract) + "\n\n"
        output += strings.text(.usageLabel) + ": \(tool) <command> [<options>]\n\n"
        output += strings.text(.commandsLabel) + ":\n"
        output += rows(commands.map { ($0.name, strings.text($0.abstract)) })
        output += "\n" + strings.text(.optionsLabel) + ":\n"
        output += rows(
            (CommandSpec.commonOptions + [CommandSpec.helpOption, OptionSpec("version", help: .optionVersion)]).map {
                ($0.spelling + ($0.valueName.map { " <\($0)>" } ?? ""), strings.text($0.help))
            })
        output += "\n" + strings.usage(.seeHelp(command: "\(tool) <command>")) + "\n"
        return output
    }

    private static func rows(_ items: [(String, String)]) -> String {
        let width = (items.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
        return items.map { "  " + DisplayWidth.pad($0.0, to: width) + $0.1 + "\n" }.joined()
    }
}
