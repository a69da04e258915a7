/// Writes a `Workbook` as Office Open XML (ECMA-376 SpreadsheetML, transitional): the package parts, one worksheet
/// per sheet with a frozen header row and column widths from the display width of its contents, shared strings and
/// a small fixed style sheet. The result opens in Excel, WPS and LibreOffice.
public enum WorkbookWriter {
    /// Style indexes into `styles` (`cellXfs`), in this order.
    enum Style: Int {
        case plain = 0
        case header, integer, decimal1, decimal2, decimal3, percent, date, text, green, amber, red
    }

    public static func xlsx(_ workbook: Workbook) -> [UInt8] {
        var strings = SharedStrings()
        let names = sheetNames(workbook.sheets.map(\.name))
        let sheets = workbook.sheets.map { worksheet($0, strings: &strings) }
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes(sheets: sheets.count).utf8))
        zip.add("_rels/.rels", Array(packageRelationships.utf8))
        zip.add("xl/workbook.xml", Array(workbookPart(names).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheets: sheets.count).utf8))
        zip.add("xl/styles.xml", Array(styles.utf8))
        zip.add("xl/sharedStrings.xml", Array(strings.part.utf8))
        for (index, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(index + 1).xml", Array(sheet.utf8)) }
        return zip.finish()
    }

    /// Names Excel accepts: at most 31 characters, none of `[]:*?/\`, unique (a repeat gets ` (2)`), never empty.
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, name in
            var clean = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            if clean.isEmpty { clean = "Sheet\(index + 1)" }
            var candidate = clean
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    /// A1-style column letters: 0 → A, 25 → Z, 26 → AA.
    static func column(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    static func worksheet(_ sheet: Workbook.Sheet, strings: inout SharedStrings) -> String {
        let widths = columnWidths(sheet)
        var xml = XMLText.declaration
        xml += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, width) in widths.enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        // Tall enough for the longest wrapped header: programs do not grow a row for wrapped text on opening.
        let lines = zip(sheet.header, widths).map { title, width in (DisplayWidth.of(title) + width - 3) / (width - 2) }
        let headerLines = max(1, lines.max() ?? 1)
        xml += headerLines > 1 ? "<row r=\"1\" ht=\"\(15 * headerLines)\" customHeight=\"1\">" : "<row r=\"1\">"
        for (index, title) in sheet.header.enumerated() {
            xml +=
                "<c r=\"\(column(index))1\" s=\"\(Style.header.rawValue)\" t=\"s\"><v>\(strings.index(title))</v></c>"
        }
        xml += "</row>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = rowIndex + 2
            xml += "<row r=\"\(number)\">"
            for (index, cell) in row.enumerated() {
                xml += self.cell(cell, reference: column(index) + String(number), strings: &strings)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"\(isWide(widths) ? "landscape" : "portrait")\""
        xml += " fitToWidth=\"1\" fitToHeight=\"0\"/>"
        xml += "</worksheet>"
        return xml
    }

    /// Printed on A4 (paper size 9), every sheet fits the page's width and runs on over as many pages as it needs,
    /// its header repeated on each (`workbookPart`); a sheet wider than a portrait page's ~95 character columns
    /// prints across the page.
    static func isWide(_ widths: [Int]) -> Bool { widths.reduce(0, +) > 95 }

    static func cell(_ cell: Workbook.Cell, reference: String, strings: inout SharedStrings) -> String {
        func value(_ number: Double, _ style: Style) -> String {
            guard number.isFinite else { return "" }
            return "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(XMLText.number(number))</v></c>"
        }
        func string(_ text: String, _ style: Style) -> String {
            "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"s\"><v>\(strings.index(text))</v></c>"
        }
        switch cell {
        case .text(let text): return text.isEmpty ? "" : string(text, .plain)
        case .code(let code): return code.isEmpty ? "" : string(code, .text)
        case .integer(let number): return value(Double(number), .integer)
        case .number(let number, let digits):
            let style: Style = digits <= 0 ? .integer : digits == 1 ? .decimal1 : digits == 2 ? .decimal2 : .decimal3
            return value(number, style)
        case .percent(let fraction): return value(fraction, .percent)
        case .date(let serial): return value(Double(serial), .date)
        case .light(let words, let light):
            return string(words, light == .green ? .green : light == .amber ? .amber : .red)
        case .empty: return ""
        }
    }

    /// Each column as wide as its widest cell in display columns, within 6 and 60; a long header wraps onto a second
    /// line rather than widen its column, so that a sheet of many measures still prints legibly across a page.
    static func columnWidths(_ sheet: Workbook.Sheet) -> [Int] {
        let count = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
        var widths = [Int](repeating: 6, count: count)
        for (index, title) in sheet.header.enumerated() {
            widths[index] = max(widths[index], (DisplayWidth.of(title) + 1) / 2)
        }
        for row in sheet.rows {
            for (index, cell) in row.enumerated() {
                let shown: Int
                switch cell {
                case .text(let text), .code(let text), .light(let text, _): shown = DisplayWidth.of(text)
                case .integer(let number): shown = String(number).count + String(number).count / 3
                case .number(let number, let digits): shown = String(Int(min(abs(number), 1e15))).count + 1 + digits
                case .percent: shown = 7
                case .date: shown = 10
                case .empty: shown = 0
                }
                widths[index] = max(widths[index], shown)
            }
        }
        return widths.map { min(60, $0 + 2) }
    }
}
