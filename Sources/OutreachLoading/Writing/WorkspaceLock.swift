import Foundation
import Glibc
import OutreachModel

/// An exclusive lock on a workspace for read-modify-write commands, so two `assign` runs at once cannot lose
/// one: the second waits, then reads what the first wrote.
public final class WorkspaceLock {
    private let descriptor: Int32

    /// Blocks until the lock is held. The lock file is `.outreach.lock` in the workspace folder.
    public init(workspace: URL) throws(WriteFailure) {
        let path = workspace.appendingPathComponent(".outreach.lock").path
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw WriteFailure.system(path, .lock)
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let failure = WriteFailure.system(path, .lock)
                close(descriptor)
                throw failure
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
