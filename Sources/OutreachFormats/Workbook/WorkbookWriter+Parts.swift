/// The package parts every workbook has: content types, relationships, the workbook and its styles.
extension WorkbookWriter {
    static func contentTypes(sheets: Int) -> String {
        var xml = XMLText.declaration
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
        xml += ".spreadsheetml.sheet.main+xml\"/>"
        for index in 0..<sheets {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/"
            xml += "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
        xml += ".spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
        xml += "officedocument.spreadsheetml.sharedStrings+xml\"/>"
        return xml + "</Types>"
    }

    static let packageRelationships =
        XMLText.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    static func workbookPart(_ names: [String]) -> String {
        var xml = XMLText.declaration
        xml += "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        xml += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets><definedNames>"
        for (index, name) in names.enumerated() {
            // The header row repeats on every printed page.
            let quoted = "'" + name.replacingAll("'", with: "''") + "'"
            xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
            xml += XMLText.escape(quoted) + "!$1:$1</definedName>"
        }
        return xml + "</definedNames></workbook>"
    }

    static func workbookRelationships(sheets: Int) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var xml = XMLText.declaration
        xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 0..<sheets {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(base)worksheet\" "
            xml += "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(base)styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheets + 2)\" Type=\"\(base)sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    /// Number formats 164–168 are the project's own; 3 (`#,##0`) and 49 (`@`, text) are built in. Fills 2–5: header
    /// grey, green, amber, red (the lights, light enough that their words stay readable in black).
    static let styles: String = {
        var xml = XMLText.declaration
        xml += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml += "<numFmts count=\"5\">"
        xml += "<numFmt numFmtId=\"164\" formatCode=\"#,##0.0\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/>"
        xml += "<numFmt numFmtId=\"166\" formatCode=\"#,##0.000\"/><numFmt numFmtId=\"167\" formatCode=\"yyyy-mm-dd\"/>"
        xml += "<numFmt numFmtId=\"168\" formatCode=\"0.0%\"/>"
        xml += "</numFmts>"
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        xml += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        xml += "<fills count=\"6\"><fill><patternFill patternType=\"none\"/></fill>"
        xml += "<fill><patternFill patternType=\"gray125\"/></fill>"
        for color in ["FFE7E6E6", "FFC6EFCE", "FFFFEB9C", "FFFFC7CE"] {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(color)\"/><bgColor indexed=\"64\"/>"
            xml += "</patternFill></fill>"
        }
        xml += "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        // In `Style`'s order: plain, header, integer, decimal 1/2/3, percent, date, text, green, amber, red.
        let formats: [(format: Int, font: Int, fill: Int)] = [
            (0, 0, 0), (0, 1, 2), (3, 0, 0), (164, 0, 0), (165, 0, 0), (166, 0, 0), (168, 0, 0), (167, 0, 0),
            (49, 0, 0), (0, 0, 3), (0, 0, 4), (0, 0, 5),
        ]
        xml += "<cellXfs count=\"\(formats.count)\">"
        for (format, font, fill) in formats {
            xml += "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"0\" xfId=\"0\""
            xml += format != 0 ? " applyNumberFormat=\"1\"" : ""
            xml += font != 0 ? " applyFont=\"1\"" : ""
            xml += fill != 0 ? " applyFill=\"1\"" : ""
            // The header wraps (see `columnWidths`) and sits at the bottom of its row, over its column.
            xml += font == 1 ? " applyAlignment=\"1\"><alignment vertical=\"bottom\" wrapText=\"1\"/></xf>" : "/>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }()
}
