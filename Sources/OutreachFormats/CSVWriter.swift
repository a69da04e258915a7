/// Writes RFC 4180 CSV that Excel and WPS open correctly: UTF-8 with a BOM, CRLF line ends, and quotes only
/// where a field needs them.
public enum CSVWriter {
    public static let byteOrderMark = "\u{FEFF}"

    /// Quotes a field holding a comma, a quote, a line break or edge spaces; doubles inner quotes.
    public static func escape(_ field: String) -> String {
        let needsQuotes =
            field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
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
