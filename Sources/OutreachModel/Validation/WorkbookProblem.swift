/// Why an `.xlsx` given as a table cannot be read (the cell, where there is one, is in the problem's location).
public enum WorkbookProblem: Hashable, Sendable {
    /// Not a readable zip: damaged, cut short, or not an `.xlsx` at all.
    case damaged
    /// An entry whose contents do not match their checksum.
    case badChecksum
    case noSuchSheet(String, available: [String])
    /// A formula whose value Excel did not store (the file was written by a program that does not calculate).
    case formulaWithoutValue
    /// `#REF!`, `#DIV/0!` …
    case errorValue(String)
    /// Header cells merged across columns (a two-row header).
    case mergedHeader(range: String)
}
