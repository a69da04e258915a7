import OutreachModel

/// A day a venue or a team is not available (`V016:2027-01-04`, `T02:2027-02-01..2027-02-07`).
public struct Block: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A venue id or a team id; which one is settled against the workspace.
    public var subject: String
    public var first: CivilDate
    public var last: CivilDate

    public init(subject: String, first: CivilDate, last: CivilDate? = nil) {
        self.subject = subject
        self.first = first
        self.last = last ?? first
    }

    /// Parses `ID:DATE` or `ID:DATE..DATE`.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let subject = String(text[..<colon]).trimmingSpaces()
        let dates = text[text.index(after: colon)...].split(separator: "..", omittingEmptySubsequences: false)
        guard !subject.isEmpty, (1...2).contains(dates.count), let first = CivilDate(String(dates[0])),
            let last = CivilDate(String(dates[dates.count - 1])), first <= last
        else { return nil }
        self.init(subject: subject, first: first, last: last)
    }

    public func covers(_ date: CivilDate) -> Bool { first <= date && date <= last }

    public var description: String {
        subject + ":" + first.description + (first == last ? "" : ".." + last.description)
    }
}
