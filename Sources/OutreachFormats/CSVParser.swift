/// One CSV record with the line it starts on, for error messages.
public struct CSVRecord: Equatable, Sendable {
    public var fields: [String]
    public var line: Int

    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// Where quoting went wrong; everything after it would be misread, so parsing stops.
public struct CSVSyntaxError: Error, Equatable, Sendable {
    public enum Kind: Sendable {
        /// A quoted field that never closes.
        case unterminatedQuote
        /// Text between a closing quote and the next comma (`"12"3`): the field's value is not what it shows.
        case textAfterQuote
        /// A row longer than `CSVParser.maximumRowBytes`: an unclosed quote, no line breaks, not a table.
        case rowTooLong
        /// A row of more than `CSVParser.maximumFields` fields.
        case tooManyFields
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

/// RFC 4180 CSV, as Excel and WPS write it: quoted fields with doubled quotes, commas and line breaks inside
/// quotes, CRLF or LF line ends. Blank lines (such as trailing ones) are skipped.
public enum CSVParser {
    /// 1 MiB: a row of a monthly sheet or a donation export is under 1 KiB, so a longer one is refused at once
    /// rather than read (an unclosed quote, a file without line breaks, a binary file).
    public static let maximumRowBytes = 1 << 20
    public static let maximumFields = 4_096

    public static func parse(_ text: String) throws(CSVSyntaxError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var iterator = Array(text.utf8)[...]
        var recordStart = iterator.startIndex

        func endField() throws(CSVSyntaxError) {
            guard fields.count < maximumFields else {
                throw CSVSyntaxError(.tooManyFields, line: recordLine, column: 1)
            }
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() throws(CSVSyntaxError) {
            try endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(fields: fields, line: recordLine))
            }
            fields.removeAll(keepingCapacity: true)
            recordStart = iterator.startIndex
        }

        while let byte = iterator.popFirst() {
            if iterator.startIndex - recordStart > maximumRowBytes {
                throw CSVSyntaxError(.rowTooLong, line: recordLine, column: fields.count + 1)
            }
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if iterator.first == UInt8(ascii: "\"") {
                        field.append(byte)
                        iterator.removeFirst()
                    } else {
                        inQuotes = false
                        if let next = iterator.first, next != UInt8(ascii: ","), next != 0x0D, next != 0x0A {
                            throw CSVSyntaxError(.textAfterQuote, line: line, column: fields.count + 1)
                        }
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                if field.isEmpty && !fieldWasQuoted {
                    inQuotes = true
                    fieldWasQuoted = true
                    quoteLine = line
                } else {
                    field.append(byte)
                }
            case UInt8(ascii: ","):
                try endField()
            case 0x0D:
                if iterator.first == 0x0A { iterator.removeFirst() }
                try endRecord()
                line += 1
                recordLine = line
            case 0x0A:
                try endRecord()
                line += 1
                recordLine = line
            default:
                field.append(byte)
            }
        }
        if inQuotes { throw CSVSyntaxError(.unterminatedQuote, line: quoteLine, column: fields.count + 1) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { try endRecord() }
        return records
    }
}
