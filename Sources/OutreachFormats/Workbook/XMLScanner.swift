/// A small scanner for the XML parts of a workbook: element starts with their attributes, element ends, and text
/// with entities decoded. No DTDs, namespaces are kept in names (`x:c` is not `c`; workbooks written by Excel, WPS,
/// LibreOffice and openpyxl use the default namespace for SpreadsheetML).
struct XMLScanner {
    enum Event {
        case start(String, [String: String], selfClosing: Bool)
        case end(String)
        case text(String)
    }

    static func scan(_ bytes: [UInt8], _ handle: (Event) -> Void) {
        var index = 0
        let count = bytes.count
        var textStart = 0
        while index < count {
            guard bytes[index] == 0x3C else {
                index += 1
                continue
            }
            if index > textStart { handle(.text(decode(bytes[textStart..<index]))) }
            // Comments, processing instructions and CDATA.
            if index + 3 < count, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D {
                index = find([0x2D, 0x2D, 0x3E], in: bytes, from: index + 4) + 3
            } else if index + 8 < count, bytes[index + 1] == 0x21, bytes[index + 2] == 0x5B {
                let end = find([0x5D, 0x5D, 0x3E], in: bytes, from: index + 9)
                handle(.text(String(decoding: bytes[min(index + 9, end)..<end], as: UTF8.self)))
                index = end + 3
            } else {
                let end = bytes[index...].firstIndex(of: 0x3E) ?? count
                let tag = bytes[(index + 1)..<end]
                index = end + 1
                if tag.first == 0x3F || tag.first == 0x21 {
                } else if tag.first == 0x2F {
                    handle(.end(String(decoding: tag.dropFirst(), as: UTF8.self).trimmed))
                } else {
                    let selfClosing = tag.last == 0x2F
                    let (name, attributes) = parseTag(selfClosing ? tag.dropLast() : tag)
                    handle(.start(name, attributes, selfClosing: selfClosing))
                }
            }
            textStart = index
        }
        if textStart < count { handle(.text(decode(bytes[textStart..<count]))) }
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && Array(bytes[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return bytes.count
    }

    static func parseTag(_ tag: ArraySlice<UInt8>) -> (String, [String: String]) {
        let text = String(decoding: tag, as: UTF8.self)
        var scalars = text.unicodeScalars[...]
        var name = ""
        while let scalar = scalars.first, !scalar.properties.isWhitespace {
            name.unicodeScalars.append(scalar)
            scalars.removeFirst()
        }
        var attributes: [String: String] = [:]
        while true {
            while let scalar = scalars.first, scalar.properties.isWhitespace { scalars.removeFirst() }
            guard let equals = scalars.firstIndex(of: "=") else { break }
            let key = String(String.UnicodeScalarView(scalars[..<equals])).trimmed
            scalars = scalars[scalars.index(after: equals)...]
            while let scalar = scalars.first, scalar.properties.isWhitespace { scalars.removeFirst() }
            guard let quote = scalars.first, quote == "\"" || quote == "'" else { break }
            scalars.removeFirst()
            guard let close = scalars.firstIndex(of: quote) else { break }
            attributes[key] = decode(Array(String(String.UnicodeScalarView(scalars[..<close])).utf8)[...])
            scalars = scalars[scalars.index(after: close)...]
        }
        return (name, attributes)
    }

    /// Text with the five named entities and numeric character references decoded.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        let text = String(decoding: bytes, as: UTF8.self)
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10
            else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let code: UInt32? =
                    entity.hasPrefix("#x") || entity.hasPrefix("#X")
                    ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let code, let scalar = Unicode.Scalar(code) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}

extension String {
    var trimmed: String {
        String(
            String.UnicodeScalarView(
                unicodeScalars.drop(while: \.properties.isWhitespace).reversed().drop(while: \.properties.isWhitespace)
                    .reversed()))
    }
}
