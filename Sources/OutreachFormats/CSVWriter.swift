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

    /// A code that spreadsheet programs would open as a number and spoil — `000000000068` loses its zeros, a
    /// 12-digit division code shows as `4.41E+11` — written as the formula `="…"`, which Excel, WPS and LibreOffice
    /// all show as the text itself. Other values are left as they are; stored records never pass here.
    public static func keepingText(_ field: String) -> String {
        let bytes = field.utf8
        guard bytes.count >= 2, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            bytes.first == 0x30 || bytes.count >= 12
        else { return field }
        return "=\"" + field + "\""
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
