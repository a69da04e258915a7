import Foundation
import Glibc

/// Writing a file failed; the original is untouched.
public struct WriteFailure: Error, Equatable, Sendable {
    public var path: String
    public var reason: String
}

/// Replaces files all at once: write a temporary file beside the target, flush it to disk, then rename it over
/// the target. A crash at any point leaves either the old or the new file, never a mix.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to url: URL) throws(WriteFailure) {
        try write(bytes, to: url, stopBeforeRename: false)
    }

    /// `stopBeforeRename` leaves the temporary file and the target as a process killed at that moment would.
    static func write(_ bytes: [UInt8], to url: URL, stopBeforeRename: Bool) throws(WriteFailure) {
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(url, "cannot create \(temporary)") }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return Glibc.write(descriptor, base + written, bytes.count - written)
            }
            guard result > 0 else {
                close(descriptor)
                unlink(temporary)
                throw failure(url, "write failed")
            }
            written += result
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            unlink(temporary)
            throw failure(url, "flush failed")
        }
        if stopBeforeRename { return }
        guard rename(temporary, url.path) == 0 else {
            unlink(temporary)
            throw failure(url, "rename failed")
        }
        let directoryDescriptor = open(directory, O_RDONLY)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    private static func failure(_ url: URL, _ reason: String) -> WriteFailure {
        WriteFailure(path: url.path, reason: reason + " (" + String(cString: strerror(errno)) + ")")
    }
}
