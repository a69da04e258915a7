/// Reads one worksheet of an `.xlsx` as text cells, the way a CSV of it would read: shared and inline strings,
/// numbers as written (`12`, `0.5`), dates as their serial number marked as dates, booleans as `TRUE`/`FALSE`.
/// A formula's cached value is its value; a formula without one, an error value (`#REF!`) or a header cell merged
/// across columns is a located failure.
public struct SheetReader: Sendable {
    public struct Cell: Sendable, Equatable {
        /// From 1, as the sheet numbers them.
        public var row: Int
        /// From 1 (A = 1).
        public var column: Int
        public var value: String
        /// A number in a date format: `value` is its Excel serial (`46362`), which the caller turns into a date.
        public var isDate = false
    }

    public enum Failure: Error, Equatable, Sendable {
        case zip(ZipReader.Failure)
        /// A zip without a workbook part: not a spreadsheet.
        case notAWorkbook
        case noSuchSheet(String, available: [String])
        case formulaWithoutValue(cell: String)
        case errorValue(cell: String, value: String)
        /// Cells merged across columns in the first rows (a two-row header): which column is which is unclear.
        case mergedHeader(range: String)
    }

    /// Every sheet's name, in the workbook's order, and the chosen sheet's cells in reading order.
    public let sheetNames: [String]
    public let sheetName: String
    public let cells: [Cell]

    /// Reads the sheet named `sheet`, or the first.
    public init(_ bytes: [UInt8], sheet: String? = nil) throws(Failure) {
        let zip: ZipReader
        do { zip = try ZipReader(bytes) } catch { throw .zip(error) }
        func part(_ name: String) throws(Failure) -> [UInt8]? {
            do { return try zip.read(name) } catch { throw .zip(error) }
        }
        guard let workbook = try part("xl/workbook.xml") else { throw .notAWorkbook }
        var sheets: [(name: String, id: String)] = []
        XMLScanner.scan(workbook) { event in
            if case .start("sheet", let attributes, _) = event, let name = attributes["name"] {
                sheets.append((name, attributes["r:id"] ?? ""))
            }
        }
        sheetNames = sheets.map(\.name)
        guard let chosen = sheet.map({ wanted in sheets.first { $0.name == wanted } }) ?? sheets.first else {
            throw .noSuchSheet(sheet ?? "", available: sheetNames)
        }
        sheetName = chosen.name
        var target = "xl/worksheets/sheet1.xml"
        if let relationships = try part("xl/_rels/workbook.xml.rels") {
            XMLScanner.scan(relationships) { event in
                if case .start("Relationship", let attributes, _) = event, attributes["Id"] == chosen.id,
                    let found = attributes["Target"]
                {
                    target = found.hasPrefix("/") ? String(found.dropFirst()) : "xl/" + found
                }
            }
        }
        let strings = Self.sharedStrings(try part("xl/sharedStrings.xml") ?? [])
        let dateStyles = Self.dateStyles(try part("xl/styles.xml") ?? [])
        guard let sheetBytes = try part(target) else { throw .notAWorkbook }
        cells = try Self.cells(sheetBytes, strings: strings, dateStyles: dateStyles)
    }

    /// The texts of `<si>` items: plain `<t>` or rich-text runs, phonetic guides (`<rPh>`) left out.
    static func sharedStrings(_ bytes: [UInt8]) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        XMLScanner.scan(bytes) { event in
            switch event {
            case .start("si", _, _): current = ""
            case .end("si"): strings.append(current)
            case .start("rPh", _, _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _, let selfClosing): inText = !selfClosing
            case .end("t"): inText = false
            case .text(let text) where inText && !inPhonetic: current += text
            default: break
            }
        }
        return strings
    }

    /// Which cell styles (`cellXfs` positions) show numbers as dates: built-in formats 14–22 and 45–47, or a
    /// custom format with day, month or year letters outside quotes and brackets.
    static func dateStyles(_ bytes: [UInt8]) -> Set<Int> {
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        XMLScanner.scan(bytes) { event in
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }) { custom[id] = attributes["formatCode"] ?? "" }
            case .start("cellXfs", _, _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes, _) where inCellFormats:
                formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        func isDate(_ id: Int) -> Bool {
            if (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id) {
                return true
            }
            guard let code = custom[id] else { return false }
            var plain = ""
            var quoted = false
            var bracket = false
            for character in code {
                if character == "\"" {
                    quoted.toggle()
                } else if character == "[" {
                    bracket = true
                } else if character == "]" {
                    bracket = false
                } else if !quoted && !bracket {
                    plain.append(character)
                }
            }
            return plain.lowercased().contains { "ymd".contains($0) }
        }
        return Set(formats.indices.filter { isDate(formats[$0]) })
    }

    static func cells(_ bytes: [UInt8], strings: [String], dateStyles: Set<Int>) throws(Failure) -> [Cell] {
        var cells: [Cell] = []
        var failure: Failure?
        var reference = ""
        var type = "n"
        var style = 0
        var value: String?
        var inline = ""
        var formula = false
        var reading: String?
        var nextRow = 1
        var row = 1
        var nextColumn = 1
        var merged: [String] = []
        XMLScanner.scan(bytes) { event in
            switch event {
            case .start("row", let attributes, _):
                row = attributes["r"].flatMap { Int($0) } ?? nextRow
                nextRow = row + 1
                nextColumn = 1
            case .start("c", let attributes, let selfClosing):
                reference = attributes["r"] ?? ""
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) } ?? 0
                value = nil
                inline = ""
                formula = false
                if selfClosing { nextColumn = (Self.position(reference)?.column ?? nextColumn) + 1 }
            case .start("v", _, false): reading = "v"
            case .start("t", _, false): reading = "t"
            case .start("f", _, let selfClosing):
                formula = true
                if !selfClosing { reading = "f" }
            case .text(let text):
                if reading == "v" { value = (value ?? "") + text } else if reading == "t" { inline += text }
            case .end("v"), .end("t"), .end("f"): reading = nil
            case .end("c"):
                let column = Self.position(reference)?.column ?? nextColumn
                nextColumn = column + 1
                let cell = Self.letters(column) + String(row)
                var text: String
                var isDate = false
                switch type {
                case "s":
                    text = value.flatMap { Int($0) }.flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
                case "inlineStr": text = inline
                case "str": text = value ?? ""
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                case "e":
                    if failure == nil { failure = .errorValue(cell: cell, value: value ?? "") }
                    return
                default:
                    text = value ?? ""
                    isDate = dateStyles.contains(style) && Double(text) != nil
                }
                if formula && value == nil && type != "inlineStr" {
                    if failure == nil { failure = .formulaWithoutValue(cell: cell) }
                    return
                }
                if !text.isEmpty { cells.append(Cell(row: row, column: column, value: text, isDate: isDate)) }
            case .start("mergeCell", let attributes, _):
                if let range = attributes["ref"] { merged.append(range) }
            default: break
            }
        }
        if let failure { throw failure }
        // A merge across columns in the header rows: a two-row header whose top cells span several columns.
        for range in merged {
            let corners = range.split(separator: ":").compactMap { Self.position(String($0)) }
            if corners.count == 2, corners[0].row <= 2, corners[0].column != corners[1].column {
                throw .mergedHeader(range: range)
            }
        }
        return cells
    }

    /// `B12` → row 12, column 2.
    public static func position(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = ""
        for character in reference {
            if let ascii = character.asciiValue, (65...90).contains(ascii) {
                column = column * 26 + Int(ascii) - 64
            } else if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character != "$" {
                return nil
            }
        }
        guard column > 0, let row = Int(digits) else { return nil }
        return (row, column)
    }

    /// 1 → A, 27 → AA.
    public static func letters(_ column: Int) -> String { WorkbookWriter.column(column - 1) }
}
