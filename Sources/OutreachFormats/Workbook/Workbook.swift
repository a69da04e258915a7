/// A spreadsheet as the project writes it: sheets of typed cells, each sheet with a header row that stays in view.
/// Numbers are numbers (so they sort and chart), codes are text (so `000000000068` keeps its zeros), dates are dates.
public struct Workbook: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// A whole number, shown with thousands separators.
        case integer(Int)
        /// A decimal number shown with `digits` decimals (0–3); the full value is kept.
        case number(Double, digits: Int)
        /// A fraction shown as a percentage with one decimal (0.953 → 95.3%).
        case percent(Double)
        /// A calendar date as Excel stores it (days since 1899-12-30), shown as yyyy-mm-dd.
        case date(excelSerial: Int)
        /// Text that must stay text: codes and identifiers with leading zeros.
        case code(String)
        /// A traffic light: its words in a cell filled with its colour.
        case light(String, Light)
        case empty
    }

    public enum Light: Sendable, Equatable { case green, amber, red }

    public struct Sheet: Sendable, Equatable {
        /// Shown on the tab; cut to 31 characters and cleared of `[]:*?/\`, as Excel requires.
        public var name: String
        public var header: [String]
        public var rows: [[Cell]]

        public init(name: String, header: [String], rows: [[Cell]]) {
            self.name = name
            self.header = header
            self.rows = rows
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }
}
