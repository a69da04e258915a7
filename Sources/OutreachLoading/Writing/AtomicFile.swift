import Foundation
import Glibc
import OutreachModel

/// Replaces files all at once: write a temporary file beside the target, flush it to disk, then rename it over
/// the target. A crash at any point leaves either the old or the new file, never a mix.
public enum AtomicFile {
    /// `creatingFolder`: the folder (and its parents) is made first when missing, for an output folder.
    public static func write(_ bytes: [UInt8], to url: URL, creatingFolder: Bool = false) throws(WriteFailure) {
        if creatingFolder {
            let folder = url.deletingLastPathComponent()
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw .from(error, path: folder.path, step: .createFolder)
            }
        }
        try write(bytes, to: url, stopBeforeRename: false)
    }

    /// `stopBeforeRename` leaves the temporary file and the target as a process killed at that moment would.
    static func write(_ bytes: [UInt8], to url: URL, stopBeforeRename: Bool) throws(WriteFailure) {
        let writer = try Writer(url)
        try writer.write(bytes)
        try writer.commit(stopBeforeRename: stopBeforeRename)
    }

    /// A file written piece by piece — for outputs too large to build in memory — and put in place all at once by
    /// `commit()`. Dropped without a commit, it leaves the target untouched.
    public final class Writer {
        let url: URL
        let temporary: String
        private let descriptor: Int32
        private var buffer: [UInt8] = []
        private var done = false

        /// A symbolic link is followed: the file it names is replaced, and the link stays a link (replacing the link
        /// itself would silently stop updating the file it pointed to).
        public init(_ url: URL) throws(WriteFailure) {
            let url = url.resolvingSymlinksInPath()
            self.url = url
            temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".\(getpid()).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw WriteFailure.system(temporary, .createTemporary) }
        }

        deinit {
            if !done {
                close(descriptor)
                unlink(temporary)
            }
        }

        public func write(_ bytes: [UInt8]) throws(WriteFailure) {
            buffer += bytes
            if buffer.count >= 1 << 20 { try flush() }
        }

        private func flush() throws(WriteFailure) {
            var written = 0
            while written < buffer.count {
                let result = buffer.withUnsafeBytes {
                    Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written)
                }
                guard result > 0 else { throw WriteFailure.system(url.path, .write) }
                written += result
            }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Flushes the file to disk and renames it over the target.
        public func commit(stopBeforeRename: Bool = false) throws(WriteFailure) {
            try flush()
            guard fsync(descriptor) == 0 else { throw WriteFailure.system(url.path, .flush) }
            done = true
            guard close(descriptor) == 0 else {
                let failure = WriteFailure.system(url.path, .flush)
                unlink(temporary)
                throw failure
            }
            if stopBeforeRename { return }
            guard rename(temporary, url.path) == 0 else {
                let failure = WriteFailure.system(url.path, .rename)
                unlink(temporary)
                throw failure
            }
            let directoryDescriptor = open(url.deletingLastPathComponent().path, O_RDONLY)
            if directoryDescriptor >= 0 {
                fsync(directoryDescriptor)
                close(directoryDescriptor)
            }
        }
    }
}
