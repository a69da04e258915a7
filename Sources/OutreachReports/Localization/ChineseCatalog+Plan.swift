import OutreachModel
import OutreachPlanning

extension ChineseCatalog {
    public func plan(_ message: PlanMessage) -> String {
        switch message {
        case .title(let name, let workspace, let from, let to): return "\(workspace) 采血活动计划「\(name)」 \(from) 至 \(to)"
        case .totals(let drives, let turnout, let donations, let units, let target, let expected):
            return "活动 \(drives) 场:预计到场 \(whole(turnout)) 人,献血 \(whole(donations)) 人次,采血 \(quantity(units)) U;"
                + "加上固定点合计 \(quantity(expected)) U,任务 \(quantity(target)) U"
        case .objective(let value, let bound, let gap, let greedy, let localOptimum):
            return "目标函数 \(quantity(value))(上界 \(quantity(bound)),差距 \(percent(gap));贪心初解 \(quantity(greedy))"
                + (localOptimum ? ",已达局部最优)" : ",未完全收敛)")
        case .objectiveTerms(let target, let group, let fairness, let travel):
            return "  = 任务得分 \(quantity(target))" + (group.map { " + 短缺血型加权 \(quantity($0))" } ?? "")
                + " − 公平扣分 \(quantity(fairness)) − 路程扣分 \(quantity(travel))"
        case .lab(let peak, let capacity, let fullDays, let mean):
            return "检验负荷:日均 \(whole(mean)) 份,最高 \(whole(peak)) 份(能力 \(whole(capacity)) 份/日),满负荷 \(fullDays) 天"
        case .saved(let path): return "计划已保存:\(path)"
        case .replan(let from, let kept, let unchanged, let teamChanged, let removed, let added):
            return
                "自 \(from) 起重新计划:此前保留 \(kept) 场;此后不变 \(unchanged) 场,换队 \(teamChanged) 场,取消 \(removed) 场,新增 \(added) 场(共变动 \(teamChanged + removed + added) 场)"
        case .notice(let notice): return noticeText(notice)
        case .shortfall(let reason, let blocking): return shortfallText(reason, blocking)
        case .rule(let rule): return ruleText(rule)
        case .error(let error): return errorText(error)
        case .source(let source): return sourceText(source)
        case .origin(let origin):
            switch origin {
            case .planned: return "计划"
            case .pinned: return "固定"
            case .kept: return "保留"
            }
        case .openingSpan(let days, let opens, let closes):
            let names = days.map { plan(.weekday($0)) }
            let isRun = days.count > 2 && days.last!.rawValue - days.first!.rawValue == days.count - 1
            return (isRun ? names.first! + "至" + names.last! : names.joined(separator: "、")) + " \(opens)–\(closes)"
        case .spanSeparator: return ";"
        case .sectionSolver: return "附录:求解情况"
        case .viewTitle(let who, let plan, let from, let to): return "\(who) · 计划 \(plan) · \(from) 至 \(to)"
        case .publicCalendarName(let workspace): return "\(workspace) · 流动采血安排"
        case .publicTitle(let workspace, let from, let to): return "\(workspace) 流动献血车时间表(\(from) 至 \(to))"
        case .publicFooter: return "时间如有变动以当日通知为准。献血前请吃清淡早餐、带身份证;年龄 18–55 周岁,多次献血者可至 60 周岁。"
        case .fixedSitesHeading: return "固定献血屋"
        case .planNotFound(let name, let available):
            return "找不到计划 '\(name)'"
                + (available.isEmpty
                    ? ";还没有保存的计划,请先运行 outreach plan --from … --to …" : ";已有:\(available.joined(separator: "、"))")
        case .invalidPlanName(let name): return "计划名称 '\(name)' 不可用作文件名;只用字母、数字、-、_ 和 .,且不以 . 开头"
        case .driveNotInPlan(let id, let suggestion):
            return "计划中没有活动 '\(id)'" + (suggestion.map { ";是否要找 '\($0)'?" } ?? ";用 outreach plan show NAME 查看活动编号")
        case .invalidDrive(let text): return "'\(text)' 不是活动编号;格式为 点位编号-YYYYMMDD,如 V016-20270104"
        case .invalidBlock(let text): return "'\(text)' 不是不可用日期;格式为 编号:YYYY-MM-DD 或 编号:YYYY-MM-DD..YYYY-MM-DD"
        case .unreadable(let path): return "无法读取 \(path):"
        case .writeFailed(let path, let reason): return "无法写入 \(path):\(reason);原文件未改动"
        case .exported(let path, let candidates): return "规划实例已写入 \(path)(候选活动 \(candidates) 个)"
        case .explainHeading(let drive, let venue, let date, let team, let campaign):
            return "活动 \(drive):\(date) \(venue),\(campaign),\(team)"
        case .explainTurnout(let turnout, let donations, let units):
            return "预计到场 \(quantity(turnout)) 人,献血 \(quantity(donations)) 人次,采血 \(quantity(units)) U"
        case .explainPool(let before, let full):
            return "当日可献血人群 \(whole(before)) 人(点位满员 \(whole(full)) 人;此前献过血、尚未到间隔期的人不计)"
        case .explainTarget(let region, let month, let target, let without, let gap):
            guard let target else { return "\(region) \(month) 没有任务数;本场只按超额(储备)计分" }
            return "\(region) \(month) 任务 \(quantity(target)) U,不含本场预计 \(quantity(without)) U,本场所补缺口 \(quantity(gap)) U"
        case .explainGain(let gain): return "本场使目标函数增加 \(quantity(gain))"
        case .explainAlternative(let venue, let date, let team, let campaign, let units, let gain):
            return "次优方案:\(date) \(venue),\(campaign),\(team):采血 \(quantity(units)) U,目标函数增加 \(quantity(gain))"
        case .explainNoAlternative(let considered): return "没有可替代的方案(考察了 \(considered) 个候选)"
        case .explainVerdict(let better):
            return better ? "注意:次优方案得分更高,计划尚未完全收敛;可用更大的 polishPasses 重新计划" : "本场不逊于次优方案,故保留本场。"
        case .scoreSummary(let value, let drives, let violations):
            return "活动 \(drives) 场,目标函数 \(quantity(value)),违反硬性规则 \(violations) 处"
        case .violation(let drive, let rule): return "\(drive):\(ruleText(rule))"
        case .checkerFailed(let count): return "内部检查发现计划违反硬性规则 \(count) 处,计划未保存;请把命令和数据报告给维护者"
        case .weekday(let day): return ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][day.rawValue - 1]
        case .sectionTargets: return "各区域月度任务"
        case .sectionTeams: return "采血队出车"
        case .sectionDrives: return "活动安排"
        case .sectionNotices: return "提示"
        }
    }

    private func noticeText(_ notice: PlanNotice) -> String {
        switch notice {
        case .holidaysMissing(let year):
            return
                "\(year) 年官方放假调休安排尚未收录:法定节假日已按法定日期排除,但连休日和调休上班日未知,周末一律按休息日计;公布后请更新 Templates/calendar/cn-holidays.json 并重新计划"
        case .calendarUnknown(let schedule, let from):
            return "可用日 '\(schedule)' 自 \(from) 起日历中无数据,相关点位此后未安排;请在 calendar.json 中补充"
        case .regionWithoutTarget(let region, let venues):
            return "区域 \(region) 没有任务数(\(venues) 个点位),其活动只按超额计分;请在 targets.csv 中补充"
        case .keptDriveDropped(let id): return "保留的活动 \(id) 的点位、模板或采血队已不存在,已去掉"
        }
    }

    private func shortfallText(_ reason: ShortfallReason, _ blocking: (venue: String, date: CivilDate)?) -> String {
        let drive = blocking.map { "\($0.date) \($0.venue)" } ?? ""
        switch reason {
        case .noVenue: return "区域内没有可安排活动的点位"
        case .venuesClosed: return "点位本月均不开放(假期、圩日、节假日或日历缺数据)"
        case .leadTime: return "距今太近,来不及筹备(提前期)"
        case .teamCapacity: return "本月采血队可出车的日子已全部排满"
        case .revisitInterval:
            return blocking == nil ? "点位近期已采过,献血者未到间隔期" : "点位已于 \(drive) 采过,献血者未到间隔期"
        case .recentDonations: return "导入记录显示点位多数献血者近期已献过,未到间隔期"
        case .venueBookedElsewhere:
            return blocking == nil ? "点位的活动排在计划的其他日子,间隔期内不能再去" : "点位的活动排在 \(drive),间隔期内不能再去"
        case .noOpenVenueDay: return "采血队空闲的日子点位不开放"
        case .labCapacity: return "检验能力已满"
        case .poolExhausted: return "可去的点位少或可献血人群已用尽,再安排收效甚微"
        }
    }

    private func ruleText(_ rule: RuleBreak) -> String {
        switch rule {
        case .unknownVenue(let id): return "没有点位 '\(id)'"
        case .unknownTemplate(let id): return "没有活动模板 '\(id)'"
        case .unknownTeam(let id): return "没有采血队 '\(id)'"
        case .outsideHorizon: return "日期不在计划期内"
        case .venueNotForDrives: return "固定献血屋按开放时间采血,不安排流动活动"
        case .venueClosed(let schedule): return "点位当日不开放(可用日 '\(schedule)')"
        case .statutoryHoliday(let holiday): return "当日是法定节假日(\(holidayName(holiday))),不安排流动采血"
        case .calendarUnknown(let schedule): return "日历中没有可用日 '\(schedule)' 当日的数据"
        case .campaignNotAllowed(let template): return "活动模板 \(template) 当日不能举办(月份、工作日或纪念日规则)"
        case .campaignNotForVenue(let template): return "活动模板 \(template) 不适用于该类点位"
        case .teamNotWorking(let team): return "采血队 \(team) 当日不出车"
        case .teamUnsuited(let team, let template): return "采血队 \(team) 人员不足以承担 \(template)"
        case .noTeamAvailable: return "当日没有可出车且人员足够的采血队"
        case .tooFar(let team): return "点位超出采血队 \(team) 的出车范围(maximumTravelSteps)"
        case .blocked(let subject): return "\(subject) 当日已标为不可用(--block)"
        case .teamBusy(let team, let other): return "采血队 \(team) 当日已有活动 \(other)"
        case .venueBusy(let other): return "点位当日已有活动 \(other)"
        case .revisitTooSoon(let other, let days, let minimum): return "距同一点位的活动 \(other) 仅 \(days) 天,至少需 \(minimum) 天"
        case .teamMonthFull(let team, let maximum):
            return "采血队 \(team) 本月已排满 \(maximum) 天(stock.json 的 maximumTeamDaysPerMonth)"
        case .labCapacity(let samples, let capacity): return "当日检验样本 \(whole(samples)) 份,超过能力 \(whole(capacity)) 份"
        case .leadTime(let days, let required): return "距制定计划仅 \(days) 天,少于筹备所需 \(required) 天"
        case .notACandidate: return "实例中没有该候选活动(点位不开放或模板当日不适用)"
        case .beforeLeadTime: return "早于活动筹备期(实例标记为不满足提前期)"
        case .fixedDriveMissing: return "排班缺少必须保留的活动(保留或固定)"
        case .expectationMismatch(let field, let stored, let expected):
            return "\(field) 记为 \(quantity(stored)),按模型应为 \(quantity(expected))"
        }
    }

    private func errorText(_ error: PlanningError) -> String {
        switch error {
        case .horizonEndsBeforeStart(let from, let to): return "计划末日 \(to) 早于首日 \(from)"
        case .horizonInPast(let to, let today): return "计划期已过去(末日 \(to) 早于今天 \(today));请给出今天以后的日期"
        case .horizonTooLong(let days, let maximum): return "计划期 \(days) 天,最长 \(maximum) 天;请分段计划"
        case .unknownRegion(let name, let suggestion):
            return "没有区域 '\(name)'" + (suggestion.map { ";是否要找 '\($0)'?" } ?? "")
        case .noTeams: return "工作区没有流动采血队(teams.csv 中 bloodmobile 或 collection-team);请先添加"
        case .noDonationRules: return "缺少献血规则 Templates/rules/donation.json,无法计算间隔期"
        case .unknownBlockSubject(let id, let suggestion):
            return "--block 中的 '\(id)' 既不是点位也不是采血队" + (suggestion.map { ";是否要找 '\($0)'?" } ?? "")
        case .unknownPinVenue(let id, let suggestion):
            return "--pin 中没有点位 '\(id)'" + (suggestion.map { ";是否要找 '\($0)'?" } ?? "")
        case .infeasiblePin(let id, let rule): return "无法固定活动 \(id):\(ruleText(rule))"
        }
    }

    private func sourceText(_ source: TargetSource?) -> String {
        guard let source else { return "—" }
        switch source.kind {
        case .monthly: return "月度任务(targets.csv 第 \(source.line) 行)"
        case .annualShare:
            return
                "年度 \(whole(source.annualUnits ?? 0)) U 中剩余 \(whole(source.remainingUnits ?? 0)) U × \(percent(source.share ?? 0))(targets.csv 第 \(source.line) 行)"
        }
    }

    func holidayName(_ holiday: StatutoryHoliday) -> String {
        switch holiday {
        case .newYear: return "元旦"
        case .springFestival: return "春节"
        case .qingming: return "清明节"
        case .labourDay: return "劳动节"
        case .dragonBoat: return "端午节"
        case .midAutumn: return "中秋节"
        case .nationalDay: return "国庆节"
        }
    }
}
