/// Turns Foundation's "around character N" (the only position a JSON syntax error carries on Linux; N counts
/// UTF-8 bytes) into a line and column a person can go to.
public enum JSONErrorPosition {
    /// The 1-based line and column (in characters) of the byte offset named in the message, or nil.
    public static func lineAndColumn(describedBy message: String, in text: String) -> (line: Int, column: Int)? {
        let marker = "character "
        guard let start = message.firstRange(of: marker)?.upperBound else { return nil }
        guard let offset = Int(message[start...].prefix(while: \.isNumber)) else { return nil }
        var line = 1
        var column = 1
        var bytes = 0
        for character in text {
            if bytes >= offset { break }
            bytes += character.utf8.count
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
