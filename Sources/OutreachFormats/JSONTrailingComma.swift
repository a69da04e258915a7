/// RFC 8259 has no comma before `}` or `]`, but Foundation's parser accepts one: a settings file that passes here
/// would fail in any other tool, and may hide a deleted entry. Found before parsing, with its line and column.
public enum JSONTrailingComma {
    /// The 1-based line and column (in characters) of the first comma followed only by white space and a closing
    /// bracket, outside strings; nil when there is none.
    public static func position(in text: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 0
        var inString = false
        var escaped = false
        var pending: (line: Int, column: Int)?
        for character in text {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 0
                continue
            }
            column += 1
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
                continue
            }
            switch character {
            case " ", "\t", "\r": continue
            case "}", "]": if let pending { return pending }
            case ",":
                pending = (line, column)
                continue
            case "\"": inString = true
            default: break
            }
            pending = nil
        }
        return nil
    }
}
