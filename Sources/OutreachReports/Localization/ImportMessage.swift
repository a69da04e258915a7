import OutreachModel

/// What `import records` says.
public enum ImportMessage: Hashable, Sendable {
    case imported(
        file: String, encoding: String, rows: Int, counted: Int, skipped: Int, from: YearMonth, to: YearMonth,
        donors: Int)
    case nothingCounted(file: String)
    case refusedRows(rows: Int, shown: Int)
    case sideFile(path: String, rows: Int)
    /// The sheet of skipped rows in a workbook.
    case rejectedSheet
    case unfinishedMonth(YearMonth, rows: Int)
    case unknownMapping(String, available: [String])
    case secretCreated(path: String)
    case secretUnreadable(path: String, reason: String)
    /// The stored donors were hashed under another key; `isNew`: the key file was missing and this run made one.
    case donorKeyChanged(keyFile: String, isNew: Bool)
    case columnLine, columnReasons
    case noDonors
    case recallWrote(path: String, donors: Int, from: CivilDate, to: CivilDate)
    /// With `--export`: the list by the station's own donor numbers; `missing` donors were not in that export.
    case recallNumbers(path: String, donors: Int, missing: Int, from: CivilDate, to: CivilDate)
    case recallNoSecret(path: String)
    case columnDonorNumber, columnVenue, columnLastDonation, columnEligibleFrom
    case columnKey, columnRegionCode, columnVenueID, columnLastType
    case recallTitle(from: CivilDate, to: CivilDate)
    case poolsTitle(at: CivilDate)
    case columnWeek, columnDonors, columnPlace, columnEligibleNow
    case columnInMonths(Int)
    // simulate export
    /// `ofRecords`: the rows are the donations of the workspace's simulated history, so importing them changes
    /// nothing in those months.
    case exportWritten(
        path: String, encoding: String, rows: Int, bad: Int, donors: Int, from: CivilDate, to: CivilDate,
        ofRecords: Bool)
    case exportUnwritable(path: String, reason: String)
    case exportPeriodEmpty(from: CivilDate, to: CivilDate)
}

extension ChineseCatalog {
    public func importing(_ message: ImportMessage) -> String {
        switch message {
        case .imported(let file, let encoding, let rows, let counted, let skipped, let from, let to, let donors):
            return
                "已读取 \(file)(\(encoding)):\(rows) 行,计入 \(counted) 行" + (skipped > 0 ? ",跳过有错误的 \(skipped) 行" : "")
                + ";\(from) 至 \(to),献血者 \(donors) 人(只保存加密编号)。"
        case .nothingCounted(let file): return "\(file) 中没有可计入的行"
        case .refusedRows(let rows, let shown):
            return "共 \(rows) 行有错误(上面列出前 \(shown) 处),未导入任何数据;请修改后重新导入,或加 --skip-bad-rows 只导入其余行"
        case .rejectedSheet: return "未导入的行"
        case .sideFile(let path, let rows): return "有错误的 \(rows) 行及原因已写入 \(path)(可用 Excel 打开)"
        case .unfinishedMonth(let month, let rows): return "\(month) 尚未结束,该月 \(rows) 行这次不计入;月底后再导入"
        case .unknownMapping(let name, let available):
            return "没有名为 '\(name)' 的导入映射;Templates/imports/ 中有:\(available.joined(separator: "、"))"
        case .secretCreated(let path):
            return "首次导入:已生成本工作区的加密密钥 \(path)(仅本用户可读)。请备份;丢失后新导入的编号将与以前的对不上。"
        case .secretUnreadable(let path, let reason): return "无法读取或生成加密密钥 \(path):\(reason)"
        case .donorKeyChanged(let keyFile, let isNew):
            return "records/donors.csv 中的献血者是用另一个加密密钥记录的,"
                + (isNew ? "而密钥文件 \(keyFile) 已不存在(刚生成的新密钥已删除)" : "不是现在的密钥文件 \(keyFile)")
                + "。用它导入会把每位献血者记成两个人。请从备份恢复原来的密钥文件(或用 OUTREACH_SECRET_FILE 指向它)后重新导入;未写入任何内容。"
        case .columnLine: return "行号"
        case .columnReasons: return "原因"
        case .noDonors: return "尚未导入献血记录(records/donors.csv 不存在);请先用 outreach import records 导入"
        case .recallWrote(let path, let donors, let from, let to):
            return
                "\(from) 至 \(to) 可再次献血的 \(donors) 人已写入 \(path);编号是加密的,只用于核对人数。要发短信或电话联系,加 --export 本站导出.csv,名单改用献血管理系统的献血者编号"
        case .recallNumbers(let path, let donors, let missing, let from, let to):
            return "\(from) 至 \(to) 可再次献血的 \(donors) 人已按献血者编号写入 \(path),可导入短信平台或献血管理系统"
                + (missing > 0 ? ";另有 \(missing) 人不在这份导出中(其末次献血早于导出的时间范围),请用覆盖其末次献血的导出" : "")
        case .recallNoSecret(let path):
            return "找不到本工作区的加密密钥 \(path),无法把编号还原为献血者编号;请在导入时所用的账户和机器上运行"
        case .columnDonorNumber: return "献血者编号"
        case .columnKey: return "加密编号"
        case .columnRegionCode: return "区域代码"
        case .columnVenueID: return "采血点编号"
        case .columnLastType: return "末次献血类型"
        case .columnVenue: return "采血点"
        case .columnLastDonation: return "末次献血"
        case .columnEligibleFrom: return "可再次献血日期"
        case .recallTitle(let from, let to): return "\(from) 至 \(to) 可再次献血的人数(按区域、周)"
        case .poolsTitle(let at): return "可献血人群(\(at) 起,按区域和点位)"
        case .columnWeek: return "周(周一)"
        case .columnDonors: return "人数"
        case .columnPlace: return "区域/点位"
        case .columnEligibleNow: return "当日可献"
        case .columnInMonths(let months): return "\(months) 个月后"
        case .exportWritten(let path, let encoding, let rows, let bad, let donors, let from, let to, let ofRecords):
            return
                "已写入模拟的献血记录导出 \(path)(\(encoding),通用格式):\(from) 至 \(to) 共 \(rows) 行"
                + (bad > 0 ? "(其中 \(bad) 行故意含错误)" : "")
                + ",\(donors) 名献血者;姓名、身份证号、手机号、地址均为虚构。"
                + (ofRecords ? "这些正是工作区模拟记录中同期的献血,导入后这些月份的数据不变。" : "")
                + "可用 outreach import records 导入试用。"
        case .exportUnwritable(let path, let reason): return "无法写入 \(path):\(reason)"
        case .exportPeriodEmpty(let from, let to): return "--from \(from) 晚于 --to \(to);请调换日期"
        }
    }
}

extension EnglishCatalog {
    public func importing(_ message: ImportMessage) -> String {
        switch message {
        case .imported(let file, let encoding, let rows, let counted, let skipped, let from, let to, let donors):
            return
                "Read \(file) (\(encoding)): \(rows) rows, \(counted) counted"
                + (skipped > 0 ? ", \(skipped) rows with errors skipped" : "")
                + "; \(from) to \(to), \(donors) donors (kept as keyed hashes only)."
        case .nothingCounted(let file): return "\(file) has no row that can be counted"
        case .refusedRows(let rows, let shown):
            return
                "\(rows) rows have errors (the first \(shown) are listed above); nothing was imported. Fix them and import again, or add --skip-bad-rows to import the other rows"
        case .rejectedSheet: return "Rows not imported"
        case .sideFile(let path, let rows):
            return "the \(rows) rows with errors and their reasons are in \(path) (opens in Excel)"
        case .unfinishedMonth(let month, let rows):
            return "\(month) has not ended: its \(rows) rows are left out this time; import again after the month ends"
        case .unknownMapping(let name, let available):
            return "no import mapping named '\(name)'; Templates/imports/ has: \(available.joined(separator: ", "))"
        case .secretCreated(let path):
            return
                "First import: created this workspace's hashing secret at \(path) (readable by you only). Back it up: without it, new imports' keys will not match earlier ones."
        case .donorKeyChanged(let keyFile, let isNew):
            return "the donors in records/donors.csv were hashed under another secret: "
                + (isNew
                    ? "the secret file \(keyFile) no longer existed (the new one this run made has been removed)"
                    : "it is not the secret in \(keyFile)")
                + ". Importing with it would count every donor twice. Restore the original secret file from its backup (or point OUTREACH_SECRET_FILE at it) and import again; nothing was written."
        case .secretUnreadable(let path, let reason):
            return "cannot read or create the hashing secret \(path): \(reason)"
        case .columnLine: return "line"
        case .columnReasons: return "reasons"
        case .noDonors:
            return "no donation records imported yet (no records/donors.csv); run outreach import records first"
        case .recallWrote(let path, let donors, let from, let to):
            return
                "the \(donors) donors eligible again from \(from) to \(to) are in \(path) as keyed hashes, for checking counts only; for a list to message or call, add --export STATION-EXPORT.csv to write the BMIS donor numbers instead"
        case .recallNumbers(let path, let donors, let missing, let from, let to):
            return
                "the \(donors) donors eligible again from \(from) to \(to) are in \(path) by their BMIS donor numbers, ready for an SMS platform or the BMIS"
                + (missing > 0
                    ? "; \(missing) more are not in this export (their last donation is older than it): use an export that covers it"
                    : "")
        case .recallNoSecret(let path):
            return
                "the workspace's hashing secret \(path) is missing, so hashes cannot be turned back into donor numbers; run on the account and machine that imported"
        case .columnDonorNumber: return "donor number"
        case .columnKey: return "key"
        case .columnRegionCode: return "region code"
        case .columnVenueID: return "venue id"
        case .columnLastType: return "last type"
        case .columnVenue: return "venue"
        case .columnLastDonation: return "last donation"
        case .columnEligibleFrom: return "eligible from"
        case .recallTitle(let from, let to): return "Donors eligible again \(from) to \(to), by region and week"
        case .poolsTitle(let at): return "Eligible donors from \(at), by region and venue"
        case .columnWeek: return "week (Monday)"
        case .columnDonors: return "donors"
        case .columnPlace: return "region / venue"
        case .columnEligibleNow: return "eligible that day"
        case .columnInMonths(let months): return "in \(months) month\(months == 1 ? "" : "s")"
        case .exportWritten(let path, let encoding, let rows, let bad, let donors, let from, let to, let ofRecords):
            return
                "Wrote a simulated donation export to \(path) (\(encoding), generic format): \(rows) rows from \(from) to \(to)"
                + (bad > 0 ? " (\(bad) with a deliberate error)" : "")
                + ", \(donors) donors; every name, ID number, phone and address is fictitious."
                + (ofRecords
                    ? " These are the donations of the workspace's simulated records for those months: importing them leaves those months unchanged."
                    : "") + " Try it with outreach import records."
        case .exportUnwritable(let path, let reason): return "cannot write \(path): \(reason)"
        case .exportPeriodEmpty(let from, let to): return "--from \(from) is after --to \(to); swap the dates"
        }
    }
}
