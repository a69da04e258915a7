/// Opening hours of a fixed donation house, by weekday.
public struct OpeningHours: Hashable, Sendable {
    /// Minutes after midnight; `closes` may exceed 24 h when a shortage response runs past midnight.
    public struct Span: Hashable, Sendable {
        public var weekdays: [Weekday]
        public var opens: Int
        public var closes: Int

        public init(weekdays: [Weekday], opens: Int, closes: Int) {
            self.weekdays = weekdays
            self.opens = opens
            self.closes = closes
        }
    }

    public var spans: [Span]

    public init(spans: [Span]) { self.spans = spans }

    public func span(on weekday: Weekday) -> Span? { spans.last { $0.weekdays.contains(weekday) } }
}
