import Foundation
import Glibc
import OutreachModel

/// Replaces files all at once: write a temporary file beside the target, flush it to disk, then rename it over
/// the target. A crash at any point leaves either the old or the new file, never a mix.
public enum AtomicFile {
    /// `creatingFolder`: the folder (and its parents) is made first when missing, for an output folder.
    /// `permissions`: `0o600` for a file that may hold donor data (rejected rows), owner-only from its creation.
    public static func write(
        _ bytes: [UInt8], to url: URL, creatingFolder: Bool = false, permissions: mode_t = 0o644
    ) throws(WriteFailure) {
        if creatingFolder {
            let folder = url.deletingLastPathComponent()
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw .from(error, path: folder.path, step: .createFolder)
            }
        }
        let writer = try Writer(url, permissions: permissions)
        try writer.write(bytes)
        try writer.commit()
    }

    /// The suffix of every temporary file: `.donations.csv.4711.tmp`, the number being the writer's process.
    static let temporarySuffix = ".tmp"

    /// A file written piece by piece — for outputs too large to build in memory — and put in place all at once by
    /// `commit()`. Dropped without a commit, it leaves the target untouched and removes its temporary file.
    public final class Writer {
        private enum State { case open, prepared, placed }

        let url: URL
        let temporary: String
        private let descriptor: Int32
        private var buffer: [UInt8] = []
        private var state = State.open

        /// A symbolic link is followed: the file it names is replaced, and the link stays a link (replacing the link
        /// itself would silently stop updating the file it pointed to).
        public init(_ url: URL, permissions: mode_t = 0o644) throws(WriteFailure) {
            let url = url.resolvingSymlinksInPath()
            self.url = url
            temporary =
                url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".\(getpid())"
                + AtomicFile.temporarySuffix
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, permissions)
            guard descriptor >= 0 else { throw WriteFailure.system(temporary, .createTemporary) }
        }

        deinit {
            if state == .open { close(descriptor) }
            if state != .placed { unlink(temporary) }
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
        public func commit() throws(WriteFailure) {
            try prepare()
            guard rename(temporary, url.path) == 0 else { throw WriteFailure.system(url.path, .rename) }
            state = .placed
            AtomicFile.syncFolder(of: url.path)
        }

        /// Flushes and closes the temporary file, ready to be renamed by a change's journal.
        func prepare() throws(WriteFailure) {
            guard state == .open else { return }
            try flush()
            guard fsync(descriptor) == 0 else { throw WriteFailure.system(url.path, .flush) }
            state = .prepared
            guard close(descriptor) == 0 else { throw WriteFailure.system(url.path, .flush) }
        }

        /// The temporary file now belongs to a written journal, which renames it: it outlives this writer.
        func handOver() { state = .placed }
    }

    /// Makes a rename or removal in a folder durable.
    static func syncFolder(of path: String) {
        let descriptor = open((path as NSString).deletingLastPathComponent, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }
}
