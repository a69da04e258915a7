#if canImport(Glibc)
    import Glibc
#endif

/// Writing a file failed, and the file is as it was. Typed — a step and a cause, never a sentence — so each
/// language says what went wrong and what to do (`Catalog.writeReason`).
public struct WriteFailure: Error, Equatable, Sendable {
    public enum Step: String, Sendable {
        case createFolder, createTemporary, write, flush, rename, lock, append, read, remove, createKey, readKey
    }

    public enum Cause: Hashable, Sendable {
        /// The system's error number: ENOSPC, EACCES, EROFS …
        case system(Int32)
        /// The key file holds something outreach did not write.
        case notAKey
        /// `records/donors.csv` is not in key order (edited by hand?).
        case notInKeyOrder
        /// A version `undo` needs is gone from `records/history/`.
        case keptVersionMissing
        /// `records/journal.csv` does not read as a journal outreach wrote.
        case damagedJournal
        case unknown
    }

    public var path: String
    public var step: Step
    public var cause: Cause

    public init(path: String, step: Step, cause: Cause) {
        self.path = path
        self.step = step
        self.cause = cause
    }

    /// The failure of `step` just now, with the system's error number.
    public static func system(_ path: String, _ step: Step) -> WriteFailure {
        WriteFailure(path: path, step: step, cause: .system(errno))
    }
}
