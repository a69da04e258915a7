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

extension String {
    /// As for any string; most fields have nothing to trim, and then the string itself is returned without making
    /// a new one (this runs for every field of every table read).
    public func trimmingSpaces() -> String {
        if let first = utf8.first, let last = utf8.last, !mayBeSpace(first), !mayBeSpace(last) { return self }
        return self[...].trimmingSpaces()
    }
}

/// Whether a first or last byte may belong to a space `trimmingSpaces` removes (U+3000 is E3 80 80).
private func mayBeSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0xE3 || byte == 0x80
}

extension Character {
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
