/// The edit that records a change of responsibility: close the open assignment and add the new one.
public struct AssignmentChange: Equatable, Sendable {
    /// The index (in the input list) of the assignment that ends, with its new last day.
    public var closing: (index: Int, lastDay: CivilDate)?
    /// The new assignment, or nil when exactly this assignment is already recorded (re-running is harmless).
    public var added: Assignment?

    public static func == (lhs: AssignmentChange, rhs: AssignmentChange) -> Bool {
        lhs.closing?.index == rhs.closing?.index && lhs.closing?.lastDay == rhs.closing?.lastDay
            && lhs.added == rhs.added
    }

    /// Works out the change, or refuses when it would rewrite or overlap history.
    ///
    /// History is append-only: a new assignment must start after every existing period of the region has
    /// started, and after every closed one has ended; the open one is closed the day before.
    public static func assigning(
        _ new: Assignment, given assignments: [Assignment]
    ) throws(AssignmentRefusal) -> AssignmentChange {
        if let end = new.period.end, end < new.period.start {
            throw .endsBeforeStart(start: new.period.start, end: end)
        }
        if assignments.contains(where: {
            $0.regionCode == new.regionCode && $0.leaderID == new.leaderID && $0.period == new.period
        }) {
            return AssignmentChange(closing: nil, added: nil)
        }
        var closing: (index: Int, lastDay: CivilDate)?
        for (index, existing) in assignments.enumerated() where existing.regionCode == new.regionCode {
            if existing.period.start >= new.period.start {
                throw .startsBeforeExisting(existing)
            }
            if let end = existing.period.end {
                if end >= new.period.start { throw .overlapsClosedPeriod(existing) }
            } else {
                closing = (index, new.period.start.adding(days: -1))
            }
        }
        return AssignmentChange(closing: closing, added: new)
    }
}

/// Why a change of responsibility was refused; nothing is written when one is thrown.
public enum AssignmentRefusal: Error, Equatable, Sendable {
    case endsBeforeStart(start: CivilDate, end: CivilDate)
    /// An assignment of the region starts on or after the new start date.
    case startsBeforeExisting(Assignment)
    /// A closed assignment of the region is still in force on the new start date.
    case overlapsClosedPeriod(Assignment)
}
