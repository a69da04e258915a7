/// The workbook's shared string table: each distinct text once, cells refer to it by index.
struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    mutating func index(_ text: String) -> Int {
        uses += 1
        if let index = indexes[text] { return index }
        indexes[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    var part: String {
        var xml = XMLText.declaration
        xml += "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        xml += " count=\"\(uses)\" uniqueCount=\"\(texts.count)\">"
        for text in texts {
            // xml:space keeps leading and trailing spaces and line breaks.
            xml += "<si><t xml:space=\"preserve\">\(XMLText.escape(text))</t></si>"
        }
        return xml + "</sst>"
    }
}

/// Text as XML 1.0 allows it in the workbook's parts.
enum XMLText {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Escapes markup characters and drops the control characters XML 1.0 cannot carry (all below U+0020 except
    /// tab, line feed and carriage return).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case let control where control.value < 0x20 || (0xFFFE...0xFFFF).contains(control.value): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A number as XML Schema's xsd:double reads it, without locale: `1234`, `0.953`, `1.5e-07`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return value.description
    }
}
