import OutreachModel

/// 简体中文:所有面向用户的文字。
public struct ChineseCatalog: Catalog {
    public init() {}

    public func text(_ phrase: Phrase) -> String {
        switch phrase {
        case .appAbstract: return "血站献血招募与区域宣传规划工具:区域、区域领导、献血点位与活动模板。"
        case .regionsAbstract: return "显示区域树:类型、区划代码、人口,以及某日负总责的区域领导。"
        case .leadersAbstract: return "显示区域领导:身份、负责区域、人口与点位数(工作量)及起始日期。"
        case .assignAbstract: return "记录区域负责关系的变更;保留历史,原负责期截至新起始日前一天。"
        case .checkAbstract: return "检查整个工作区,一次列出全部错误与警告。"
        case .optionWorkspace: return "工作区目录(否则取 OUTREACH_WORKSPACE,再否则为 Regions/maoming)"
        case .optionTemplates: return "模板目录(否则取 OUTREACH_TEMPLATES,再否则为工作区上方最近的 Templates)"
        case .optionLang: return "输出语言:zh(默认)或 en"
        case .optionFormat: return "输出格式:text、json、csv 或 md"
        case .optionHelp: return "显示帮助"
        case .optionVersion: return "显示版本"
        case .optionAt: return "查看日期 YYYY-MM-DD(默认今天)"
        case .optionDepth: return "最多显示的层级数(1 = 只显示起点区域)"
        case .optionFrom: return "新负责期起始日期 YYYY-MM-DD"
        case .optionTo: return "新负责期截止日期 YYYY-MM-DD(不填表示长期)"
        case .optionReason: return "变更原因(记入历史)"
        case .optionStrict: return "警告也按错误处理(退出码 1)"
        case .argumentRegionFilter: return "只显示该区域及其下级(代码或名称)"
        case .argumentRegion: return "区域(代码或准确名称)"
        case .argumentLeader: return "区域领导(编号或准确姓名)"
        case .usageLabel: return "用法"
        case .argumentsLabel: return "参数"
        case .optionsLabel: return "选项"
        case .commandsLabel: return "命令"
        case .columnsLabel: return "文件的列(表头写英文名或任一中文名均可)"
        case .requiredLabel: return "必填"
        case .subcommandsLabel: return "子命令"
        case .defaultLabel: return "默认"
        case .columnRegion: return "区域"
        case .columnKind: return "类型"
        case .columnCode: return "代码"
        case .columnDepth: return "层级"
        case .columnParentCode: return "上级代码"
        case .columnLeaderID: return "领导编号"
        case .columnHeldThrough: return "经由区域代码"
        case .columnPopulationYear: return "人口年份"
        case .columnPopulationSource: return "人口来源"
        case .columnRegionCodes: return "区域代码"
        case .columnChannelCode: return "渠道代码"
        case .columnPerEventLow: return "每次效果下限"
        case .columnPerEventHigh: return "每次效果上限"
        case .columnMarginalLow: return "边际效果下限"
        case .columnMarginalHigh: return "边际效果上限"
        case .columnCarryOverRate: return "延续系数"
        case .columnVarianceInflation: return "离散倍数"
        case .columnFindingCode: return "发现代码"
        case .columnPopulation: return "人口"
        case .columnLeader: return "区域领导"
        case .columnHeld: return "负责方式"
        case .columnSince: return "起始日期"
        case .columnID: return "编号"
        case .columnName: return "姓名"
        case .columnRole: return "身份"
        case .columnBranch: return "所在支部"
        case .columnRegionsHeld: return "直接负责区域"
        case .columnVenues: return "点位数"
        case .heldDirectly: return "直接负责"
        case .noLeader: return "⚠ 无负责人"
        case .notAvailable: return "—"
        case .severityError: return "错误"
        case .severityWarning: return "警告"
        case .checkClean: return "未发现问题。"
        case .planAbstract: return "制定采血活动计划:按月度任务安排高校、机关、乡镇圩日、企业和街头采血,保存到 plans/NAME.json"
        case .planShowAbstract: return "查看已保存的计划:全市、某位区域领导、某个采血队、某个区域,或对外公布的献血车时间表"
        case .planExplainAbstract: return "说明计划中某场活动为何这样安排:预计人数、剩余可献血人群、所补的任务缺口与次优方案"
        case .planScoreAbstract: return "按导出的实例给任意排班打分,并列出违反的全部硬性规则"
        case .optionPlanFrom: return "计划首日 YYYY-MM-DD(默认下月1日)"
        case .optionPlanTo: return "计划末日 YYYY-MM-DD(默认三个月;最长一年)"
        case .optionPlanRegion: return "只为该区域及其下级制定计划(代码或名称)"
        case .optionSeed: return "随机种子(相同输入与种子得到相同计划)"
        case .optionPlanName: return "计划名称(文件名;默认按起止日期命名)"
        case .optionPin: return "固定活动,如 V016-20270104(可重复或用逗号分隔)"
        case .optionBlock: return "不可用日期:点位或采血队,如 V016:2027-01-04 或 T02:2027-02-01..2027-02-07(可重复)"
        case .optionReplanFrom: return "从该日起重新计划;此前的活动保持不变"
        case .optionExportInstance: return "把规划实例(全部候选活动与约束)写成 JSON 文件"
        case .optionShortage: return "包括只在血液紧张时举办的活动(紧急呼吁、固定点延时)"
        case .optionLeaderView: return "只看该区域领导负责区域内的活动"
        case .optionTeamView: return "只看该采血队的排班"
        case .optionRegionView: return "只看该区域及其下级的活动"
        case .optionPublic: return "对外公布的献血车时间表(只含地点、日期和时间)"
        case .optionInstance: return "plan --export-instance 导出的实例文件"
        case .optionPlanFormat: return "输出格式:text、md、html、csv、ics、json 或 xlsx(需 --output)"
        case .argumentPlanName: return "计划名称(plans/ 下的文件名,不含 .json)"
        case .argumentDrive: return "活动编号,如 V016-20270104"
        case .argumentSchedule: return "要打分的排班 JSON(计划文件即可)"
        case .columnMonth: return "月份"
        case .columnTarget: return "任务数(U)"
        case .columnSource: return "任务来源"
        case .columnFixedSites: return "固定点(U)"
        case .columnDrives: return "活动场次"
        case .columnDriveUnits: return "活动(U)"
        case .columnExpected: return "预计合计(U)"
        case .columnAttainment: return "完成率"
        case .columnShortfall: return "缺口(U)"
        case .columnReason: return "缺口原因"
        case .columnDate: return "日期"
        case .columnWeekday: return "星期"
        case .columnTime: return "时间"
        case .columnVenue: return "地点"
        case .columnCampaign: return "活动类型"
        case .columnTeam: return "采血队"
        case .columnTurnout: return "预计到场"
        case .columnUnits: return "预计采血(U)"
        case .columnAddress: return "地址"
        case .columnWorkingDays: return "工作日数"
        case .columnUtilisation: return "出车率"
        case .columnPool: return "可献血人群"
        case .columnOrigin: return "来源"
        case .columnHours: return "开放时间"
        case .recordPromotionAbstract: return "录入月度宣传数据(月份、区域、渠道、次数);同一月份重新录入即替换该月"
        case .recordDonationsAbstract: return "录入月度采血数据(月份、区域、点位类型、人次、单位数);同一月份重新录入即替换该月"
        case .recordStockAbstract: return "录入每日库存(日期、血型、成分、库存、发血,可含入库);文件中的月份整体替换"
        case .stockAbstract: return "血液库存:各血型、成分的供应天数与预警级别,近 90 天趋势与未来 14 天预计;--brief 为保供简报"
        case .simulateStockAbstract: return "按采血记录模拟一个像 2022–23 年的冬季库存(11 月起走低、春节后用血激增),写成可录入的库存文件"
        case .optionStockAt: return "日期 YYYY-MM-DD(默认最后一条库存记录的日期)"
        case .optionStockBrief: return "一页 A4 的保供简报:级别、供应天数、保供计划每周安排、定向召回与预计恢复日期"
        case .optionStockPlan: return "预计采集所用的计划(默认覆盖该日之后的最新计划)"
        case .argumentStockOutput: return "写入的库存文件(CSV)"
        case .optionStockSeed: return "随机种子(相同种子得到相同库存)"
        case .optionRecallTop: return "只列出应答可能最大的 N 人(按可再次献血后的时间排序)"
        case .optionIgnoreStock: return "不按库存预警制定保供计划(用于对照)"
        case .optionBloodGroup: return "血型,如 A+、O-(需已导入献血者血型)"
        case .recordTargetsAbstract: return "录入任务数(区域、期间、单位数);文件中的期间整体替换"
        case .briefAbstract: return "区域领导的一页简报:所负责区域的完成率与红黄绿灯、本月和下月的采血活动、本人的整改措施和相关发现"
        case .evaluateAbstract: return "生成月度评估会材料:指标、红黄绿灯、排名、发现与建议、整改措施,输出 HTML、Markdown 和 CSV"
        case .experimentDesignAbstract:
            return "为效果不明的渠道设计试验:按县和人口分层随机把乡镇分为多做、照常、少做三组,给出预计区间并记入 records/experiments.csv"
        case .optionExperimentChannel: return "要试验的渠道(代码或名称)"
        case .optionExperimentMonths: return "试验月数(默认 3)"
        case .optionTownships: return "参加的乡镇数(默认为近12个月开展过该渠道的全部乡镇)"
        case .optionStart: return "开始月份(默认为最近有记录月份的下一个月)"
        case .actionsAddAbstract: return "记录评估会决定的整改措施,默认由区域当月负总责的领导负责"
        case .actionsListAbstract: return "列出整改措施及其跟踪指标"
        case .actionsCloseAbstract: return "关闭整改措施并记录结果"
        case .reviewAbstract: return "党支部年度考评:每位区域领导负责的区域与期间、完成情况、评价与排名"
        case .simulateAbstract: return "按记录在案的真值模型生成模拟的月度宣传与采血数据(校准到茂名公布数据),并写出真值"
        case .demoAbstract: return "在样例数据的临时副本上演示完整流程(校准、计划、录入、评估、措施),材料写到 ./outreach-demo/"
        case .argumentFile: return "CSV 文件(UTF-8、带 BOM 的 UTF-8 或 GB18030)"
        case .argumentAction: return "措施编号,如 A001"
        case .optionBy: return "录入人姓名(记入审计日志)"
        case .optionMonth: return "评估月份 YYYY-MM(默认最近录入的月份)"
        case .optionOutput: return "材料输出目录(默认 ./evaluation-YYYY-MM)"
        case .optionSheet: return "读取 .xlsx 的哪个工作表(默认第一个)"
        case .optionTableOutput: return "工作簿文件(--format xlsx 时必填),可用 Excel、WPS 直接打开"
        case .optionActionRegion: return "措施所在区域(代码或名称)"
        case .optionText: return "措施内容"
        case .optionDue: return "期限 YYYY-MM"
        case .optionOwner: return "责任人(编号或姓名;默认区域当月负总责的领导)"
        case .optionIndicator: return "跟踪指标(默认 yearToDateAttainment)"
        case .optionResult: return "结果说明"
        case .optionOpenOnly: return "只列未完成的"
        case .optionOverdueOnly: return "只列逾期的"
        case .optionYear: return "考评年度 YYYY(默认今年)"
        case .optionYears: return "模拟年数(默认 5)"
        case .optionThrough: return "模拟截至月份 YYYY-MM(默认上月)"
        case .calibrateAbstract:
            return "按本站记录校准规划参数(季节、固定点日采血量、各点位每场献血人次、每人单位数、暂缓率、初次献血占比),写入 calibration.json,并回测最近 4 个季度"
        case .backtestAbstract: return "回测:对最近几个已结束的季度,只用其之前的月份校准,预测各区县每月单位数,并与记录和两种基准比较"
        case .optionCalibrateThrough: return "只用到该月(含)为止的记录 YYYY-MM(默认最后一个记录月份)"
        case .optionQuarters: return "回测的季度数(默认 4)"
        case .modelAbstract: return "估计各宣传渠道的效果:每次带来的献血人次、滞后、饱和、再加一次的边际效果,并做预测检验"
        case .suggestAbstract: return "在下月人力和次数(或费用)不变的前提下,建议把哪些宣传从哪里调到哪里,附预计增加人次与区间"
        case .optionBudget: return "保持不变的总量:events(宣传次数,默认)或 cost(费用)"
        case .optionFromSuggestion: return "按 outreach suggest 的第 N 项建议记录措施(区域、内容和期限取自建议)"
        case .recallAbstract: return "列出在某段时间内可再次献血的献血者(加密编号,供献血管理系统或短信平台关联),并按区域和周统计"
        case .poolsAbstract: return "各区域和点位的可献血人群:某日及其后几个月可再次献血的人数"
        case .optionFromDate: return "开始日期 YYYY-MM-DD"
        case .optionToDate: return "结束日期 YYYY-MM-DD"
        case .optionVenue: return "只看该点位(编号或名称)"
        case .optionDonationType: return "下次献血类型:whole-blood(默认)或 platelets"
        case .optionRecallOutput: return "名单写入的文件(默认 recall-开始-结束.csv;以 .xlsx 结尾则写成工作簿,编号保留前导零)"
        case .optionRecallExport:
            return "本站献血管理系统的导出(与导入时同一格式):名单改用其中的献血者编号,可直接导入短信平台;不读取、不写出姓名、身份证号、电话、地址"
        case .optionPoolDate: return "日期 YYYY-MM-DD(默认今天)"
        case .simulateExportAbstract:
            return
                "把工作区模拟历史中的献血写成一份血液管理系统导出(通用格式,人员均为虚构;默认为模拟记录的最后 12 个月),用于试用 import records、recall、pools 和 calibrate"
        case .argumentExportOutput: return "写入的 CSV 文件"
        case .optionGB18030: return "以 GB18030 编码写出(中文 Excel 的默认编码);默认 UTF-8"
        case .optionBadRows: return "故意含错误的行所占百分比(1–50),用于试用错误报告和 --skip-bad-rows"
        case .optionExportSeed: return "随机种子,仅在工作区没有模拟历史时使用(有则沿用其种子);相同的种子和选项写出相同的文件"
        case .importRecordsAbstract:
            return "导入血液管理系统导出的献血记录(每次献血一行):按月、区域、点位类型汇总采血数据,献血者只保存加密编号"
        case .argumentExport: return "导出的 CSV 文件(UTF-8、带 BOM 的 UTF-8 或 GB18030;可达数百万行)"
        case .optionMapping: return "导入映射 Templates/imports/NAME.json(默认 generic)"
        case .optionDryRun: return "只显示将做的更改(按月份:新增、删除、修改的行及前后合计),不写入任何数据"
        case .optionReplace:
            return "允许删除已录入的行或使某月合计明显下降(默认拒绝);原有版本保存在 records/history/,可用 outreach undo 恢复"
        case .historyAbstract: return "列出审计日志中的数据更改,标出 outreach undo 可撤销的"
        case .undoAbstract: return "撤销最近一次数据更改(录入、导入、模拟、措施),恢复更改前的版本"
        case .optionAll: return "列出全部更改(默认最近 20 次)"
        case .initAbstract: return "按国家统计用区划代码为一个城市建立新的工作区"
        case .argumentInitFolder: return "新工作区的文件夹(须不存在或为空)"
        case .optionCity: return "城市名(如 十堰市)或 4 位区划代码(如 4203)"
        case .optionDownTo: return "区域细到哪一级:county(县级,默认)或 township(乡镇街道)"
        case .optionRejectedFile: return "跳过的行写入的文件(默认导出文件旁的 .rejected.csv;以 .xlsx 结尾则写成工作簿)"
        case .optionSkipBadRows: return "跳过有错误的行(写入旁边的 .rejected.csv),导入其余行;默认有任何错误即整份不导入"
        case .optionModelMonth: return "用截至该月 YYYY-MM 的数据(默认最近录入的月份);建议针对下一个月"
        case .optionEvaluationFormat: return "输出格式:text、md、html、csv 或 json"
        case .assignUnchanged: return "该负责关系已有记录,未作任何更改。"
        }
    }

    public func problem(_ kind: ProblemKind) -> String {
        switch kind {
        case .missingFile: return "找不到该文件;请按 README 中的格式创建它"
        case .unreadableFile(let cause): return "无法读取该文件:" + describe(cause)
        case .fileShape(let shape):
            switch shape {
            case .titleRow(let line): return "第 1 行像标题行,表头在第 \(line) 行;请删除标题行后再录入"
            case .tabSeparated: return "文件以制表符分隔;请在 Excel/WPS 中另存为“CSV UTF-8(逗号分隔)”"
            case .semicolonSeparated: return "文件以分号分隔;请在 Excel/WPS 中另存为“CSV UTF-8(逗号分隔)”"
            case .utf16: return "文件是 UTF-16(“Unicode 文本”);请另存为“CSV UTF-8(逗号分隔)”"
            case .oldOrEncryptedWorkbook:
                return "这是 Excel 97-2003 的 .xls 或设了密码的工作簿;请在 Excel/WPS 中另存为 .xlsx(不设密码)或“CSV UTF-8”"
            }
        case .workbook(let problem):
            switch problem {
            case .damaged: return "工作簿已损坏或不完整,无法读取;请在 Excel/WPS 中重新保存为 .xlsx"
            case .badChecksum: return "工作簿中的数据与校验值不符(文件在传输或保存时损坏);请重新保存或重新发送"
            case .noSuchSheet(let name, let available):
                return "没有名为 '\(name)' 的工作表;可选:" + available.joined(separator: "、") + "(用 --sheet 选择工作表)"
            case .formulaWithoutValue: return "此单元格是公式但没有保存计算结果;请在 Excel/WPS 中打开后保存一次,或把公式粘贴为数值"
            case .errorValue(let value): return "此单元格的值是错误 \(value);请更正公式或填入数值"
            case .mergedHeader(let range):
                return "表头有跨列合并的单元格 \(range)(两行表头);请取消合并,只留一行表头,每列一个列名"
            }
        case .undecodableText: return "该行含有既非 UTF-8 也非 GB18030 的字节;请在 Excel/WPS 中另存为“CSV UTF-8”"
        case .unterminatedQuote: return "引号未闭合:此处开始的带引号字段没有结束引号;请补上 \" 或删除多余的引号"
        case .missingColumn(let column): return "表头缺少必需的列 '\(column)';请在第一行加上该列名"
        case .unknownColumn(let column, let suggestion):
            return "未知列 '\(column)',将被忽略" + hint(suggestion)
        case .fieldCount(let expected, let found) where found > expected:
            return "该行有 \(found) 个字段,表头只有 \(expected) 列:多半是某个值里的逗号没有加引号,后面的值都错了位;该行不计入,请给含逗号的值加上引号"
        case .fieldCount(let expected, let found): return "该行只有 \(found) 个字段,表头有 \(expected) 列;缺少的字段按空值处理"
        case .duplicateColumn(let column, let first):
            return "列 '\(column)' 与第 \(first) 列是同一项;请删除其中一列"
        case .emptyField(let field): return "'\(field)' 不能为空;请填写"
        case .invalidValue(let field, let value, let expected):
            return "'\(field)' 的值 \(echo(value)) 无效:应为\(describe(expected))"
        case .textAfterQuote: return "引号结束后、逗号之前还有文字(如 \"12\"3);请把整个值放在一对引号内,值中的引号写两遍"
        case .jsonSyntax: return "JSON 语法错误;请检查此处附近的逗号、引号和括号"
        case .rowTooLong(let limit):
            return "这一行超过 \(limit / 1024) KiB:可能有未闭合的引号、文件没有换行,或不是 CSV 表格;请检查从这一行起的引号,或重新导出为 CSV"
        case .tooManyFields(let limit): return "这一行超过 \(limit) 列;是否选错了文件?请重新导出为 CSV"
        case .jsonTrailingComma: return "右括号前多了一个逗号,JSON 不允许;请删除这个逗号"
        case .jsonWrongType(let expected):
            let names = ["string": "字符串", "number": "数字", "array": "数组", "object": "对象", "true/false": "true/false"]
            return "类型不对:这里应为\(names[expected] ?? expected)"
        case .jsonMissingKey(let key): return "缺少必需的键 '\(key)';请补上"
        case .unsupportedVersion(let found, let supported):
            return "不支持的 version \(found.map(String.init) ?? "(非整数)"):本版本只读 \(supported);请把 \"version\" 设为 \(supported)"
        case .duplicateID(let entity, let id):
            return "\(name(of: entity)) '\(id)' 重复;每个\(name(of: entity))只能出现一次,请删除或改号"
        case .unknownReference(let entity, let id, let suggestion):
            return "未知\(name(of: entity)) \(echo(id))" + hint(suggestion)
        case .ambiguousReference(let entity, let id, let candidates):
            return "有多个\(name(of: entity))叫 '\(id)':" + candidates.joined(separator: "、") + ";请改用代码或编号"
        case .malformedRegionCode(let code): return "区划代码 '\(code)' 格式不对:应为 6、9 或 12 位数字(国家统计局区划代码)"
        case .regionCycle(let code): return "区域 '\(code)' 的上级关系形成了循环;请更正 parent 列"
        case .levelMismatch(let child, let parent):
            return "\(name(of: child))不能隶属于\(name(of: parent));请检查 kind 或 parent"
        case .codeNotUnderParent(let code, let parent): return "代码 '\(code)' 与上级 '\(parent)' 的前缀不一致;请核对代码"
        case .multipleRoots(let codes): return "有多个顶层区域(\(codes));通常一个工作区只有一个市级区域"
        case .endsBeforeStart(let start, let end): return "截止日期 \(end) 早于起始日期 \(start);请更正日期"
        case .assignmentsOverlap(let region, let otherLeader, let other):
            return "区域 '\(region)' 的负责期与 '\(otherLeader)' 的负责期 \(describe(other)) 重叠;同一区域同一天只能有一位负责人"
        case .regionWithoutLeader(let code, let name, _, let date):
            return "\(name)(\(code))在 \(date) 没有负总责的区域领导(本级和上级都未分配);请用 outreach assign 指定"
        case .leaderWithoutRegion(let leader): return "区域领导 '\(leader)' 从未负责任何区域"
        case .holidayDataMissing(let year, let reachedBy):
            let reach = reachedBy.isEmpty ? "" : "(学期日历 '\(reachedBy)' 用到该年)"
            return
                "缺少 \(year) 年的官方放假调休安排\(reach);在国务院办公厅通知发布后,把它加入 Templates/calendar/cn-holidays.json 的 holidays 和 workdays"
        case .lunarDataMissing(let year, let venue):
            return "农历表不覆盖 \(year) 年,'\(venue)' 的农历圩日无法推算;请扩充 Templates/calendar/lunar-months.json"
        case .stockLevelsNotOrdered(let level, let previous, let field, let value, let previousValue):
            return
                "级别 '\(level)' 应比前一级 '\(previous)' 更严:\(field) 为 \(Table.decimal(value, digits: 1, grouped: false)),前一级为 \(Table.decimal(previousValue, digits: 1, grouped: false))(逐级供应天数递减、权重递增);请调整级别顺序"
        case .issuedAboveAvailable(let issued, let available):
            return "发血 \(issued),但可供量只有 \(available)(前一日库存加当日入库);请核对该行"
        case .dateOutOfOrder(let date, let previous, let line):
            return "同一血型和成分的日期 \(date) 排在 \(previous)(第 \(line) 行)之后;请按日期排序"
        case .scheduleUnusualForKind(let kind, let schedule, let usual):
            return "\(name(of: kind))的可用日 '\(schedule)' 不合常规(通常为 \(usual));高校按学期、机关按工作日、圩场按圩日、献血屋按开放时间安排"
        case .publicVenuesWithoutAddress(let count, let examples):
            return
                "\(count) 个举办公众采血活动的点位没有地址(\(examples.joined(separator: "、"))\(count > examples.count ? " 等" : ""));公开日程暂以所在乡镇街道代替,请在 venues.csv 的 address 列补上"
        case .noCampaignForVenueKind(let kind): return "没有适用于\(name(of: kind))的活动模板;请在 Templates/campaigns 中添加"
        case .duplicateTarget(let region, let period):
            return "区域 '\(region)' 的 \(period) 任务数重复;每个区域每个期间只保留一行"
        case .nestedTarget(let region, let ancestor):
            return "区域 '\(region)' 位于同样有任务数的上级区域 '\(ancestor)' 之内,采血量会重复计算;只在一个层级上填写任务数"
        case .inconsistentExperiment(let id, let firstLine):
            return "试验 \(id) 的渠道、开始月份或月数与第 \(firstLine) 行不一致;同一试验的各行须相同"
        case .overlappingExperiment(let id, let other, let channel, let firstLine):
            return "试验 \(id) 与第 \(firstLine) 行的试验 \(other) 同为 \(channel) 且月份重叠;同一渠道同时只能有一个试验,请改开始月份或删除其一"
        case .duplicateRecord(let key, let firstLine):
            return "与第 \(firstLine) 行重复(\(key));同一月份、区域和渠道(或点位类型)只能有一行,请合并或删除"
        case .unitsAboveMaximum(let units, let visits):
            return
                "单位数 \(Table.decimal(units, digits: 1, grouped: false)) 超过献血人次 \(visits) 的 2 倍(一次全血最多 400 mL = 2 U);请核对单位数和人次"
        case .unitsBelowVisits(let units, let visits):
            return
                "单位数 \(Table.decimal(units, digits: 1, grouped: false)) 少于献血人次 \(visits)(一次全血至少 1 U);若含机采血小板请填写 platelet_doses,否则请核对"
        case .countAboveVisits(let field, let count, let visits):
            return "'\(field)' 为 \(count),超过献血人次 \(visits);请核对"
        case .futureMonth(let month): return "月份 \(month) 尚未结束或还未到来;只能录入已结束的月份"
        case .nestedRecord(let region, let ancestor, let month):
            return "\(month) 同时有区域 '\(region)' 和其上级 '\(ancestor)' 的数据,上级合计会重复计算;只在一个层级上录入"
        case .identityColumn(let column, let evidence):
            let why = [
                IdentityScreen.Evidence.header: "列名表明是个人身份信息", .idNumbers: "内容是身份证号码",
                .mobileNumbers: "内容是手机号码或电子邮箱",
            ][evidence]!
            return
                "列 '\(column)' \(why);本工具不保存献血者身份。请从导出文件中删去该列,或在导入映射文件的 identity 中写明 \"\(column)\": \"drop\"(不读取)或 \"hash\"(换成加密编号)"
        case .changedSinceAudit(let table, let missing):
            return "\(table) " + (missing ? "已不存在" : "与审计日志这一行记录的结果不一致")
                + ":它在最近一次有记录的修改之后被改动过(手工编辑、从别处复制或磁盘损坏)。用 outreach history 查看修改记录;如非有意,请从备份或 records/history/ 恢复"
        case .implausibleDate(let value): return "日期 \(echo(value)) 在今天之后或早于 1950 年;请核对"
        }
    }

    public func usage(_ error: UsageMessage) -> String {
        switch error {
        case .unknownCommand(let command, let suggestion): return "未知命令 '\(command)'" + hint(suggestion)
        case .unknownOption(let option, let suggestion): return "未知选项 '\(option)'" + hint(suggestion)
        case .missingValue(let option): return "选项 '\(option)' 需要一个值"
        case .unexpectedArgument(let value): return "多余的参数 '\(value)'"
        case .missingArgument(let name): return "缺少参数 <\(name)>"
        case .missingOption(let option): return "缺少必需的选项 '\(option)'"
        case .invalidValue(let option, let value, let expected):
            return "选项 '\(option)' 的值 '\(value)' 无效:应为\(describe(expected))"
        case .invalidEnvironment(let variable, let value, let expected):
            return "环境变量 \(variable) 的值 '\(value)' 无效:应为\(describe(expected));请改正或删除它(unset \(variable))"
        case .seeHelp(let command): return "运行 '\(command) --help' 查看帮助。"
        case .workspaceNotFound(let path): return "找不到工作区目录 '\(path)';请用 --workspace 指定,或设置 OUTREACH_WORKSPACE"
        }
    }

    public func assignment(_ message: AssignmentMessage) -> String {
        switch message {
        case .recorded(let region, let leader, let period, let reason):
            return "已记录:\(region) 自 \(period.start) 起由 \(leader) 负总责"
                + (period.end.map { ",至 \($0)" } ?? "") + "(\(reason))。"
        case .closed(let leader, let lastDay): return "\(leader) 的原负责期截至 \(lastDay)。"
        case .unknownRegion(let name, let suggestion): return "未知区域 '\(name)'" + hint(suggestion)
        case .unknownLeader(let name, let suggestion): return "未知区域领导 '\(name)'" + hint(suggestion)
        case .emptyReason: return "--reason 不能为空:变更原因会写入历史"
        case .endsBeforeStart(let start, let end): return "截止日期 \(end) 早于起始日期 \(start)"
        case .startsBeforeExisting(let leader, let period):
            return "已有 \(leader) 自 \(period.start) 起的负责记录,新起始日期不能早于或等于它;历史只能追加,不能改写"
        case .overlapsClosedPeriod(let leader, let period):
            return
                "新起始日期落在 \(leader) 已结束的负责期 \(describe(period)) 之内;请选择 \(period.end.map { "\($0.adding(days: 1))" } ?? "") 或之后的日期"
        case .workspaceHasErrors: return "工作区已有错误,为避免写入错误数据,未作更改;请先修正下列问题(outreach check):"
        case .wouldBreak: return "该变更会使工作区出错,未作更改:"
        case .writeFailed(let path, let reason): return "写入 '\(path)' 失败:\(reason);文件保持原样"
        }
    }

    public func name(of kind: RegionKind) -> String {
        switch kind {
        case .city: return "地级市"
        case .district: return "市辖区"
        case .countyLevelCity: return "县级市"
        case .county: return "县"
        case .banner: return "旗"
        case .town: return "镇"
        case .township: return "乡"
        case .subdistrict: return "街道"
        case .sumu: return "苏木"
        case .otherUnit: return "其他统计单位"
        }
    }

    public func name(of kind: VenueKind) -> String {
        switch kind {
        case .college: return "高校"
        case .school: return "学校"
        case .government: return "机关单位"
        case .market: return "圩场"
        case .enterprise: return "企业"
        case .street: return "街头点位"
        case .fixedSite: return "献血屋"
        case .community: return "社区"
        }
    }

    public func name(of role: LeaderRole) -> String {
        switch role {
        case .branchCommitteeMember: return "支委"
        case .partyMember: return "党员"
        case .other: return "其他"
        }
    }

    public func heldThrough(_ regionName: String) -> String { "经由 \(regionName)" }

    public var listSeparator: String { "、" }

    public func localized(_ chinese: String, english: String) -> String { chinese }

    public func regionsTitle(workspace: String, date: CivilDate) -> String { "\(workspace) · 区域负责情况(\(date))" }

    public func leadersTitle(workspace: String, date: CivilDate) -> String { "\(workspace) · 区域领导工作量(\(date))" }

    public func checkSummary(errors: Int, warnings: Int) -> String { "\(errors) 个错误,\(warnings) 个警告。" }

    /// A value read from a file, quoted, or a note that it is not shown (`ValueEcho`).
    private func echo(_ value: String) -> String {
        ValueEcho.shown(value).map { "'\($0)'" } ?? "(像身份证号、手机号、邮箱或地址,不显示)"
    }

    private func hint(_ suggestion: String?) -> String {
        suggestion.map { ";是否想输入 '\($0)'?" } ?? ""
    }

    private func describe(_ period: Period) -> String { "\(period.start) 至 \(period.end.map(\.description) ?? "今")" }

    private func name(of entity: EntityKind) -> String {
        switch entity {
        case .region: return "区域"
        case .leader: return "区域领导"
        case .assignment: return "负责记录"
        case .venue: return "点位"
        case .team: return "采血队"
        case .template: return "活动模板"
        case .channel: return "宣传渠道"
        case .termCalendar: return "学期日历"
        case .observance: return "纪念日"
        case .venueKind: return "点位类型"
        }
    }

    private func describe(_ expectation: Expectation) -> String {
        switch expectation {
        case .integer: return "整数"
        case .nonNegativeInteger: return "不小于 0 的整数"
        case .nonNegativeNumber: return "不小于 0 的数(可带小数)"
        case .atMost(let maximum): return "不超过 \(maximum) 的数"
        case .yearOrMonth: return "年份 YYYY(年度任务)或月份 YYYY-MM(月度任务)"
        case .positiveInteger: return "大于 0 的整数"
        case .fraction: return "0 到 1 之间的小数"
        case .sha256: return "64 位十六进制的 SHA-256 值"
        case .date: return "日期 YYYY-MM-DD(如 2026-07-01)"
        case .year: return "四位年份"
        case .month: return "月份 1–12"
        case .yearMonth: return "月份 YYYY-MM(如 2026-10)"
        case .donationDate: return "日期,如 2026/1/5、2026-01-05、2026年1月5日 或 Excel 日期序号"
        case .wholeBloodVolume: return "200、300 或 400 mL,写作 400、400ml 或 2U"
        case .donationType: return "献血类型:全血或机采血小板(或在导入映射文件 types 中加上该写法)"
        case .donationResult: return "结果:合格/暂缓(或在映射文件 results 中加上该写法)"
        case .yesNo: return "是或否"
        case .bloodGroup: return "血型,如 A+、O-、AB+ 或 A型RhD阳性"
        case .bloodComponent: return "血液成分:悬浮红细胞(red-cells)、单采血小板(platelets)或血浆(plasma)"
        case .sumOfShares: return "合计为 1 的比例"
        case .oneOf(let options):
            return options.isEmpty ? "本字段允许的取值" : "以下之一:" + options.joined(separator: "、")
        case .schedule(let error): return "可用日规则(\(describe(error)))"
        case .teamWorkingDays: return "daily、workdays、rest-days 或 weekdays:mon-sat 之类的工作日规则"
        }
    }

    private func describe(_ error: Schedule.ParseError) -> String {
        switch error {
        case .unknownRule:
            return
                "可写 daily、workdays、rest-days、weekdays:mon-fri、market:1,4,7、逢一四七、农历逢三六九、term:学期日历编号、hours:mon-fri 08:00-17:30"
        case .badWeekday(let text): return "'\(text)' 不是星期;用 mon tue wed thu fri sat sun,可写范围 mon-fri"
        case .badMarketDigits(let text): return "'\(text)' 不是圩日尾数;写成 market:1,4,7 或 逢一四七"
        case .badHours(let text): return "'\(text)' 不是营业时间;写成 hours:mon-fri 08:30-17:30; sat,sun 09:00-16:00"
        case .missingTermID: return "term: 后面要写 calendar.json 中的学期日历编号"
        }
    }
}
