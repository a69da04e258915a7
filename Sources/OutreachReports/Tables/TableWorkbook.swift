import OutreachFormats
import OutreachModel

/// Tables as a workbook: one sheet per table, named by its title, with every column (codes too — in a spreadsheet
/// they are what filters and lookups join on). Numbers stay numbers with their decimals as a format; text stays
/// text, so codes keep their leading zeros.
public enum TableWorkbook {
    public static func workbook(_ tables: [Table], names: [String]? = nil) -> Workbook {
        Workbook(
            sheets: tables.enumerated().map { index, table in
                Workbook.Sheet(
                    name: names?[index] ?? table.title ?? "", header: table.columns.map(\.title),
                    rows: table.rows.map { $0.map(cell) })
            })
    }

    static func cell(_ cell: Table.Cell) -> Workbook.Cell {
        switch cell {
        case .text(let text), .label(let text, _):
            // An ISO date is a date: it sorts and filters as one.
            if let date = CivilDate(text), text.count == 10 {
                return .date(year: date.year, month: date.month, day: date.day)
            }
            return .text(text)
        case .indented(let text, let depth): return .text(String(repeating: "  ", count: depth) + text)
        case .number(let number): return .integer(number)
        case .decimal(let value, let digits): return .number(value, digits: digits)
        case .empty: return .empty
        }
    }

    public static func xlsx(_ tables: [Table], names: [String]? = nil) -> [UInt8] {
        WorkbookWriter.xlsx(workbook(tables, names: names))
    }
}
