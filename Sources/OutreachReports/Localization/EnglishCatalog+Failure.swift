import Glibc
import OutreachModel

extension EnglishCatalog {
    public func writeReason(_ failure: WriteFailure) -> String {
        let step = [
            WriteFailure.Step.createFolder: "creating the folder", .createTemporary: "creating a temporary file",
            .write: "writing", .flush: "flushing to disk", .rename: "replacing the file",
            .lock: "locking the workspace",
            .append: "appending to the audit log", .read: "reading", .remove: "removing",
            .createKey: "creating the key",
            .readKey: "reading the key",
        ][failure.step]!
        return step + ": " + describe(failure.cause)
    }

    func describe(_ cause: WriteFailure.Cause) -> String {
        switch cause {
        case .system(let code):
            let names: [Int32: String] = [
                ENOSPC: "the disk is full; free space and retry", EDQUOT: "the disk quota is exceeded",
                EACCES: "permission denied; check the file's and folder's permissions",
                EPERM: "permission denied; check the file's and folder's permissions",
                EROFS: "the file system is read-only",
                ENOENT: "no such file or folder", ENOTDIR: "part of the path is a file, not a folder",
                EISDIR: "it is a folder, not a file; give a file inside it",
                ESPIPE: "it is not a regular file (a pipe, device or socket); give a file saved on disk",
                EEXIST: "a file of that name exists", EIO: "a disk I/O error",
                EMFILE: "too many open files", ENFILE: "too many open files", EBUSY: "the file is busy",
            ]
            return names[code] ?? "system error \(code)"
        case .notAKey: return "the file is not a key written by outreach"
        case .notInKeyOrder:
            return "records/donors.csv is not in key order (edited by hand? restore it with outreach undo or a backup)"
        case .keptVersionMissing: return "the version kept in records/history/ is gone"
        case .damagedJournal:
            return "records/journal.csv is not a change journal outreach wrote (edited by hand? restore it from a"
                + " backup, or delete it once you have checked the tables)"
        case .unknown: return "for an unknown reason"
        }
    }
}
