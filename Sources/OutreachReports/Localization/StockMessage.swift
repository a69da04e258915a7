import OutreachModel

/// What `stock`, `record stock`, `simulate stock`, the shortage brief and a stock-triggered plan say.
public enum StockMessage: Hashable, Sendable {
    case title(workspace: String, at: CivilDate)
    case briefTitle(workspace: String, at: CivilDate)
    case component(BloodComponent)
    /// The unit a component is counted in: U, 治疗量.
    case unit(BloodComponent)
    /// No level reached.
    case normal
    /// The strictest level and the series at it: "橙色预警:A+ 单采血小板 0.9 天、O+ 悬浮红细胞 2.7 天".
    case overall(level: String?, series: [String])
    /// "A+ 单采血小板 0.9 天".
    case seriesDays(group: String, component: BloodComponent, days: Double?)
    case basis(trailingDays: Int)
    case projectionFromPlan(name: String, from: CivilDate, to: CivilDate)
    case projectionFromTrailing(days: Int)
    case noStock
    case simulated(path: String, rows: Int, from: CivilDate, to: CivilDate)
    case sectionLevels, sectionTrend, sectionResponse, sectionRecall
    /// The column of the days of supply at the projection's end.
    case daysOfSupplyIn(days: Int)
    case column(Column)
    /// Never back above the level within the projection.
    case notWithin(days: Int)
    /// The plan header: which level triggered the shortage re-plan, for which series, and what it changed.
    case planTrigger(level: String, series: [String], surplusWeight: Double, groupWeight: Double, campaigns: Bool)
    /// Per week of a shortage plan: drives, of which appeals and extended fixed-site days, expected units.
    case week(start: CivilDate, drives: Int, appeals: Int, extended: Int, units: Double)
    case recallLine(group: String, type: String, donors: Int, expected: Double)
    case noRecallData
    case donationType(DonationType)

    public enum Column: String, Hashable, Sendable {
        case component, group, inStock, issuesPerDay, season, daysOfSupply, level, backAbove
        case week, drives, appeals, extended, units
    }
}

extension ChineseCatalog {
    public func stock(_ message: StockMessage) -> String {
        switch message {
        case .title(let workspace, let at): return "\(workspace) · 血液库存(\(at))"
        case .briefTitle(let workspace, let at): return "\(workspace) · 血液保供简报(\(at))"
        case .component(let component):
            switch component {
            case .redCells: return "悬浮红细胞"
            case .platelets: return "单采血小板"
            case .plasma: return "血浆"
            }
        case .unit(let component): return component == .platelets ? "治疗量" : "U"
        case .normal: return "正常"
        case .overall(let level, let series):
            guard let level else { return "各血型库存均未达到预警级别。" }
            return "当前最高级别:\(level)(" + series.joined(separator: "、") + ")。"
        case .seriesDays(let group, let component, let days):
            return "\(group) \(stock(.component(component))) "
                + (days.map { Table.decimal($0, digits: 1, grouped: true) + " 天" } ?? "无发血")
        case .basis(let days):
            return
                "供应天数 = 库存 ÷ 预计日发血;预计日发血 = 近 \(days) 天平均发血 × 季节系数(去年同期之后 \(days) 天与之前 \(days) 天的发血之比,无一年记录时为 1)。级别规则见 Templates/stock.json。"
        case .projectionFromPlan(let name, let from, let to):
            return "未来采集按计划 \(name)(\(from) 至 \(to))的预计单位数 × 血型构成;血小板按近期平均。"
        case .projectionFromTrailing(let days): return "没有覆盖这段时间的计划:未来采集按近 \(days) 天的平均入库。"
        case .noStock: return "没有库存记录:先用 outreach record stock FILE 录入每日库存与发血(可用 outreach simulate stock FILE 生成示例)。"
        case .simulated(let path, let rows, let from, let to):
            return "已写入 \(path):\(rows) 行(8 个血型 × 3 种成分,\(from) 至 \(to),模拟数据,非真实库存);用 outreach record stock \(path) 录入。"
        case .sectionLevels: return "各血型库存与预警级别"
        case .daysOfSupplyIn(let days): return "\(days) 天后供应天数"
        case .sectionTrend: return "近 90 天供应天数"
        case .sectionResponse: return "保供计划每周安排"
        case .sectionRecall: return "定向召回"
        case .column(let column):
            switch column {
            case .component: return "成分"
            case .group: return "血型"
            case .inStock: return "库存"
            case .issuesPerDay: return "预计日发血"
            case .season: return "季节系数"
            case .daysOfSupply: return "供应天数"
            case .level: return "级别"
            case .backAbove: return "预计回到级别以上"
            case .week: return "周(起)"
            case .drives: return "采血活动"
            case .appeals: return "紧急呼吁"
            case .extended: return "固定点延时"
            case .units: return "预计单位数"
            }
        case .notWithin(let days): return "\(days) 天内不会"
        case .planTrigger(let level, let series, let surplus, let group, let campaigns):
            return "库存触发保供计划:\(level)(" + series.joined(separator: "、") + ")。超出任务的单位按 "
                + Table.decimal(surplus, digits: 1, grouped: false) + " 计,短缺血型的单位另加 "
                + Table.decimal(group * 100, digits: 0, grouped: false) + "%"
                + (campaigns ? ";已加入紧急呼吁与固定点延时。" : "。")
        case .week(let start, let drives, let appeals, let extended, let units):
            return "\(start) 起一周:\(drives) 场采血(紧急呼吁 \(appeals),固定点延时 \(extended)),预计 "
                + Table.decimal(units, digits: 0, grouped: true) + " U"
        case .recallLine(let group, let type, let donors, let expected):
            return "\(group) \(type):可召回 \(donors) 人,预计应答约 " + Table.decimal(expected, digits: 0, grouped: true) + " 人"
        case .donationType(let type): return type == .platelets ? "单采血小板" : "全血"
        case .noRecallData: return "尚未导入献血者血型:导入时在映射中为血型列设 abo、rhd 角色后,可按血型召回。"
        }
    }
}

extension EnglishCatalog {
    public func stock(_ message: StockMessage) -> String {
        switch message {
        case .title(let workspace, let at): return "\(workspace) · blood stock (\(at))"
        case .briefTitle(let workspace, let at): return "\(workspace) · shortage brief (\(at))"
        case .component(let component):
            switch component {
            case .redCells: return "red cells"
            case .platelets: return "apheresis platelets"
            case .plasma: return "plasma"
            }
        case .unit(let component): return component == .platelets ? "doses" : "U"
        case .normal: return "normal"
        case .overall(let level, let series):
            guard let level else { return "No group's stock is at an alert level." }
            return "Strictest level: \(level) (" + series.joined(separator: ", ") + ")."
        case .seriesDays(let group, let component, let days):
            return "\(group) \(stock(.component(component))) "
                + (days.map { Table.decimal($0, digits: 1, grouped: true) + " days" } ?? "no issues")
        case .basis(let days):
            return
                "Days of supply = stock ÷ expected daily issues; expected daily issues = mean issues of the last \(days) days × season factor (last year's issues in the \(days) days after this date over the \(days) days before; 1 without a year of records). Level rules: Templates/stock.json."
        case .projectionFromPlan(let name, let from, let to):
            return
                "Collections ahead: plan \(name) (\(from) to \(to)), expected units × group mix; platelets at their recent mean."
        case .projectionFromTrailing(let days):
            return "No plan covers these days: collections ahead at the mean of the last \(days) days."
        case .noStock:
            return
                "No stock records: record daily stock and issues with outreach record stock FILE (outreach simulate stock FILE writes an example)."
        case .simulated(let path, let rows, let from, let to):
            return
                "Wrote \(path): \(rows) rows (8 groups × 3 components, \(from) to \(to); simulated, not real stock). Record it with outreach record stock \(path)."
        case .sectionLevels: return "Stock and alert level by group"
        case .daysOfSupplyIn(let days): return "Days of supply in \(days) days"
        case .sectionTrend: return "Days of supply, last 90 days"
        case .sectionResponse: return "The shortage plan, week by week"
        case .sectionRecall: return "Targeted recall"
        case .column(let column):
            switch column {
            case .component: return "Component"
            case .group: return "Group"
            case .inStock: return "In stock"
            case .issuesPerDay: return "Issues a day"
            case .season: return "Season"
            case .daysOfSupply: return "Days of supply"
            case .level: return "Level"
            case .backAbove: return "Back above level"
            case .week: return "Week of"
            case .drives: return "Drives"
            case .appeals: return "Appeals"
            case .extended: return "Extended hours"
            case .units: return "Expected units"
            }
        case .notWithin(let days): return "not within \(days) days"
        case .planTrigger(let level, let series, let surplus, let group, let campaigns):
            return "Stock-triggered shortage plan: \(level) (" + series.joined(separator: ", ")
                + "). Units beyond a target count " + Table.decimal(surplus, digits: 1, grouped: false)
                + ", units of the short groups " + Table.decimal(group * 100, digits: 0, grouped: false) + "% more"
                + (campaigns ? "; emergency appeals and extended fixed-site hours added." : ".")
        case .week(let start, let drives, let appeals, let extended, let units):
            return "Week of \(start): \(drives) drives (\(appeals) appeals, \(extended) extended fixed-site days), "
                + Table.decimal(units, digits: 0, grouped: true) + " U expected"
        case .recallLine(let group, let type, let donors, let expected):
            return "\(group) \(type): \(donors) donors to recall, about "
                + Table.decimal(expected, digits: 0, grouped: true) + " expected to respond"
        case .donationType(let type): return type == .platelets ? "apheresis platelets" : "whole blood"
        case .noRecallData:
            return
                "No donor blood groups imported yet: give the export's group columns the abo and rhd roles in the mapping, then recall by group."
        }
    }
}
