import OutreachEvaluation
import OutreachModel

extension ChineseCatalog {
    public func history(_ message: HistoryMessage) -> String {
        switch message {
        case .dryRun(let file): return "试运行(--dry-run):以下是录入 \(file) 将做的更改;未写入任何数据。"
        case .table(let table): return tableName(table) + ":"
        case .period(let change):
            var parts: [String] = []
            if change.added > 0 { parts.append("新增 \(change.added) 行") }
            if change.removed > 0 { parts.append("删除 \(change.removed) 行") }
            if change.changed > 0 { parts.append("修改 \(change.changed) 行") }
            let names = [
                "visits": "献血人次", "donations": "献血人次", "units": "单位数", "events": "宣传场次", "in_stock": "库存",
                "issued": "发血",
            ]
            return "  \(change.period):" + parts.joined(separator: "、") + ";"
                + measures(change, names: names).joined(separator: ";")
        case .wouldShrink(let threshold):
            return "未录入:这次更改会删除已录入的行,或使某期的合计下降超过 " + percent(threshold) + ":"
        case .replaceHint:
            return "未作任何更改。请先核对;确认要替换时加 --replace 重新运行:原有版本会保存在 records/history/,可用 outreach undo 恢复。"
        case .dryRunWouldShrink(let threshold):
            return "不加 --replace 时这次更改会被拒绝:它会删除已录入的行,或使某期的合计下降超过 " + percent(threshold) + "。"
        case .undoHint: return "原有版本已保存;如需恢复,运行 outreach undo。"
        case .historyTitle(let workspace): return "\(workspace) · 数据更改记录(最新在前)"
        case .historyEmpty: return "审计日志中没有任何更改。"
        case .historyLine(
            let time, let by, let command, let file, let tables, let added, let removed, let changed, let undo):
            let state =
                switch undo {
                case .next: "  ← outreach undo 将撤销这一次"
                case .kept: "  (已保存原版本,可依次撤销)"
                case .undone: "  (已撤销)"
                case .notKept: ""
                }
            return "\(time)  \(command)  \(file)" + (by.isEmpty ? "" : "  录入人 \(by)") + "\n    "
                + tables.map(tableName).joined(separator: "、") + ":新增 \(added),删除 \(removed),修改 \(changed)" + state
        case .undone(let time, let command, let file, let tables):
            return "已撤销 \(time) 的 \(command) \(file):" + tables.joined(separator: "、") + " 已恢复为更改前的版本,并记入审计日志。"
        case .undoPreview(let time, let command, let file, let tables):
            return "试运行(--dry-run):outreach undo 将撤销 \(time) 的 \(command) \(file),把 " + tables.joined(separator: "、")
                + " 恢复为更改前的版本;未作任何更改。"
        case .nothingToUndo: return "没有可撤销的更改:records/history/ 中没有保存的版本。"
        case .undoConflict(let path, let entry):
            return
                "无法撤销:\(path) 在这次更改之后又被改动过(内容与审计日志记下的不符),未作任何更改。请用 outreach history 查看;更改前的版本在 records/history/\(entry)/ 中,可手工恢复。"
        case .sample(let workspace):
            return "注意:\(workspace) 是随附的示例工作区,更改会写入它;本站的数据请用 outreach init 另建工作区。"
        case .sampleAuthor: return "示例数据"
        case .lockWait(let wait):
            let holder = "进程 \(wait.pid)" + (wait.command.isEmpty ? "" : "(outreach \(wait.command),\(wait.since) 起)")
            return wait.isStopped
                ? "\(holder)已暂停,工作区被它锁住:用 kill -CONT \(wait.pid) 让它继续,或结束它,本命令随后继续……"
                : "等待\(holder)写完工作区……"
        case .moreOfKind(let count): return "  ……另有 \(count) 条同类问题(加 --all 列出全部)"
        case .todoTitle: return "尚待填写(按顺序):"
        case .todoPopulation(let regions, let file):
            return "  · 人口:\(regions) 个区域还没有人口;在 \(file) 的 人口、人口年份、人口来源 列填入(人口普查或统计年鉴)"
        case .todoLeaders(let file): return "  · 区域领导:在 \(file) 登记(编号、姓名、身份、所在支部)"
        case .todoAssignments(let regions):
            return "  · 责任分工:\(regions) 个区域还没有负总责的区域领导;用 outreach assign 区域 领导编号 --from 日期 分配(分配到县级区域即覆盖其下乡镇)"
        case .todoVenues(let file):
            return "  · 采血点:在 \(file) 登记学校、机关、圩场、企业、街头点和献血屋(类型、区域、可动员人数、日接待能力、可用日、地址)"
        case .todoTeams(let file): return "  · 采血队:在 \(file) 登记献血车和采血队(人员、采血位、驻地、工作日)"
        case .todoTargets(let file): return "  · 任务数:在 \(file) 填各区域的年度或月度任务(单位数),或用 outreach record targets 文件 录入"
        case .initCreated(let folder, let city, let code, let counties, let townships):
            return "已在 \(folder) 建立 \(city)(\(code))的工作区:\(counties) 个县级区域"
                + (townships > 0 ? "、\(townships) 个乡镇街道" : "") + ",区划代码取自国家统计局 2022 年统计用区划代码。"
        case .initNext(let folder):
            return "下一步:运行 outreach check --workspace \(folder),按提示填写人口、区域领导、采血点和任务数。"
        case .initNotEmpty(let folder): return "\(folder) 不是空文件夹;请给出一个新的或空的文件夹,已有的文件不会被覆盖。"
        case .cityUnknown(let name, let suggestions):
            return "找不到城市 '\(name)'" + (suggestions.isEmpty ? "" : ";是否想输入:" + suggestions.joined(separator: "、"))
                + "?可以写城市名(如 十堰市)或 4 位区划代码(如 4203)。"
        case .cityAmbiguous(let name, let candidates):
            return "'\(name)' 对应多个地方,请改用区划代码:\n" + candidates.map { "  " + $0 }.joined(separator: "\n")
        case .initUnwritable(let path, let reason): return "无法写入 \(path):\(reason);未建立工作区。"
        case .divisionsMissing(let path): return "找不到随附的区划代码 \(path);请检查 Templates/ 是否完整。"
        }
    }

    private func percent(_ share: Double) -> String { Table.decimal(share * 100, digits: 0, grouped: false) + "%" }

    private func tableName(_ table: String) -> String {
        [
            "promotion": "宣传数据", "donations": "采血数据", "drives": "采血点日数据", "targets": "任务数",
            "donors": "献血者表", "actions": "措施", "assignments": "责任分工", "experiments": "试验", "truth": "模拟真值",
            "stock": "库存数据",
        ][table] ?? table
    }
}
