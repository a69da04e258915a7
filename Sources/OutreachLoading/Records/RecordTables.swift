import OutreachEvaluation
import OutreachModel

/// The columns of the monthly intake files and the stored records, with the Chinese headers staff may use.
enum RecordTables {
    static let promotion = [
        ColumnSpec("month", ["月份"]), ColumnSpec("region", ["区域"]), ColumnSpec("channel", ["渠道", "宣传渠道"]),
        ColumnSpec("events", ["次数", "场次", "宣传次数"]), ColumnSpec("reach", ["覆盖人数", "人数"], required: false),
        ColumnSpec("cost", ["费用", "费用(元)"], required: false), ColumnSpec("source", ["来源"], required: false),
    ]
    static let donations = [
        ColumnSpec("month", ["月份"]), ColumnSpec("region", ["区域"]), ColumnSpec("venue_kind", ["点位类型", "类型"]),
        ColumnSpec("visits", ["人次", "献血人次"]), ColumnSpec("units", ["单位数", "采血量(U)", "单位"]),
        ColumnSpec("first_time", ["初次献血", "初次献血人次", "首次献血"], required: false),
        ColumnSpec("deferred", ["暂缓献血", "暂缓", "屏蔽"], required: false),
        ColumnSpec("platelet_doses", ["血小板治疗量", "机采治疗量"], required: false),
        ColumnSpec("source", ["来源"], required: false),
    ]
    static let drives = [
        ColumnSpec("date", ["日期"]), ColumnSpec("venue", ["采血点"]), ColumnSpec("region", ["区域"]),
        ColumnSpec("venue_kind", ["点位类型"]), ColumnSpec("donations", ["人次"]), ColumnSpec("deferred", ["暂缓"]),
        ColumnSpec("units", ["单位数"]), ColumnSpec("platelet_doses", ["血小板治疗量"]),
        ColumnSpec("first_time", ["初次献血"]), ColumnSpec("source", ["来源"], required: false),
    ]
    /// A stock sheet: a row per day, blood group and component.
    static let stock = [
        ColumnSpec("date", ["日期"]), ColumnSpec("group", ["血型"]), ColumnSpec("component", ["成分", "血液成分"]),
        ColumnSpec("in_stock", ["库存", "库存量"]), ColumnSpec("issued", ["发血", "发血量", "出库"]),
        ColumnSpec("collected", ["入库", "采集入库"], required: false), ColumnSpec("source", ["来源"], required: false),
    ]
    static let actions = [
        ColumnSpec("id", ["编号"]), ColumnSpec("region", ["区域"]), ColumnSpec("text", ["措施"]),
        ColumnSpec("owner", ["责任人"]), ColumnSpec("opened", ["提出日期"]), ColumnSpec("baseline", ["基准月份"]),
        ColumnSpec("due", ["期限"]), ColumnSpec("indicator", ["指标"]), ColumnSpec("closed", ["关闭日期"], required: false),
        ColumnSpec("result", ["结果"], required: false), ColumnSpec("by", ["录入人"], required: false),
    ]

    static let promotionHeader = promotion.map(\.name)
    static let donationsHeader = donations.map(\.name)
    static let actionsHeader = actions.map(\.name)
    static let drivesHeader = drives.map(\.name)
    static let stockHeader = stock.map(\.name)

    static func fields(_ record: PromotionRecord) -> [String] {
        [
            record.month.description, record.regionCode, record.channel, String(record.events),
            record.reach.map(String.init) ?? "", record.cost.map(number) ?? "", record.source,
        ]
    }

    static func fields(_ record: DonationRecord) -> [String] {
        [
            record.month.description, record.regionCode, record.venueKind.rawValue, String(record.visits),
            number(record.units), record.firstTime.map(String.init) ?? "", record.deferred.map(String.init) ?? "",
            record.plateletDoses.map(String.init) ?? "", record.source,
        ]
    }

    static func fields(_ record: DriveRecord) -> [String] {
        [
            record.date.description, record.venueID, record.regionCode, record.venueKind.rawValue,
            String(record.donations), String(record.deferred), number(record.units), String(record.plateletDoses),
            String(record.firstTime), record.source,
        ]
    }

    static func fields(_ record: StockRecord) -> [String] {
        [
            record.date.description, record.group.description, record.component.rawValue, String(record.inStock),
            String(record.issued), record.collected.map(String.init) ?? "", record.source,
        ]
    }

    static func fields(_ action: Action) -> [String] {
        [
            action.id, action.regionCode, action.text, action.owner, action.opened.description,
            action.baseline.description, action.due.description, action.indicator.rawValue,
            action.closed?.description ?? "", action.result, action.openedBy,
        ]
    }

    /// `160`, `160.5`: no trailing `.0`, so files read like what staff typed.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension TableReader.Row {
    /// `2026-10`, `2026/10`, `2026年10月`, or any date in the month (`2026-10-01`).
    mutating func month(_ column: String) -> YearMonth? {
        guard let value = required(column) else { return nil }
        if let month = YearMonth(value) { return month }
        let chinese = value.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "")
        if let month = YearMonth(chinese) { return month }
        if let date = CivilDate(value) { return YearMonth(date) }
        report(.invalidValue(field: column, value: value, expected: .yearMonth), column)
        return nil
    }

    /// A region by code or exact name, as its code.
    mutating func region(_ column: String, in tree: RegionTree) -> String? {
        guard let value = required(column) else { return nil }
        if let ambiguity = tree.ambiguity(value) {
            report(ambiguity, column)
            return nil
        }
        if let region = tree.find(value) { return region.code }
        let names = tree.regions.map(\.code) + tree.regions.map(\.name)
        report(.unknownReference(.region, value, suggestion: NearestName.suggestion(for: value, among: names)), column)
        return nil
    }

    /// A channel by code, Chinese name or English name (any case).
    mutating func channel(_ column: String, among channels: [Channel]) -> String? {
        guard let value = required(column) else { return nil }
        let key = value.lowercased()
        if let channel = channels.first(where: {
            $0.code == key || $0.name == value || $0.englishName.lowercased() == key
        }) {
            return channel.code
        }
        let names = channels.map(\.code) + channels.map(\.name)
        report(.unknownReference(.channel, value, suggestion: NearestName.suggestion(for: value, among: names)), column)
        return nil
    }

    /// An optional non-negative decimal; nil when empty.
    mutating func optionalNumber(_ column: String) -> Double? {
        text(column).isEmpty ? nil : number(column)
    }
}

extension TableReader {
    mutating func readPromotion(tree: RegionTree, channels: [Channel]) -> (values: [PromotionRecord], lines: [Int]) {
        rows { row -> PromotionRecord? in
            let month = row.month("month")
            let region = row.region("region", in: tree)
            let channel = row.channel("channel", among: channels)
            let events = row.integer("events")
            let reach = row.integer("reach", optional: true)
            let cost = row.optionalNumber("cost")
            guard let month, let region, let channel, let events else { return nil }
            return PromotionRecord(
                month: month, regionCode: region, channel: channel, events: events, reach: reach, cost: cost,
                source: row.text("source"))
        }
    }

    mutating func readDonations(tree: RegionTree) -> (values: [DonationRecord], lines: [Int]) {
        rows { row -> DonationRecord? in
            let month = row.month("month")
            let region = row.region("region", in: tree)
            let kind = row.choice("venue_kind", WorkspaceTables.venueKinds)
            let visits = row.integer("visits")
            let units = row.number("units")
            let firstTime = row.integer("first_time", optional: true)
            let deferred = row.integer("deferred", optional: true)
            let platelets = row.integer("platelet_doses", optional: true)
            guard let month, let region, let kind, let visits, let units else { return nil }
            let record = DonationRecord(
                month: month, regionCode: region, venueKind: kind, visits: visits, units: units, firstTime: firstTime,
                deferred: deferred, plateletDoses: platelets, source: row.text("source"))
            for (field, problem) in IntakeRules.check(record) {
                row.problems.append(
                    Problem(problem.severity, problem.kind, field: field, location: row.location(field)))
            }
            return record
        }
    }

    mutating func readDrives(tree: RegionTree, venues: [Venue]) -> (values: [DriveRecord], lines: [Int]) {
        let venueIDs = Set(venues.map(\.id))
        return rows { row -> DriveRecord? in
            let date = row.date("date")
            let venue = row.required("venue")
            if let venue, !venueIDs.contains(venue) {
                row.report(
                    .unknownReference(
                        .venue, venue, suggestion: NearestName.suggestion(for: venue, among: venues.map(\.id))),
                    "venue")
            }
            let region = row.region("region", in: tree)
            let kind = row.choice("venue_kind", WorkspaceTables.venueKinds)
            let donations = row.integer("donations")
            let deferred = row.integer("deferred")
            let units = row.number("units")
            let doses = row.integer("platelet_doses")
            let firstTime = row.integer("first_time")
            guard let date, let venue, venueIDs.contains(venue), let region, let kind, let donations, let deferred,
                let units, let doses, let firstTime
            else { return nil }
            return DriveRecord(
                date: date, venueID: venue, regionCode: region, venueKind: kind, donations: donations,
                deferred: deferred, units: units, plateletDoses: doses, firstTime: firstTime, source: row.text("source")
            )
        }
    }

    mutating func readStock() -> (values: [StockRecord], lines: [Int]) {
        rows { row -> StockRecord? in
            let date = row.date("date")
            let group = row.required("group").flatMap { text -> BloodGroup? in
                guard let group = BloodGroup(text) else {
                    row.report(.invalidValue(field: "group", value: text, expected: .bloodGroup), "group")
                    return nil
                }
                return group
            }
            let component = row.required("component").flatMap { text -> BloodComponent? in
                guard let component = BloodComponent(spelling: text) else {
                    row.report(.invalidValue(field: "component", value: text, expected: .bloodComponent), "component")
                    return nil
                }
                return component
            }
            let inStock = row.integer("in_stock")
            let issued = row.integer("issued")
            let collected = row.integer("collected", optional: true)
            guard let date, let group, let component, let inStock, let issued else { return nil }
            return StockRecord(
                date: date, group: group, component: component, inStock: inStock, issued: issued,
                collected: collected, source: row.text("source"))
        }
    }

    mutating func readActions() -> (values: [Action], lines: [Int]) {
        rows { row -> Action? in
            let id = row.required("id")
            let region = row.required("region")
            let text = row.required("text")
            let owner = row.required("owner")
            let opened = row.date("opened")
            let baseline = row.month("baseline")
            let due = row.month("due")
            let indicator = row.choice("indicator", Indicator.allCases.map { ($0.rawValue, $0) })
            let closed = row.date("closed", optional: true)
            guard let id, let region, let text, let owner, let opened, let baseline, let due, let indicator else {
                return nil
            }
            return Action(
                id: id, regionCode: region, text: text, owner: owner, opened: opened, baseline: baseline, due: due,
                indicator: indicator, closed: closed, result: row.text("result"), openedBy: row.text("by"))
        }
    }
}

extension RecordKind {
    /// The columns a recorded file may have, for `record --help`: name, Chinese headers, required.
    public var columns: [(name: String, aliases: [String], required: Bool)] {
        let specs: [ColumnSpec] =
            switch self {
            case .promotion: RecordTables.promotion
            case .donations: RecordTables.donations
            case .drives: RecordTables.drives
            case .stock: RecordTables.stock
            case .targets: WorkspaceTables.targets
            }
        return specs.map { ($0.name, $0.aliases, $0.isRequired) }
    }
}
