import OutreachEvaluation
import OutreachModel

extension ChineseCatalog {
    public func evaluation(_ message: EvaluationMessage) -> String {
        switch message {
        case .briefTitle(let leader, let month): return "\(leader) · \(month.year)年\(month.month)月工作简报"
        case .briefDrives(let from, let to): return "\(from.year)年\(from.month)月至\(to.year)年\(to.month)月的采血活动"
        case .packTitle(let workspace, let month): return "\(workspace) · \(month.year)年\(month.month)月宣传与采血评估"
        case .packSubtitle(let regions, let findings, let open, let overdue):
            return "\(regions) 个区域 · \(findings) 条发现 · \(open) 项未完成措施(其中 \(overdue) 项逾期)"
        case .emptyMonth(let month): return "\(month) 没有采血数据;请先用 outreach record donations 录入"
        case .indicator(let indicator):
            switch indicator {
            case .donationRate: return "千人口献血率(年化)"
            case .monthAttainment: return "当月完成率"
            case .yearToDateAttainment: return "累计完成率"
            case .yearOnYear: return "同比"
            case .monthOnMonth: return "环比"
            case .unitsPerVisit: return "人均单位数"
            case .deferralRate: return "暂缓献血率"
            case .firstTimeRate: return "初次献血占比"
            case .promotionRate: return "每10万人宣传次数"
            }
        case .definition(let indicator):
            switch indicator {
            case .donationRate: return "当月献血人次 ÷ 人口 × 12000"
            case .monthAttainment: return "当月单位数 ÷ 当月任务数 × 100%"
            case .yearToDateAttainment: return "1月至当月单位数 ÷ 同期任务数 × 100%"
            case .yearOnYear: return "(当月单位数 − 上年同月) ÷ 上年同月 × 100%"
            case .monthOnMonth: return "(当月单位数 − 上月) ÷ 上月 × 100%"
            case .unitsPerVisit: return "单位数 ÷ 献血人次"
            case .deferralRate: return "暂缓人数 ÷ (献血人次 + 暂缓人数) × 100%"
            case .firstTimeRate: return "初次献血人次 ÷ 献血人次 × 100%"
            case .promotionRate: return "宣传次数 ÷ 人口 × 100000"
            }
        case .light(let light):
            switch light {
            case .green: return "●绿"
            case .amber: return "▲黄"
            case .red: return "✖红"
            }
        case .sectionIndicators: return "指标与排名"
        case .sectionFindings: return "发现与建议"
        case .sectionActions: return "整改措施跟踪"
        case .sectionChannels: return "各渠道每次宣传带来的献血人次"
        case .sectionTrends: return "近24个月采血单位数(实线)与任务数(虚线)"
        case .sectionAttainment: return "完成率(%):当月(实心)与累计(空心),竖线为100%"
        case .sectionHeatMap: return "渠道 × 区域:每次宣传带来的献血人次(每列按该渠道的最大值着色)"
        case .sectionDefinitions: return "指标口径"
        case .noFindings: return "本月没有需要关注的发现。"
        case .noActions: return "没有未完成的整改措施。"
        case .columnRank: return "排名"
        case .columnLeader: return "区域领导"
        case .columnFinding: return "发现"
        case .columnEvidence: return "依据"
        case .columnSuggestion: return "建议"
        case .columnEvents: return "宣传次数"
        case .columnAttributed: return "对应献血人次"
        case .columnPerEvent: return "每次人次"
        case .columnChannel: return "渠道"
        case .columnAction: return "措施"
        case .columnOwner: return "责任人"
        case .columnDue: return "期限"
        case .columnStatus: return "状态"
        case .columnIndicator: return "跟踪指标"
        case .columnBefore: return "基准值"
        case .columnNow: return "本月值"
        case .columnStint: return "负责期间"
        case .columnUnits: return "单位数"
        case .columnTarget: return "任务数"
        case .columnAttainment: return "完成率"
        case .columnLight: return "评价"
        case .statusOpen: return "进行中"
        case .statusOverdue: return "逾期"
        case .statusClosed: return "已完成"
        case .anomaly(let region, let actual, let expected, let score, let sameMonth):
            let history = sameMonth.isEmpty ? "" : ";往年同月 " + sameMonth.map(whole).joined(separator: "、")
            return "\(region):本月 \(whole(actual)) U,按本区水平和季节应为约 \(whole(expected)) U(稳健评分 \(decimal(score)))\(history)"
        case .behind(let region, let gap, let yearToDate, _):
            var parts = ["季节 \(signed(gap.season))", "基线趋势 \(signed(gap.trend))"]
            if let promotion = gap.promotion { parts.append("宣传变化 \(signed(promotion))") }
            parts.append("其他 \(signed(gap.other))")
            let year = yearToDate.map { ";累计完成率 \(decimal($0))%" } ?? ""
            return
                "\(region):本月 \(whole(gap.actual)) U,任务 \(whole(gap.target)) U,差 \(signed(gap.total)) U\(gap.isSplit ? "(" + parts.joined(separator: "、") + ")" : "")\(year)"
        case .channelCut(let region, let channel, let events, let eventsBefore, let lost):
            return
                "\(region)·\(channel):近期 \(whole(events)) 次,上年同期 \(whole(eventsBefore)) 次;渠道模型估计每月因此少约 \(whole(lost.value)) 人次(\(whole(lost.low))–\(whole(lost.high)))"
        case .actionStill(let id, let region, let indicator, let before, let now):
            return
                "措施 \(id)(\(region)):\(evaluation(.indicator(indicator))) 基准 \(decimal(before)),本月 \(decimal(now)),基本未变"
        case .suggestionLow: return "查明原因:点位、采血队安排或宣传是否减少;必要时加开团体采血"
        case .suggestionHigh: return "总结经验(活动、渠道、团体),在其他区域推广;核对数据是否录重"
        case .suggestionBehind: return "看差距最大的一项:季节 → 调整任务分月;趋势 → 加排团体献血、召回可再次献血者;宣传变化 → 恢复减少的渠道(见调整建议)"
        case .suggestionBehindTrough: return "低谷月将至:提前加排团体献血和街头采血,召回可再次献血者"
        case .suggestionCut: return "恢复该渠道,或说明停用原因"
        case .suggestionCutMoved: return "调整建议已把这些场次移到收益更高的乡镇,按建议执行即可"
        case .suggestionAction: return "复核措施是否落实;必要时调整措施或责任人"
        case .findingName(let code):
            let names = [
                "anomaly-low": "异常偏低", "anomaly-high": "异常偏高", "behind-red": "落后(红灯)",
                "behind-amber": "落后(黄灯)", "channel-cut": "有效渠道减少",
                "action-not-moving": "措施未见效",
            ]
            return names[code] ?? code
        case .windowNote(let from, let to): return "统计期 \(from) 至 \(to),与上年同期比较。"
        case .attributionNote:
            return
                "渠道效果按渠道对应的点位类型归集献血人次(见 Templates/channels.json),多个渠道可能共享同一批献血者,只宜纵向比较;宣传的滞后与饱和效应由 outreach model 估计。"
        case .moreFindings(let shown, let total): return "共 \(total) 条发现,按规模(单位数)列出前 \(shown) 条;全部见 findings.csv。"
        case .stationRow: return "血站"
        case .columnSize: return "规模(单位/月)"
        case .syntheticNote: return "注意:本工作区的历史数据为模拟数据(outreach simulate),仅供演示。"
        case .recorded(let kind, let file, let rows, let added, let removed, let changed, let unchanged):
            return "已录入 \(file)(\(kindName(kind)),\(rows) 行):新增 \(added),删除 \(removed),修改 \(changed),未变 \(unchanged)。"
        case .recordedNothing(let kind, let file, let rows):
            return "\(file)(\(kindName(kind)),\(rows) 行)与已录入的数据完全相同,未作任何更改。"
        case .change(let kind, let key, let fields):
            let verb = ["added": "新增", "removed": "删除", "changed": "修改"][kind] ?? kind
            let names = [
                "visits": "献血人次", "units": "单位数", "first_time": "初次献血", "deferred": "暂缓", "platelet_doses": "血小板治疗量",
                "events": "次数", "reach": "覆盖人数", "cost": "费用", "notes": "备注", "in_stock": "库存", "issued": "发血",
                "collected": "入库",
            ]
            let changes = fields.map {
                (names[$0.name] ?? $0.name) + " " + ($0.before.isEmpty ? "—" : $0.before) + " → "
                    + ($0.after.isEmpty ? "—" : $0.after)
            }
            return "  \(verb) \(key)" + (changes.isEmpty ? "" : ":" + changes.joined(separator: ";"))
        case .unaudited(let file):
            return "警告: \(file) 在上次记录后被改动过(中断的写入或手工修改),已在审计日志中记下。"
        case .refused(let errors): return "发现 \(errors) 个错误,未录入任何数据;请修改文件后重新录入。"
        case .writeFailed(let path, let reason): return "无法写入 \(path):\(reason);原有数据未改动"
        case .workbookWritten(let path, let sheets): return "已写入 \(path)(Excel 工作簿,\(sheets) 个工作表)"
        case .writeUnfinished(let path, let reason):
            return "变更已确定但未完成:\(path) \(reason);问题解决后,下一个写入工作区的命令会自动完成这次变更"
        case .storeBroken: return "records/ 下已录入的数据有错误,请先修正"
        case .actionAdded(let id, let region, let owner, let due, let indicator):
            return "已记录措施 \(id):\(region),责任人 \(owner),期限 \(due),跟踪指标:\(evaluation(.indicator(indicator)))。"
        case .actionClosed(let id): return "措施 \(id) 已关闭。"
        case .actionUnknown(let id, let suggestion):
            return "未知措施 '\(id)'" + (suggestion.map { ";是否想输入 '\($0)'?" } ?? "")
        case .actionAlreadyClosed(let id): return "措施 \(id) 已经关闭"
        case .actionAlreadyStored(let id): return "同样的措施已记录为 \(id)(未重复添加)"
        case .changedMeanwhile(let path): return "本命令运行期间另一个命令修改了 \(path);未写入任何内容,请重新运行"
        case .actionNoOwner(let region): return "\(region) 当前没有负总责的区域领导;请用 --owner 指定责任人"
        case .actionDuePast(let month): return "期限 \(month) 已经过去;请给出本月或以后的月份"
        case .reviewTitle(let workspace, let year, let months):
            return "\(workspace) · \(year)年区域负责制考评(\(months) 个月有数据)"
        case .reviewNoData(let year): return "\(year) 年没有采血数据"
        case .unattributed: return "⚠ 无负责人"
        case .simulated(let months, let regions, let promotion, let donations, let truth):
            return "已生成 \(regions) 个区域 \(months) 个月的模拟数据:宣传 \(promotion) 行,采血 \(donations) 行;真值写入 \(truth)。"
        case .simulatedYear(let year, let visits, let units, let anchorVisits, let anchorUnits, let months):
            let span = months == 12 ? "" : "(1–\(months)月)"
            return
                "  \(year)年\(span):\(whole(visits)) 人次 / \(quantity(units)) U,校准目标 \(whole(anchorVisits)) / \(quantity(anchorUnits))"
        case .simulateNoRegions: return "工作区没有带人口的县级区域,无法模拟"
        case .wrote(let path): return "已写入 \(path)"
        case .demoStep(let text): return "▶ " + text
        case .noRecords: return "尚未录入任何月度数据;请用 outreach record 录入,或用 outreach simulate 生成演示数据"
        case .missingRecords(let table, let months):
            let name = table == .promotion ? "宣传数据" : "采血数据"
            return "\(months.map(\.description).joined(separator: "、")) 没有\(name)(records/\(table.rawValue).csv);"
                + "请先用 outreach record \(table.rawValue) 文件.csv 录入这些月份,再评估"
        }
    }

    private func kindName(_ kind: String) -> String {
        ["promotion": "宣传数据", "donations": "采血数据", "targets": "任务数", "stock": "库存数据"][kind] ?? kind
    }

    func decimal(_ value: Double) -> String { Table.decimal(value, digits: 1, grouped: true) }
}
