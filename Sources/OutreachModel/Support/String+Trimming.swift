extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and full-width spaces (U+3000), which Chinese input
    /// methods often leave in spreadsheet cells.
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) }) ?? first
        return String(self[first...last])
    }
}

extension Character {
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
