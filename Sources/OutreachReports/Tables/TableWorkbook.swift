import OutreachFormats
import OutreachModel

/// Tables as a workbook: one sheet per table, named by its title, with every column (codes too — in a spreadsheet
/// they are what filters and lookups join on). Numbers stay numbers with their decimals as a format; text stays
/// text, so codes keep their leading zeros.
public enum TableWorkbook {
    public static func workbook(_ tables: [Table], names: [String]? = nil) -> Workbook {
        Workbook(
            sheets: tables.enumerated().map { index, table in
                let columns = table.dataColumns
                return Workbook.Sheet(
                    name: names?[index] ?? table.title ?? "", header: columns.map(\.title),
                    rows: table.rows.map { row in
                        columns.map { column in
                            guard column.isLight else { return cell(row[column.column]) }
                            return row[column.column].light.map { .light($0.words, light($0.level)) } ?? .empty
                        }
                    })
            })
    }

    static func cell(_ cell: Table.Cell) -> Workbook.Cell {
        switch cell {
        case .text(let text), .label(let text, _):
            // An ISO date is a date: it sorts and filters as one.
            if let date = CivilDate(text), text.count == 10 {
                return .date(excelSerial: date.excelSerial)
            }
            // Digits are a code (a region, a barcode): text, so they keep their zeros and never turn into 4.41E+11.
            if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return .code(text) }
            return .text(text)
        case .indented(let text, let depth): return .text(String(repeating: "  ", count: depth) + text)
        case .number(let number): return .integer(number)
        case .decimal(let value, let digits): return .number(value, digits: digits)
        case .measure(let value, let digits, let percent, _):
            return percent ? .percent(value / 100) : .number(value, digits: digits)
        case .empty: return .empty
        }
    }

    static func light(_ level: TrafficLight) -> Workbook.Light {
        switch level {
        case .green: return .green
        case .amber: return .amber
        case .red: return .red
        }
    }

    public static func xlsx(_ tables: [Table], names: [String]? = nil) -> [UInt8] {
        WorkbookWriter.xlsx(workbook(tables, names: names))
    }
}
