import OutreachEvaluation
import OutreachModel

extension ChineseCatalog {
    public func model(_ message: ModelMessage) -> String {
        switch message {
        case .title(let workspace, let month): return "\(workspace) · 宣传渠道效果模型(截至\(month.year)年\(month.month)月)"
        case .fitted(let months, let from, let to, let regions, let channels):
            return "拟合数据:\(from) 至 \(to) 共 \(months) 个月,\(regions) 个区域,\(channels) 个渠道。"
        case .validation(let model, let naive, let months):
            return
                "预测检验:逐月滚动预测最近 \(months) 个月,各区域献血人次平均误差 \(percentWhole(model))(按上年同月推算为 \(percentWhole(naive)))。"
        case .noValidation: return "数据不足两年加一个月,未做滚动预测检验。"
        case .tooFewMonths(let have, let need):
            return "只有 \(have) 个月的宣传和采血数据,至少需要 \(need) 个月才能把渠道效果与季节区分开;目前只能看会议材料中的每次宣传对应人次(比值)。"
        case .tooFewRegions(let have, let need):
            return "只有 \(have) 个区域有数据;模型靠比较同月各区域来区分渠道与季节,至少需要 \(need) 个区域。目前只能看比值。"
        case .noPromotion: return "没有哪个渠道的宣传次数足以估计效果。"
        case .collinear(let channel, let partners, let inflation):
            return
                "\(channel) 与 \(partners.joined(separator: "、")) 基本同步增减(方差膨胀 \(decimal(inflation))),数据无法区分各自的效果;其估计仅供参考,建议中不调整这些渠道。若要区分,可在部分区域错开安排。"
        case .tooFewEvents(let channel): return "\(channel) 的宣传次数太少,未估计效果。"
        case .sectionChannels: return "各渠道效果估计"
        case .columnLastMonth: return "上月次数"
        case .columnPerEvent: return "每次带来献血人次(区间)"
        case .columnMarginal: return "每月再加一次(人次/月)"
        case .columnCarryOver: return "作用月数"
        case .columnHalfSaturation: return "半饱和(次/月/百万人)"
        case .columnSaturation: return "当前饱和度"
        case .columnReliability: return "可靠性"
        case .columnNumber: return "序号"
        case .columnMove: return "建议"
        case .columnGain: return "预计每月增加献血人次"
        case .columnEvidence: return "依据"
        case .columnGainLow: return "增益下限"
        case .columnGainHigh: return "增益上限"
        case .columnFromRegion: return "调出区域代码"
        case .columnFromChannel: return "调出渠道"
        case .columnFromEvents: return "调出次数"
        case .columnToRegion: return "调入区域代码"
        case .columnToChannel: return "调入渠道"
        case .columnToEvents: return "调入次数"
        case .statusEstimated: return "可估计"
        case .statusCollinear: return "无法区分"
        case .statusTooFewEvents: return "次数太少"
        case .method:
            return
                "方法:各区域每月献血人次 = 区域水平 × 人口 × 当月水平 + Σ 渠道效果;渠道效果含滞后(几何衰减)和饱和(Hill 曲线),当月水平吸收季节、节假日和增长,渠道效果只从同月各区域宣传多少的差异中识别。区间为按月自助抽样的 80% 区间。"
        case .suggestTitle(let workspace, let month):
            return "\(workspace) · \(month.year)年\(month.month)月宣传重点调整建议"
        case .sectionSuggestions(let month): return "宣传重点调整建议(\(month.year)年\(month.month)月)"
        case .budgetEvents(let total): return "前提:宣传总次数保持上月的 \(whole(total)) 次。"
        case .budgetCost(let total): return "前提:宣传总费用不超过上月的 \(whole(total)) 元。"
        case .staff(let now, let suggested, let capacity):
            return "人力:上月 \(whole(now)) 人日,建议 \(whole(suggested)) 人日,上限 \(whole(capacity)) 人日(近12个月最多投入的人日)。"
        case .totalGain(let gain, let current):
            return "全部照做并坚持数月后,预计每月多献血 \(signed(gain.value)) 人次(区间 \(range(gain)));上月安排的宣传约带来每月 \(whole(current)) 人次。"
        case .moveRegions(let count, let channel, let from, let to): return "将 \(count) 次\(channel)从\(from)调到\(to)"
        case .moveDrives(let count, let drive, let from, let to): return "\(from)少 \(count) 场\(drive),\(to)多 \(count) 场"
        case .drivesWith(let drive, let lead): return "\(drive)(含\(lead))"
        case .drivesWithout(let drive, let lead): return "\(drive)(无\(lead))"
        case .townshipIn(let county, let township): return county + township
        case .experimentDesigned(let id, let channel, let start, let end, let townships, let expected, let current):
            let now = current.map { "目前模型的区间为 \(decimal($0.low))–\(decimal($0.high)) 人次" } ?? "目前模型无法估计"
            return
                "试验 \(id):\(channel),\(start) 至 \(end);多做 \(townships[0]) 个、照常 \(townships[1]) 个、少做 \(townships[2]) 个乡镇(按县和人口分层随机分组)。"
                + "试验结束后,每多一次带来的人次预计可估计到 ±\(decimal(expected))(80% 区间);\(now)。已记入 records/experiments.csv,请按下表安排各乡镇每月次数并照常录入宣传和采血数据。"
        case .experimentArm(let arm):
            switch arm {
            case .more: return "多做(1.7 倍)"
            case .usual: return "照常"
            case .fewer: return "少做(0.3 倍)"
            }
        case .experimentOverlaps(let id, let start, let end):
            return "该渠道已有试验 \(id)(\(start) 至 \(end));同一渠道同时只能有一个试验,请用 --start 选其后的月份"
        case .columnArm: return "组别"
        case .columnEventsPerMonth: return "每月次数"
        case .experimentUnknownChannel(let channel): return "模型中没有渠道 \(channel) 的宣传记录,无法设计试验"
        case .experimentTooFewRegions(let channel, let count):
            return "近12个月只有 \(count) 个乡镇开展过 \(channel),至少需要 3 个才能分组比较"
        case .experimentStatus(let id, let channel, let start, let end, let status, let recorded, let lift):
            let state: String
            switch status {
            case .planned: state = "尚未开始"
            case .running: state = "进行中(已有 \(recorded) 个月数据)"
            case .finished: state = "已结束"
            }
            let shown =
                lift.map { ";多做组比少做组每多一次多 \(decimal($0.value)) 人次(\(decimal($0.low))–\(decimal($0.high)))" } ?? ""
            return "试验 \(id)(\(channel),\(start) 至 \(end)):\(state)\(shown)。"
        case .moveChannels(let region, let count, let from, let toCount, let to):
            return "\(region):少做 \(count) 次\(from),多做 \(toCount) 次\(to)"
        case .moveAny(let count, let channel, let region, let toCount, let toChannel, let toRegion):
            return "\(region)少做 \(count) 次\(channel),\(toRegion)多做 \(toCount) 次\(toChannel)"
        case .addOnly(let count, let channel, let region): return "\(region)多做 \(count) 次\(channel)"
        case .removeOnly(let count, let channel, let region): return "\(region)少做 \(count) 次\(channel)"
        case .gain(let gain): return "\(signed(gain.value))(\(range(gain)))"
        case .actionText(let move, let gain):
            return "\(move)(预计每月 \(signed(gain.value)) 人次,区间 \(range(gain)))"
        case .evidenceDriveTo(let region, let drive, let estimate):
            return "\(region)每月多一场\(drive)约 +\(decimal(estimate.value)) 人次(\(range(estimate)))"
        case .evidenceDriveFrom(let region, _, let estimate):
            return "\(region)每月少一场约 \(loss(estimate.value)) 人次(\(range(estimate)))"
        case .evidenceTo(let region, let channel, let estimate):
            return "\(region)每月多一次\(channel)约 +\(decimal(estimate.value)) 人次(\(range(estimate)))"
        case .evidenceFrom(let region, let channel, let estimate):
            return "\(region)每月少一次\(channel)约 \(loss(estimate.value)) 人次(\(range(estimate)))"
        case .held(let channel, let reason):
            switch reason {
            case .fixed: return "\(channel):按需开展,不参与调整"
            case .notEstimated: return "\(channel):数据不足以估计,不调整"
            case .collinear(let partners): return "\(channel):与 \(partners.joined(separator: "、")) 无法区分,不调整"
            case .offSeason: return "\(channel):上年同月没有开展(如学校假期),不增加"
            }
        case .noMoves: return "按模型估计,上月的安排已接近最优(或证据不足),不建议调整。"
        case .suggestNote(let coverage, let agreement):
            return
                "说明:增加人次指按建议安排坚持数月(滞后效应累积后)每月的预计增加;括号内为 \(percentWhole(coverage)) 区间;只列出至少 \(percentWhole(agreement)) 的自助抽样拟合认为有益的调整。每区域每渠道的次数最多变动上月的一半或 2 次。"
        case .moreMoves(let count): return "另有 \(count) 项较小的调整,见 outreach suggest。"
        case .notFitted: return "没有可用的渠道模型,无法给出调整建议。"
        case .unknownSuggestion(let number, let count):
            return count == 0 ? "本月没有调整建议,无法按第 \(number) 项记录措施" : "没有第 \(number) 项建议;本月建议为第 1 至 \(count) 项"
        case .costMissing(let channels):
            return "这些渠道没有录入费用:\(channels.joined(separator: "、"));请在宣传数据中填写 cost 列,或使用 --budget events"
        }
    }

}
