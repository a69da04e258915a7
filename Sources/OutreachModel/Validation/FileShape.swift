/// What a table file looks like when its header cannot be found, so the message names the fix rather than a
/// missing column.
public enum FileShape: Hashable, Sendable {
    /// A title (one cell) above the header, which is on `headerLine`.
    case titleRow(headerLine: Int)
    case tabSeparated
    case semicolonSeparated
    /// Saved as "Unicode text" (UTF-16).
    case utf16
    /// An Excel 97–2003 `.xls`, or a workbook with a password (both are OLE compound files, not zips).
    case oldOrEncryptedWorkbook

    /// The shape of a file whose first lines are `lines` (as fields) and whose required columns were not all found
    /// on the first; `matchesHeader` says whether a row holds every required column.
    public static func diagnose(_ lines: [[String]], matchesHeader: ([String]) -> Bool) -> FileShape? {
        guard let first = lines.first else { return nil }
        let joined = first.joined(separator: ",")
        if first.count == 1 || first.count < 3 {
            if joined.split(separator: "\t").count >= 2 { return .tabSeparated }
            if joined.split(separator: ";").count >= 2 { return .semicolonSeparated }
        }
        let filled = first.filter { !$0.trimmingSpaces().isEmpty }
        if filled.count <= 1, let index = lines.dropFirst().prefix(3).firstIndex(where: matchesHeader) {
            return .titleRow(headerLine: index + 1)
        }
        return nil
    }

    /// UTF-16 text: a UTF-16 byte-order mark, or a zero byte in every other place of the first bytes.
    public static func isUTF16(_ bytes: some Collection<UInt8>) -> Bool {
        let head = Array(bytes.prefix(64))
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
        guard head.count >= 8 else { return false }
        let zeros = head.filter { $0 == 0 }.count
        return zeros * 3 >= head.count
    }
}
