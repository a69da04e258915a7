/// Output formats; raw values are the `--format` spellings.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, csv, md
}
