import OutreachModel

/// The frame of every HTML page the tool writes: self-contained (inline CSS and SVG, no scripts or links), CJK
/// font stack, A4 print rules.
public enum HTMLPage {
    public static func document(title: String, body: String, _ strings: any Catalog) -> String {
        let language = strings is EnglishCatalog ? "en" : "zh-CN"
        return """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            @page { size: A4; margin: 15mm 12mm; }
            @page wide { size: A4 landscape; margin: 12mm 10mm; }
            .wide { page: wide; } .wide td { white-space: nowrap; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; font-size: 10pt; color: #222; }
            h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 1.2em; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
            tr { page-break-inside: avoid; } thead { display: table-header-group; }
            th, td { border: 1px solid #bbb; padding: 2px 4px; text-align: left; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            th { background: #eee; white-space: nowrap; word-break: keep-all; }
            td.green, td.amber, td.red { -webkit-print-color-adjust: exact; print-color-adjust: exact; white-space: nowrap; }
            td.green { background: #c6efce; color: #0b5d1e; } td.amber { background: #ffeb9c; color: #7a5c00; }
            td.red { background: #ffc7ce; color: #9c0006; }
            figure { margin: 0.5em 0; page-break-inside: avoid; } svg { max-width: 100%; height: auto; }
            .note { color: #555; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// Columns beyond which a table is printed on a landscape page.
    static let portraitColumns = 8

    /// A titled table; machine-only columns are left out. A value with a traffic light is shown in its colour (the
    /// glyph stays, for black-and-white print); a wide table gets a landscape page.
    public static func section(_ table: Table) -> String {
        let shown = table.columns.indices.filter { !table.columns[$0].machineOnly }
        var html = shown.count > portraitColumns ? "<section class=\"wide\">\n" : "<section>\n"
        if let title = table.title, !title.isEmpty { html += "<h2>" + escape(title) + "</h2>\n" }
        html += "<table>\n<thead><tr>"
        html += shown.map { "<th>" + escape(table.columns[$0].title) + "</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html +=
                "<tr>"
                + shown.map { index in
                    let classes = [table.columns[index].alignRight ? "n" : nil, row[index].light?.level.rawValue]
                        .compactMap { $0 }
                    return (classes.isEmpty ? "<td>" : "<td class=\"" + classes.joined(separator: " ") + "\">")
                        + escape(row[index].display) + "</td>"
                }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    /// Escapes text for HTML and SVG content and attributes.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
