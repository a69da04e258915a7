/// Writes RFC 4180 CSV that Excel and WPS open correctly: UTF-8 with a BOM, CRLF line ends, and quotes only
/// where a field needs them.
public enum CSVWriter {
    public static let byteOrderMark = "\u{FEFF}"

    /// Quotes a field holding a comma, a quote, a line break or edge spaces; doubles inner quotes.
    public static func escape(_ field: String) -> String {
        // Bytes, not characters: every field of every stored table passes here. A line break (LF, CR or CRLF)
        // shows as its bytes.
        let bytes = field.utf8
        let needsQuotes =
            bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || bytes.first == 0x20 || bytes.last == 0x20
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }

    /// A whole document with BOM, header and rows.
    public static func document(header: [String], rows: [[String]]) -> String {
        byteOrderMark + line(header) + rows.map(line).joined()
    }
}

extension String {
    /// Replaces every occurrence without Foundation, so this module stays dependency-free.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
