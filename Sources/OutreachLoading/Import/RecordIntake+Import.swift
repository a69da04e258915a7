import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachModel

extension RecordIntake {
    public static let donorsFile = RecordStore.folder + "/donors.csv"
    /// `blood_group` came later: a table without it reads as donors of unknown group, and gains it when written.
    static let donorsHeader = ["key", "region", "venue", "last_donation", "last_type", "birth_year", "blood_group"]
    /// The fingerprint of the key the stored donors were hashed under (`ImportFiles.fingerprint`).
    public static let donorKeyFile = RecordStore.folder + "/donor-key.txt"

    /// The key an import hashes donors with: its fingerprint, whether this run created it, and its file (for the
    /// message).
    public struct DonorKey: Sendable {
        public let fingerprint: String
        public let isNew: Bool
        public let file: String

        public init(fingerprint: String, isNew: Bool, file: String) {
            self.fingerprint = fingerprint
            self.isNew = isNew
            self.file = file
        }
    }

    /// Refuses a key the stored donors were not hashed under: a different fingerprint, or a key made anew while
    /// donors exist (a workspace from before fingerprints were kept). The fingerprint still to be stored, or nil.
    public func checkDonorKey(_ key: DonorKey) throws(IntakeFailure) -> [UInt8]? {
        let file = paths.workspaceFile(Self.donorKeyFile).url
        if let stored = try? String(contentsOf: file, encoding: .utf8) {
            guard stored.trimmingCharacters(in: .whitespacesAndNewlines) == key.fingerprint else {
                throw .donorKeyChanged(keyFile: key.file, isNew: key.isNew)
            }
            return nil
        }
        if key.isNew && FileManager.default.fileExists(atPath: paths.workspaceFile(Self.donorsFile).url.path) {
            throw .donorKeyChanged(keyFile: key.file, isNew: true)
        }
        return Array((key.fingerprint + "\n").utf8)
    }

    /// Stores an import: its months replace the stored donations and venue-days (with the diff and an audit line),
    /// and its donors
    /// update `records/donors.csv` — a pseudonymous key with the last donation per donor, never an identity. Both
    /// are idempotent: importing the same export again changes nothing.
    public func storeImport(_ result: DonationImport, key: DonorKey, file display: String, fileHash: String)
        throws(IntakeFailure) -> [IntakeReport]
    {
        let lock = try self.lock("import records")
        defer { withExtendedLifetime(lock) {} }
        let fingerprint = try checkDonorKey(key).map {
            StagedTable(path: Self.donorKeyFile, content: .bytes($0), entry: nil, changes: true)
        }
        let store = RecordStore.load(paths, workspace: workspace)
        guard store.problems.isEmpty else { throw .problems(store.problems) }
        let merged = RecordMerge.replacingPeriods(store.donations, with: result.records)
        let drives = RecordMerge.replacingPeriods(store.drives, with: result.drives)
        let staged = [
            stage(
                .donations, command: "import records", file: display, hash: fileHash, rows: result.rows,
                stored: store.donations, merge: merged, warnings: [], document: RecordStore.document(merged.records)),
            stage(
                .drives, command: "import records", file: display, hash: fileHash, rows: result.drives.count,
                stored: store.drives, merge: drives, warnings: [], document: RecordStore.document(drives.records)),
        ]
        let donors = try stageDonors(result.donors, file: display, fileHash: fileHash)
        return try apply(staged + [donors, fingerprint].compactMap { $0 })
    }

    /// Merges `donors` into the stored table and writes the result at once (tests; imports use `storeImport`).
    func storeDonors(_ donors: some Sequence<ImportedDonor>, file display: String, fileHash: String)
        throws(IntakeFailure)
    {
        if let staged = try stageDonors(donors, file: display, fileHash: fileHash) { _ = try apply([staged]) }
    }

    /// Later donations win; a donor not in the export keeps their row. The stored table and `donors` are both in
    /// key order, so they are merged in one streaming pass into a temporary file: memory holds a row at a time,
    /// however many donors there are. Nil when nothing would change.
    func stageDonors(_ donors: some Sequence<ImportedDonor>, file display: String, fileHash: String)
        throws(IntakeFailure) -> StagedTable?
    {
        let target = paths.workspaceFile(Self.donorsFile)
        var incoming = donors.makeIterator()
        var next = incoming.next()
        var previousIncoming = ""
        // The new table goes straight to a temporary file (it can hold millions of donors), put in place only when
        // something changed.
        let output: AtomicFile.Writer
        do { output = try AtomicFile.Writer(target.url) } catch { throw .writeFailed(error) }
        var hasher = SHA256()
        var counts = (added: 0, changed: 0, unchanged: 0, incoming: 0)
        func fields(_ donor: ImportedDonor, birthYear: String = "", group: String = "") -> [String] {
            [
                donor.key, donor.regionCode, donor.venueID ?? "", donor.lastDonation.description,
                donor.lastType.rawValue, donor.birthYear.map(String.init) ?? birthYear,
                donor.bloodGroup?.description ?? group,
            ]
        }
        func emit(_ bytes: [UInt8]) throws {
            hasher.update(bytes)
            try output.write(bytes)
        }
        func write(_ values: [String]) throws { try emit(Array(CSVWriter.line(values).utf8)) }
        /// Moves past `donor`, the current `next`, checking that the incoming keys rise.
        func consume(_ donor: ImportedDonor) throws {
            guard donor.key > previousIncoming else {
                throw WriteFailure(path: target.display, step: .write, cause: .notInKeyOrder)
            }
            previousIncoming = donor.key
            counts.incoming += 1
            next = incoming.next()
        }
        do {
            try emit(Array((CSVWriter.byteOrderMark + CSVWriter.line(Self.donorsHeader)).utf8))
            if FileManager.default.fileExists(atPath: target.url.path) {
                var previous = ""
                var header = true
                try CSVRowReader(try ByteStream(path: target.url.path)).forEachRow { row in
                    if header {
                        header = false
                        return
                    }
                    let stored = (0..<Self.donorsHeader.count).map { $0 < row.count ? row.string($0) : "" }
                    let key = stored[0]
                    guard key > previous else {
                        throw WriteFailure(path: target.display, step: .read, cause: .notInKeyOrder)
                    }
                    previous = key
                    while let donor = next, donor.key < key {
                        try consume(donor)
                        try write(fields(donor))
                        counts.added += 1
                    }
                    if let donor = next, donor.key == key {
                        try consume(donor)
                        let merged =
                            stored[3] > donor.lastDonation.description
                            ? stored : fields(donor, birthYear: stored[5], group: stored[6])
                        try write(merged)
                        if merged == stored { counts.unchanged += 1 } else { counts.changed += 1 }
                    } else {
                        try write(stored)
                        counts.unchanged += 1
                    }
                }
            }
            while let donor = next {
                try consume(donor)
                try write(fields(donor))
                counts.added += 1
            }
        } catch let failure as WriteFailure {
            throw .writeFailed(failure)
        } catch {
            throw .writeFailed(.from(error, path: target.display, step: .write))
        }
        guard counts.added + counts.changed > 0 else { return nil }
        let hash = SHA256.hexadecimal(hasher.finalize())
        let entry = AuditEntry(
            time: time, by: by, command: "import records", table: "donors", file: display, fileHash: fileHash,
            rows: counts.incoming, periods: [], added: counts.added, removed: 0, changed: counts.changed,
            unchanged: counts.unchanged, resultHash: hash)
        return StagedTable(path: Self.donorsFile, content: .streamed(output, hash: hash), entry: entry, changes: true)
    }
}

extension SHA256 {
    /// The hash of a file read in 1 MiB chunks, as `sha256sum` prints it.
    public static func file(_ url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update([UInt8](chunk)) }
        return hexadecimal(hasher.finalize())
    }
}
