import OutreachModel

/// One move the meeting can act on: "move 6 township talks from 茂南区 to 化州市: +85 visits a month (40–130)".
public struct Suggestion: Hashable, Sendable {
    /// Events of one channel in one region.
    public struct Side: Hashable, Sendable {
        public var regionCode: String
        public var channel: String
        public var events: Int

        public init(regionCode: String, channel: String, events: Int) {
            self.regionCode = regionCode
            self.channel = channel
            self.events = events
        }
    }

    /// 1, 2 … in order of gain; `actions add --from-suggestion N` refers to it.
    public var number: Int
    /// Events taken away; nil when the move only adds (a cost budget with room left).
    public var from: Side?
    /// Events added; nil when the move only takes away.
    public var to: Side?
    /// Expected visits a month gained once the move is kept up, with its bootstrap interval.
    public var gain: ChannelAnalysis.Estimate
    /// Evidence: visits one more event brings where events are added, and one fewer loses where they are taken.
    public var marginalTo: ChannelAnalysis.Estimate?
    public var marginalFrom: ChannelAnalysis.Estimate?

    public init(
        number: Int, from: Side?, to: Side?, gain: ChannelAnalysis.Estimate, marginalTo: ChannelAnalysis.Estimate?,
        marginalFrom: ChannelAnalysis.Estimate?
    ) {
        self.number = number
        self.from = from
        self.to = to
        self.gain = gain
        self.marginalTo = marginalTo
        self.marginalFrom = marginalFrom
    }

    /// The region the move's action belongs to: where events are added, else where they are taken.
    public var regionCode: String { to?.regionCode ?? from?.regionCode ?? "" }
}

/// The suggestions for a month, with the totals they were chosen under.
public struct SuggestionSet: Sendable {
    public enum HeldReason: Hashable, Sendable {
        /// Named in `fixedChannels`.
        case fixed
        /// The model could not estimate it, or could not tell it from these channels.
        case notEstimated
        case collinear([String])
        /// No events of it in the same month last year (school vacations, for example).
        case offSeason
    }

    /// The month the suggestions are for (the month after the evaluated one).
    public var month: YearMonth
    public var budget: Allocator.Budget
    /// Budget units: events, or yuan.
    public var budgetTotal: Double
    public var staffCapacity: Double
    public var staffUsedNow: Double
    public var staffUsedSuggested: Double
    public var moves: [Suggestion]
    public var totalGain: ChannelAnalysis.Estimate
    /// Expected visits a month from promotion under last month's mix.
    public var currentEffect: Double
    /// Channels left as they are, and why.
    public var held: [(channel: String, reason: HeldReason)]
    /// `[region][channel]` (panel order): last month's events and the suggested ones.
    public var current: [[Int]]
    public var suggested: [[Int]]
    /// Channel code → the campaign template whose drives it counts (see `ChannelPanel.driveTemplates`).
    public var drives: [String: String] = [:]
}
