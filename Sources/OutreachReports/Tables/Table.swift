import OutreachModel

/// A view model for tabular output, rendered the same way in every format.
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        /// Stable English key for JSON, whatever the language.
        public var key: String
        /// Localised header for text, CSV and Markdown.
        public var title: String
        public var alignRight: Bool
        /// Shown only in machine formats (JSON, CSV): ids and codes scripts join on.
        public var machineOnly: Bool

        public init(key: String, title: String, alignRight: Bool = false, machineOnly: Bool = false) {
            self.key = key
            self.title = title
            self.alignRight = alignRight
            self.machineOnly = machineOnly
        }
    }

    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Int)
        /// A measured or expected quantity shown with `digits` decimals (grouped for people); JSON keeps it whole.
        case decimal(Double, digits: Int)
        /// Text indented by tree depth in text and Markdown; plain in CSV and JSON (which carry a depth column).
        case indented(String, depth: Int)
        /// Words for people with a stable code for scripts: JSON gets the code (or null, for notices such as
        /// "no leader" that are not values), the other formats the words.
        case label(String, code: String?)
        /// A measured value with its unit and, where it has one, its traffic light: `95.3% ▲黄` for people; in CSV,
        /// JSON and workbooks the number alone (percentages in percent), with the light in a column of its own, so
        /// the column sorts and charts.
        case measure(Double, digits: Int, percent: Bool, light: Light?)
        case empty

        /// How the cell reads in text formats; numbers get thousands separators for people.
        var display: String {
            switch self {
            case .text(let text), .label(let text, _): return text
            case .number(let number): return Table.grouped(number)
            case .decimal(let value, let digits): return Table.decimal(value, digits: digits, grouped: true)
            case .indented(let text, let depth): return String(repeating: "  ", count: depth) + text
            case .measure(let value, let digits, let percent, let light):
                return Table.decimal(value, digits: digits, grouped: true) + (percent ? "%" : "")
                    + (light.map { " " + $0.words } ?? "")
            case .empty: return ""
            }
        }

        var plain: String {
            switch self {
            case .text(let text), .label(let text, _), .indented(let text, _): return text
            case .number(let number): return String(number)
            case .decimal(let value, let digits), .measure(let value, let digits, _, _):
                return Table.decimal(value, digits: digits, grouped: false)
            case .empty: return ""
            }
        }

        var light: Light? {
            if case .measure(_, _, _, let light) = self { return light }
            return nil
        }
    }

    /// A traffic light and its words (`▲黄`); `title` heads the column that holds the lights in data formats.
    public struct Light: Sendable, Equatable {
        public var level: TrafficLight
        public var words: String
        public var title: String

        public init(_ level: TrafficLight, words: String, title: String) {
            self.level = level
            self.words = words
            self.title = title
        }
    }

    /// The columns of the data formats (CSV, workbook): every column, each followed by one for its lights when
    /// any of its cells has one; a column of percentages says so in its header.
    var dataColumns: [(column: Int, title: String, isLight: Bool)] {
        columns.indices.flatMap { index -> [(column: Int, title: String, isLight: Bool)] in
            let cells = rows.map { $0[index] }
            let isPercent = cells.contains { if case .measure(_, _, true, _) = $0 { true } else { false } }
            var result = [(index, columns[index].title + (isPercent ? " (%)" : ""), false)]
            if let light = cells.lazy.compactMap(\.light).first {
                result.append((index, columns[index].title + " · " + light.title, true))
            }
            return result
        }
    }

    public var title: String?
    public var columns: [Column]
    public var rows: [[Cell]]

    public init(title: String? = nil, columns: [Column], rows: [[Cell]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// `1234.56` → `1,234.6` (one digit): rounded half away from zero, locale-independent.
    /// A value too large to hold as an integer (a mistyped `9223372036854775808` in a sheet, quoted in its error)
    /// is written as Swift spells it rather than trapping.
    public static func decimal(_ value: Double, digits: Int, grouped: Bool) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        guard value.isFinite, abs(value) * scale < 9e15 else { return value.description }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = scaled % Int(scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        var text = sign + (grouped ? Table.grouped(whole) : String(whole))
        if digits > 0 {
            let digitsText = String(fraction)
            text += "." + String(repeating: "0", count: digits - digitsText.count) + digitsText
        }
        return text
    }

    /// `6174050` → `6,174,050`: fixed grouping, independent of the machine's locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
