import OutreachModel

/// One day's stock of one blood group and component: what was on the shelves at the day's end and what went to
/// hospitals that day, with what came in from collection when the sheet has it.
public struct StockRecord: Hashable, Sendable {
    public var date: CivilDate
    public var group: BloodGroup
    public var component: BloodComponent
    /// Units (red cells, plasma) or therapeutic doses (platelets) in stock at the end of the day.
    public var inStock: Int
    public var issued: Int
    /// Units released to stock from collection that day, when the sheet says.
    public var collected: Int?
    public var source: String

    public init(
        date: CivilDate, group: BloodGroup, component: BloodComponent, inStock: Int, issued: Int,
        collected: Int? = nil, source: String = ""
    ) {
        self.date = date
        self.group = group
        self.component = component
        self.inStock = inStock
        self.issued = issued
        self.collected = collected
        self.source = source
    }

    /// A group and component: one series of stock.
    public var series: StockSeries { StockSeries(group: group, component: component) }
}

/// One series of stock: a blood group's red cells, platelets or plasma.
public struct StockSeries: Hashable, Sendable, Comparable {
    public var group: BloodGroup
    public var component: BloodComponent

    public init(group: BloodGroup, component: BloodComponent) {
        self.group = group
        self.component = component
    }

    public static func < (lhs: StockSeries, rhs: StockSeries) -> Bool {
        lhs.component != rhs.component ? lhs.component < rhs.component : lhs.group < rhs.group
    }
}

extension StockRecord: MeasuredRow {
    /// A month's rows are recorded together: recording a month again replaces it.
    public var period: String { YearMonth(date).description }
    public var key: String { date.description + "|" + group.description + "|" + component.rawValue }
    public func hasSameFigures(as other: StockRecord) -> Bool {
        var mine = self
        mine.source = other.source
        return mine == other
    }
    public static let measureNames = ["in_stock", "issued"]
    public var measures: [Double] { [Double(inStock), Double(issued)] }
}
