import OutreachModel

/// A test of one channel where the data cannot tell its effect: for a few months townships hold more, the usual
/// or fewer events of it, assigned at random within strata (county × size), so the contrast between the arms
/// measures the channel free of season and of which townships chose to promote (as the lift tests that Robyn and
/// Meridian calibrate on).
public struct Experiment: Hashable, Sendable {
    public enum Arm: String, Hashable, Sendable, CaseIterable {
        case more, usual, fewer

        /// Events relative to a township's usual month.
        public var factor: Double {
            switch self {
            case .more: return 1.7
            case .usual: return 1
            case .fewer: return 0.3
            }
        }
    }

    /// One township's arm and the events it is to hold each month of the test.
    public struct Assignment: Hashable, Sendable {
        public var regionCode: String
        public var arm: Arm
        public var events: Int

        public init(regionCode: String, arm: Arm, events: Int) {
            self.regionCode = regionCode
            self.arm = arm
            self.events = events
        }
    }

    public var id: String
    public var channel: String
    public var start: YearMonth
    public var months: Int
    public var assignments: [Assignment]

    public init(id: String, channel: String, start: YearMonth, months: Int, assignments: [Assignment]) {
        self.id = id
        self.channel = channel
        self.start = start
        self.months = months
        self.assignments = assignments
    }

    public var end: YearMonth { start.adding(months: months - 1) }
    public var span: [YearMonth] { (0..<months).map { start.adding(months: $0) } }

    /// Two tests of the same channel in the same months would confound each other.
    public func overlaps(_ other: Experiment) -> Bool {
        channel == other.channel && start <= other.end && other.start <= end
    }
}
