import OutreachLoading
import OutreachReports

/// `--format` of commands whose output is tables: the text formats, or `xlsx` written to `--output FILE`.
enum TableFormat: String, CaseIterable {
    case text, json, csv, md, xlsx

    /// The text rendering; nil for the workbook.
    var text: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// `--format text|json` of commands whose output is a message or a document rather than tables.
enum TextOrJSON: String, CaseIterable { case text, json }

extension CommandSpec {
    /// `--format text|json|csv|md|xlsx` and `--output FILE` (required with xlsx).
    static let tableFormatOptions = [
        OptionSpec("format", value: "text|json|csv|md|xlsx", help: .optionFormat),
        OptionSpec("output", value: "FILE", help: .optionTableOutput),
    ]
}

extension Invocation {
    var tableFormat: TableFormat {
        get throws(UsageMessage) { try arguments.choice("format", default: TableFormat.text) }
    }

    /// The command's result: its text in a text format, or its tables as a workbook written to `--output`.
    func respond(_ format: TableFormat, tables: () -> [Table], text: (OutputFormat) -> String) throws(CommandFailure)
        -> CommandResult
    {
        if let textFormat = format.text { return CommandResult(output: text(textFormat)) }
        guard let output = arguments.value("output") else { throw .usage(.missingOption("output")) }
        let sheets = tables()
        try write(TableWorkbook.xlsx(sheets), to: output)
        return CommandResult(output: strings.evaluation(.workbookWritten(path: output, sheets: sheets.count)) + "\n")
    }

    /// Writes a file the user named (`--output`), atomically; a failure says which file and why.
    func write(_ bytes: [UInt8], to output: String) throws(CommandFailure) {
        do { try AtomicFile.write(bytes, to: fileURL(output)) } catch {
            throw .message(strings.evaluation(.writeFailed(path: output, reason: strings.writeReason(error))))
        }
    }
}
