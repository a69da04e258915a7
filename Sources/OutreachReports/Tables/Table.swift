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
        /// Text indented by tree depth in text and Markdown; plain in CSV and JSON (which carry a depth column).
        case indented(String, depth: Int)
        /// Words for people with a stable code for scripts: JSON gets the code (or null, for notices such as
        /// "no leader" that are not values), the other formats the words.
        case label(String, code: String?)
        case empty

        /// How the cell reads in text formats; numbers get thousands separators for people.
        var display: String {
            switch self {
            case .text(let text), .label(let text, _): return text
            case .number(let number): return Table.grouped(number)
            case .indented(let text, let depth): return String(repeating: "  ", count: depth) + text
            case .empty: return ""
            }
        }

        var plain: String {
            switch self {
            case .text(let text), .label(let text, _), .indented(let text, _): return text
            case .number(let number): return String(number)
            case .empty: return ""
            }
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
