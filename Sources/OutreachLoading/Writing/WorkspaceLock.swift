import Foundation
import Glibc
import OutreachModel

/// The exclusive lock every command that changes a workspace holds from before it reads what it changes until its
/// audit line is written, so two writers at once cannot lose either's work: the second waits, then reads what the
/// first wrote. The holder writes its pid, command and time into the lock file, so a waiting run can say for whom
/// it waits. Taking the lock also finishes a change a killed run left half-done (`ChangeJournal`).
public final class WorkspaceLock {
    private let descriptor: Int32

    /// Blocks until the lock is held; after a second of waiting, and whenever the holder is found stopped,
    /// `paths.onLockWait` is told. The lock file is `.outreach.lock` in the workspace folder.
    public init(_ paths: WorkspacePaths, command: String, time: String) throws(WriteFailure) {
        let path = paths.workspaceFile(Self.file).url.path
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw WriteFailure.system(path, .lock) }
        do {
            try wait(path, paths.onLockWait)
            let note = Array("\(getpid())\t\(command)\t\(time)\n".utf8)
            if ftruncate(descriptor, 0) == 0 {
                _ = note.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, note.count, 0) }
            }
            try ChangeJournal.recover(paths)
        } catch {
            close(descriptor)
            throw error
        }
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    static let file = ".outreach.lock"

    private func wait(_ path: String, _ notify: (@Sendable (LockWait) -> Void)?) throws(WriteFailure) {
        let start = Date()
        var told: LockWait?
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw WriteFailure.system(path, .lock) }
            if let notify, Date().timeIntervalSince(start) >= 1, let holder = holder(),
                told == nil || told!.pid != holder.pid || told!.isStopped != holder.isStopped
            {
                notify(holder)
                told = holder
            }
            usleep(50_000)
        }
    }

    /// What the holder wrote, with its state read from `/proc`.
    private func holder() -> LockWait? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 512, 0) }
        guard count > 0 else { return nil }
        let fields = String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .newlines)
            .split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 3, let pid = Int32(fields[0]) else { return nil }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // `pid (name) S …`: the state follows the last parenthesis.
        let state = stat.lastIndex(of: ")").map { stat[$0...].dropFirst(2) }
        let stopped = state.map { $0.hasPrefix("T") || $0.hasPrefix("t") } ?? false
        return LockWait(pid: pid, command: fields[1], since: fields[2], isStopped: stopped)
    }
}
