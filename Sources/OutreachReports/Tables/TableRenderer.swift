import OutreachFormats

/// Renders tables; pure and deterministic.
public enum TableRenderer {
    public static func render(_ table: Table, as format: OutputFormat) -> String {
        switch format {
        case .text: return text(table)
        case .md: return markdown(table)
        case .csv: return csv(table)
        case .json: return json(table)
        }
    }

    /// Aligned columns for a terminal, measuring East Asian wide characters as two columns.
    public static func text(_ table: Table) -> String {
        let shown = table.columns.indices.filter { !table.columns[$0].machineOnly }
        let header = shown.map { table.columns[$0].title }
        let cells = table.rows.map { row in shown.map { row[$0].display } }
        var widths = header.map(DisplayWidth.of)
        for row in cells {
            for (position, cell) in row.enumerated() { widths[position] = max(widths[position], DisplayWidth.of(cell)) }
        }
        func line(_ values: [String]) -> String {
            var parts: [String] = []
            for (position, value) in values.enumerated() {
                let isLast = position == values.count - 1
                let right = table.columns[shown[position]].alignRight
                parts.append(
                    isLast && !right ? value : DisplayWidth.pad(value, to: widths[position], alignRight: right))
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var output = table.title.map { $0 + "\n\n" } ?? ""
        output += line(header) + "\n"
        output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { output += line(row) + "\n" }
        return output
    }

    /// A GitHub-style Markdown table; pipes in cells are escaped.
    public static func markdown(_ table: Table) -> String {
        let shown = table.columns.indices.filter { !table.columns[$0].machineOnly }
        func line(_ values: [String]) -> String { "| " + values.map(escapeMarkdown).joined(separator: " | ") + " |" }
        var output = table.title.map { "## " + escapeMarkdown($0) + "\n\n" } ?? ""
        output += line(shown.map { table.columns[$0].title }) + "\n"
        output += "|" + shown.map { table.columns[$0].alignRight ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows { output += line(shown.map { row[$0].display }) + "\n" }
        return output
    }

    /// Every column, with localised headers, as Excel-ready CSV: numbers plain, lights in columns of their own.
    public static func csv(_ table: Table) -> String {
        let columns = table.dataColumns
        return CSVWriter.document(
            header: columns.map(\.title),
            rows: table.rows.map { row in
                columns.map { column in
                    guard !column.isLight else { return row[column.column].light?.words ?? "" }
                    let cell = row[column.column]
                    if case .text(let text) = cell { return CSVWriter.keepingText(text) }
                    return cell.plain
                }
            })
    }

    /// An array of objects keyed by the stable column keys; numbers stay numbers.
    public static func json(_ table: Table) -> String {
        var output = "[\n"
        for (index, row) in table.rows.enumerated() {
            let fields = zip(table.columns, row).map { column, cell -> String in
                let value: String
                switch cell {
                case .text(let text), .indented(let text, _): value = JSONText.quote(text)
                case .number(let number): value = String(number)
                case .decimal(let number, let digits): value = Table.decimal(number, digits: digits, grouped: false)
                case .label(_, let code): value = code.map(JSONText.quote) ?? "null"
                case .measure(let number, let digits, _, let light):
                    value =
                        Table.decimal(number, digits: digits + 2, grouped: false)
                        + (light.map { ", " + JSONText.quote(column.key + "_light") + ": \"\($0.level.rawValue)\"" }
                            ?? "")
                case .empty: value = "null"
                }
                return JSONText.quote(column.key) + ": " + value
            }
            output += "  {" + fields.joined(separator: ", ") + "}" + (index == table.rows.count - 1 ? "\n" : ",\n")
        }
        return output + "]\n"
    }

    static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\n": result += "<br>"
            default: result.append(character)
            }
        }
        return result
    }
}

/// JSON string escaping per RFC 8259, for renderers that write JSON by hand to keep key order stable.
public enum JSONText {
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
