import OutreachEvaluation
import OutreachModel

/// What reading a donation export produced: monthly figures, pseudonymous donors, and every rejected row.
public struct DonationImport: Sendable {
    /// Monthly donations per region and venue kind, as `record donations` stores them.
    public var records: [DonationRecord]
    /// Donations per venue and day (rows whose venue is a workspace venue), in date and venue order.
    public var drives: [DriveRecord] = []
    /// The same while pieces are read, by `DayTally.key` (venue position and day): integers merge and sort fast.
    var dayTallies: [Int: DayTally] = [:]
    /// One per donor, in key order: a keyed hash instead of any identity.
    public var donors: ImportedDonors
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

    public init(records: [DonationRecord] = [], donors: ImportedDonors = ImportedDonors()) {
        self.records = records
        self.donors = donors
    }
}

extension DonationImport {
    /// Adds the figures of the next piece of the same file, whose line numbers count from `lineOffset` + 1.
    mutating func append(_ later: DonationImport, lineOffset: Int) {
        func key(_ record: DonationRecord) -> String {
            "\(record.month.ordinal)|\(record.regionCode)|\(record.venueKind)"
        }
        func sum(_ first: Int?, _ second: Int?) -> Int? {
            first == nil && second == nil ? nil : (first ?? 0) + (second ?? 0)
        }
        var positions = Dictionary(records.enumerated().map { (key($1), $0) }, uniquingKeysWith: { first, _ in first })
        for record in later.records {
            guard let position = positions[key(record)] else {
                positions[key(record)] = records.count
                records.append(record)
                continue
            }
            records[position].visits += record.visits
            records[position].units += record.units
            records[position].firstTime = sum(records[position].firstTime, record.firstTime)
            records[position].deferred = sum(records[position].deferred, record.deferred)
            records[position].plateletDoses = sum(records[position].plateletDoses, record.plateletDoses)
        }
        for (key, tally) in later.dayTallies { dayTallies[key, default: DayTally()].add(tally) }
        rows += later.rows
        counted += later.counted
        rejected += later.rejected.map { row in
            var row = row
            row.line += lineOffset
            row.problems = row.problems.map { problem in
                var problem = problem
                problem.location?.line? += lineOffset
                return problem
            }
            return row
        }
        fileProblems += later.fileProblems
        if let day = later.firstDay { firstDay = min(firstDay ?? day, day) }
        if let day = later.lastDay { lastDay = max(lastDay ?? day, day) }
    }
}

/// A row left out, with every reason, and the values of its shown columns for the side file.
public struct RejectedRow: Sendable {
    public var line: Int
    public var problems: [Problem]
    public var values: [String]
}
