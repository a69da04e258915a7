import Foundation
import Glibc

/// Donors sorted by keyed hash: in memory, or — once a piece of an export has more donors than fit the import's
/// memory budget — in a temporary file of raw entries that is removed when the last copy of the run goes.
enum DonorRun: Sendable {
    typealias Entry = ImportedDonors.Entry

    case memory([Entry])
    case file(RunFile)

    var count: Int {
        switch self {
        case .memory(let entries): entries.count
        case .file(let file): file.count
        }
    }

    /// The entries in order, a chunk at a time from a file.
    struct Reader {
        var chunk: [Entry]
        var index = 0
        let file: RunFile?
        var descriptor: Int32 = -1

        mutating func next() -> Entry? {
            if index == chunk.count {
                guard let file, refill(file) else { return nil }
            }
            index += 1
            return chunk[index - 1]
        }

        /// Reads the next chunk into the same memory; false at the end (a short read ends the run too: the file
        /// is the process's own).
        mutating func refill(_ file: RunFile) -> Bool {
            if descriptor < 0 {
                descriptor = open(file.url.path, O_RDONLY)
                chunk = [Entry](repeating: chunk.first ?? Self.blank, count: RunFile.chunkEntries)
            }
            guard descriptor >= 0 else { return false }
            let stride = MemoryLayout<Entry>.stride
            let descriptor = descriptor
            var got = 0
            chunk.withUnsafeMutableBytes { bytes in
                while got < bytes.count {
                    let result = read(descriptor, bytes.baseAddress! + got, bytes.count - got)
                    if result <= 0 { break }
                    got += result
                }
            }
            if got < chunk.count * stride { chunk.removeLast(chunk.count - got / stride) }
            index = 0
            if chunk.isEmpty {
                close(descriptor)
                self.descriptor = -1
                return false
            }
            return true
        }

        static let blank = Entry(
            digest: (0, 0), lastDay: 0, donations: 0, region: 0, venue: 0, birthYear: 0, lastType: .wholeBlood,
            group: -1)
    }

    func reader() -> Reader {
        switch self {
        case .memory(let entries): Reader(chunk: entries, file: nil)
        case .file(let file): Reader(chunk: [], file: file)
        }
    }

    /// Runs of one export, in the order their rows came, as one run of the donors with a counted donation: a donor
    /// found in several runs is combined in that order (a run may know only a deferral's birth year). In memory
    /// when every run is; otherwise merged into a new file, holding one chunk per run.
    static func merging(_ runs: [DonorRun]) throws -> DonorRun {
        let runs = runs.filter { $0.count > 0 }
        if runs.count == 1, case .memory(let entries) = runs[0] { return .memory(entries.filter(\.hasDonation)) }
        var readers = runs.map { $0.reader() }
        var heads = readers.indices.map { readers[$0].next() }
        let inMemory = runs.allSatisfy { if case .memory = $0 { true } else { false } }
        var merged: [Entry] = []
        if inMemory { merged.reserveCapacity(runs.reduce(0) { $0 + $1.count }) }
        let writer = inMemory ? nil : try RunFile.Writer()
        while true {
            // The smallest digest among the runs' heads, combined over every run that has it, in run order.
            var smallest: (UInt64, UInt64)?
            for case let head? in heads where smallest.map({ head.digest < $0 }) ?? true { smallest = head.digest }
            guard let digest = smallest else { break }
            var entry: Entry?
            for index in heads.indices {
                guard let head = heads[index], head.digest == digest else { continue }
                entry = entry.map { $0.followed(by: head) } ?? head
                heads[index] = readers[index].next()
            }
            guard let entry else { break }
            guard entry.hasDonation else { continue }
            if let writer { try writer.append(entry) } else { merged.append(entry) }
        }
        return try writer.map { .file(try $0.finish()) } ?? .memory(merged)
    }
}

/// A temporary file of sorted donor entries. It holds keyed hashes and last donations only, like
/// `records/donors.csv`, and is created owner-only in the system's temporary folder.
final class RunFile: Sendable {
    static let chunkEntries = 1 << 16

    let url: URL
    let count: Int

    private init(url: URL, count: Int) {
        self.url = url
        self.count = count
    }

    deinit { unlink(url.path) }

    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write the temporary file \(path): \(reason)" }
    }

    /// Writes sorted entries in chunks; `finish()` hands the file over as a run.
    final class Writer {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "outreach-donors-\(getpid())-\(UUID().uuidString).run")
        private let descriptor: Int32
        private var buffer: [ImportedDonors.Entry] = []
        private var count = 0
        private var finished = false

        init() throws {
            descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            guard descriptor >= 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
            buffer.reserveCapacity(RunFile.chunkEntries)
        }

        deinit {
            if !finished {
                close(descriptor)
                unlink(url.path)
            }
        }

        func append(_ entry: ImportedDonors.Entry) throws {
            buffer.append(entry)
            if buffer.count == RunFile.chunkEntries { try flush() }
        }

        func append(contentsOf entries: [ImportedDonors.Entry]) throws {
            try flush()
            try write(entries)
        }

        private func flush() throws {
            try write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }

        private func write(_ entries: [ImportedDonors.Entry]) throws {
            try entries.withUnsafeBytes { bytes in
                var written = 0
                while written < bytes.count {
                    let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                    guard result > 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
                    written += result
                }
            }
            count += entries.count
        }

        func finish() throws -> RunFile {
            try flush()
            finished = true
            close(descriptor)
            return RunFile(url: url, count: count)
        }
    }
}
