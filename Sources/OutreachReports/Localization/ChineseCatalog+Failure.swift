import Glibc
import OutreachModel

extension ChineseCatalog {
    public func writeReason(_ failure: WriteFailure) -> String {
        let step = [
            WriteFailure.Step.createFolder: "创建文件夹", .createTemporary: "创建临时文件", .write: "写入", .flush: "写入磁盘",
            .rename: "替换原文件", .lock: "锁定工作区", .append: "追加审计日志", .read: "读取", .remove: "删除",
            .createKey: "生成密钥", .readKey: "读取密钥",
        ][failure.step]!
        return step + "时" + describe(failure.cause)
    }

    func describe(_ cause: WriteFailure.Cause) -> String {
        switch cause {
        case .system(let code):
            let names: [Int32: String] = [
                ENOSPC: "磁盘空间已满,请清理后重试", EDQUOT: "超出磁盘配额", EACCES: "没有权限,请检查文件和文件夹的权限",
                EPERM: "没有权限,请检查文件和文件夹的权限", EROFS: "文件系统是只读的", ENOENT: "文件或文件夹不存在",
                ENOTDIR: "路径中有一段是文件而不是文件夹", EISDIR: "这是一个文件夹,不是文件;请给出文件夹里的文件",
                ESPIPE: "这不是普通文件(是管道、设备或套接字);请给出保存在磁盘上的文件", EEXIST: "已有同名文件",
                EIO: "磁盘读写错误", EMFILE: "打开的文件太多", ENFILE: "打开的文件太多", EBUSY: "文件正被占用",
            ]
            return names[code] ?? "系统错误 \(code)"
        case .notAKey: return "文件内容不是 outreach 生成的密钥"
        case .notInKeyOrder: return "records/donors.csv 不是按编号排序的(是否被手工改过?请用 outreach undo 或备份恢复)"
        case .keptVersionMissing: return "records/history/ 中保存的版本不见了"
        case .damagedJournal:
            return "records/journal.csv 不是 outreach 写的变更日志(是否被手工改过?请从备份恢复它,或在确认各表无误后删除它)"
        case .unknown: return "原因不明"
        }
    }
}
