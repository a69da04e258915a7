import OutreachModel

/// A decision of the monthly meeting with an owner and a due month, followed up until it is closed.
public struct Action: Hashable, Sendable, Codable {
    /// `A001`, `A002` … in order of opening.
    public var id: String
    public var regionCode: String
    public var text: String
    /// Leader id of the owner.
    public var owner: String
    public var opened: CivilDate
    /// The month whose figures the action responds to; its indicator is compared against this month.
    public var baseline: YearMonth
    public var due: YearMonth
    /// The indicator that should move.
    public var indicator: Indicator
    public var closed: CivilDate?
    public var result: String
    /// Who recorded it (`--by`), empty when not given.
    public var openedBy: String

    public init(
        id: String, regionCode: String, text: String, owner: String, opened: CivilDate, baseline: YearMonth,
        due: YearMonth, indicator: Indicator, closed: CivilDate? = nil, result: String = "", openedBy: String = ""
    ) {
        self.id = id
        self.regionCode = regionCode
        self.text = text
        self.owner = owner
        self.opened = opened
        self.baseline = baseline
        self.due = due
        self.indicator = indicator
        self.closed = closed
        self.result = result
        self.openedBy = openedBy
    }

    public var isOpen: Bool { closed == nil }

    /// The same decision as `other`, whatever its number, opening day and author: adding it again would duplicate it.
    public func isSameDecision(as other: Action) -> Bool {
        (regionCode, owner, text, baseline, due, indicator)
            == (other.regionCode, other.owner, other.text, other.baseline, other.due, other.indicator)
    }

    /// Open past its due month, as seen in `month`.
    public func isOverdue(in month: YearMonth) -> Bool { isOpen && due < month }

    /// The id after the highest in use.
    public static func nextID(after actions: [Action]) -> String {
        let highest = actions.compactMap { Int($0.id.dropFirst()) }.max() ?? 0
        let number = String(highest + 1)
        return "A" + String(repeating: "0", count: max(0, 3 - number.count)) + number
    }
}

/// An action as the pack shows it: its indicator at the baseline month and now.
public struct ActionProgress: Hashable, Sendable, Codable {
    public var action: Action
    public var before: Double?
    public var now: Double?
    public var isOverdue: Bool

    /// Relative change of the indicator since the baseline, nil when either end is missing.
    public var change: Double? {
        guard let before, let now, before != 0 else { return nil }
        return (now - before) / abs(before)
    }
}
