import OutreachFormats
import OutreachModel

/// A table file's bytes as CSV text: CSV as it is; an `.xlsx` sheet laid out so that CSV line N is sheet row N and
/// field C is sheet column C, so every located problem names the cell too.
enum SheetText {
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// OLE compound files: `.xls` (BIFF) and password-protected `.xlsx`.
    static let compoundSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]

    enum Outcome {
        case text(String, sheet: String?)
        case failed(Problem)
    }

    static func decode(_ bytes: [UInt8], display: String, sheet: String?) -> Outcome {
        if bytes.starts(with: compoundSignature) {
            return .failed(
                Problem(.error, .fileShape(.oldOrEncryptedWorkbook), location: SourceLocation(file: display)))
        }
        guard bytes.starts(with: zipSignature) else {
            switch FileText.decode(bytes, display: display) {
            case .text(let text): return .text(text, sheet: nil)
            case .failed(let problem): return .failed(problem)
            case .missing: return .failed(Problem(.error, .missingFile, location: SourceLocation(file: display)))
            }
        }
        let reader: SheetReader
        do { reader = try SheetReader(bytes, sheet: sheet) } catch {
            return .failed(problem(error, display: display))
        }
        var lines: [String] = []
        var row: [String] = []
        var rowNumber = 0
        func endRow() {
            // CSVWriter ends a line with CRLF; the lines are joined with LF here.
            if rowNumber > 0 { lines.append(String(CSVWriter.line(row).dropLast())) }
        }
        for cell in reader.cells {
            if cell.row != rowNumber {
                endRow()
                // Empty lines for rows the sheet leaves out, so that line numbers stay row numbers.
                while lines.count < cell.row - 1 { lines.append("") }
                rowNumber = cell.row
                row = []
            }
            while row.count < cell.column - 1 { row.append("") }
            // A line break inside a cell would move every later row off its line number.
            if cell.isDate, let serial = Double(cell.value), let date = CivilDate(excelSerial: serial) {
                row.append(date.description)
                continue
            }
            row.append(String(cell.value.map { $0.isNewline ? " " : $0 }))
        }
        endRow()
        return .text(lines.joined(separator: "\n") + "\n", sheet: reader.sheetName)
    }

    static func problem(_ failure: SheetReader.Failure, display: String) -> Problem {
        func located(_ kind: WorkbookProblem, cell: String? = nil) -> Problem {
            var location = SourceLocation(file: display)
            if let cell, let position = SheetReader.position(cell) {
                location = SourceLocation(file: display, line: position.row, column: position.column)
            }
            return Problem(.error, .workbook(kind), location: location)
        }
        switch failure {
        case .zip(.badChecksum): return located(.badChecksum)
        case .zip(.encrypted):
            return Problem(.error, .fileShape(.oldOrEncryptedWorkbook), location: SourceLocation(file: display))
        case .zip, .notAWorkbook: return located(.damaged)
        case .noSuchSheet(let name, let available): return located(.noSuchSheet(name, available: available))
        case .formulaWithoutValue(let cell): return located(.formulaWithoutValue, cell: cell)
        case .errorValue(let cell, let value): return located(.errorValue(value), cell: cell)
        case .mergedHeader(let range):
            return located(.mergedHeader(range: range), cell: String(range.prefix { $0 != ":" }))
        }
    }
}
