import OutreachEvaluation
import OutreachModel

/// What reading a donation export produced: monthly figures, pseudonymous donors, and every rejected row.
public struct DonationImport: Sendable {
    /// Monthly donations per region and venue kind, as `record donations` stores them.
    public var records: [DonationRecord]
    /// One per donor: a keyed hash instead of any identity.
    public var donors: [ImportedDonor]
    /// Data rows read (the header not counted).
    public var rows = 0
    /// Rows whose donation or deferral was counted.
    public var counted = 0
    public var rejected: [RejectedRow] = []
    /// Problems with the file as a whole (identity columns, missing columns): nothing can be imported.
    public var fileProblems: [Problem] = []
    public var encoding = ""
    /// The columns a side file of rejected rows may show (identity columns never).
    public var shownHeaders: [String] = []
    public var firstDay: CivilDate?
    public var lastDay: CivilDate?

    public init(records: [DonationRecord] = [], donors: [ImportedDonor] = []) {
        self.records = records
        self.donors = donors
    }
}

/// A row left out, with every reason, and the values of its shown columns for the side file.
public struct RejectedRow: Sendable {
    public var line: Int
    public var problems: [Problem]
    public var values: [String]
}
