import OutreachModel
import OutreachReports

/// A declared option; help and validation are generated from these declarations.
public struct OptionSpec: Sendable {
    /// Long name without dashes, e.g. `at` for `--at`.
    public var name: String
    /// Placeholder for the value (`DATE`), or nil for a flag.
    public var valueName: String?
    public var help: Phrase
    public var isRequired: Bool

    public init(_ name: String, value valueName: String? = nil, help: Phrase, required: Bool = false) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.isRequired = required
    }

    public var spelling: String { "--" + name }
}

/// A declared positional argument.
public struct ArgumentSpec: Sendable {
    public var name: String
    public var help: Phrase
    public var isOptional: Bool

    public init(_ name: String, help: Phrase, optional: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = optional
    }
}

/// A subcommand's declaration.
public struct CommandSpec: Sendable {
    public var name: String
    public var abstract: Phrase
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    /// The columns of the file the command reads, for its help: name, Chinese headers, required.
    public var columns: [(name: String, aliases: [String], required: Bool)]

    public init(
        name: String, abstract: Phrase, arguments: [ArgumentSpec] = [], options: [OptionSpec],
        columns: [(name: String, aliases: [String], required: Bool)] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.arguments = arguments
        self.options = options
        self.columns = columns
    }

    /// Options every command accepts.
    public static let commonOptions = [
        OptionSpec("workspace", value: "PATH", help: .optionWorkspace),
        OptionSpec("templates", value: "PATH", help: .optionTemplates),
        OptionSpec("lang", value: "zh|en", help: .optionLang),
    ]
    /// For commands that change stored history: see the change first, or let it shrink history.
    public static let writeOptions = [
        OptionSpec("dry-run", help: .optionDryRun), OptionSpec("replace", help: .optionReplace),
    ]
    public static let formatOption = OptionSpec("format", value: "text|json|csv|md", help: .optionFormat)
    public static let helpOption = OptionSpec("help", help: .optionHelp)
}
