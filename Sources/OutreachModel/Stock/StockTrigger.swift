/// The stock level that made a plan a shortage plan: the day the stock was read, the level reached, and the
/// series at it. Kept in the plan, so its header says why it looks as it does.
public struct StockTrigger: Hashable, Sendable, Codable {
    public struct Short: Hashable, Sendable, Codable {
        public var group: BloodGroup
        public var component: BloodComponent
        public var daysOfSupply: Double?

        public init(group: BloodGroup, component: BloodComponent, daysOfSupply: Double?) {
            self.group = group
            self.component = component
            self.daysOfSupply = daysOfSupply
        }
    }

    public var date: CivilDate
    public var level: StockLevel
    public var short: [Short]

    public init(date: CivilDate, level: StockLevel, short: [Short]) {
        self.date = date
        self.level = level
        self.short = short
    }

    /// The short blood groups, each once, in stock-list order.
    public var groups: [BloodGroup] { Array(Set(short.map(\.group))).sorted() }
}
