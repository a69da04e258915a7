/// Another run holds the workspace lock: told to the user after a second of waiting, and again if that run is
/// stopped (Ctrl-Z, a debugger), which would otherwise block this one without a word.
public struct LockWait: Hashable, Sendable {
    public var pid: Int32
    /// `record donations`, `import records` … as the holder wrote it; empty for a holder that wrote nothing.
    public var command: String
    /// When the holder took the lock (`2026-11-24T10:15:00+08:00`).
    public var since: String
    /// The holder is stopped (state T): it keeps the lock until continued or ended.
    public var isStopped: Bool

    public init(pid: Int32, command: String, since: String, isStopped: Bool) {
        self.pid = pid
        self.command = command
        self.since = since
        self.isStopped = isStopped
    }
}
