import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachModel

extension RecordIntake {
    public static let donorsFile = RecordStore.folder + "/donors.csv"
    static let donorsHeader = ["key", "region", "venue", "last_donation", "last_type", "birth_year"]

    /// Stores an import: its months replace the stored donations (with the diff and an audit line), and its donors
    /// update `records/donors.csv` — a pseudonymous key with the last donation per donor, never an identity. Both
    /// are idempotent: importing the same export again changes nothing.
    public func storeImport(_ result: DonationImport, file display: String, fileHash: String) throws(IntakeFailure)
        -> IntakeReport
    {
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace: paths.workspace) } catch { throw .writeFailed(error) }
        defer { withExtendedLifetime(lock) {} }
        let store = RecordStore.load(paths, workspace: workspace)
        guard store.problems.isEmpty else { throw .problems(store.problems) }
        let merged = RecordMerge.replacingPeriods(store.donations, with: result.records)
        let report = try commit(
            .donations, command: "import records", file: display, hash: fileHash, rows: result.rows, merge: merged,
            warnings: [], document: RecordStore.document(merged.records))
        try storeDonors(result.donors, file: display, fileHash: fileHash)
        return report
    }

    /// Later donations win; a donor not in the export keeps their row.
    func storeDonors(_ donors: [ImportedDonor], file display: String, fileHash: String) throws(IntakeFailure) {
        let target = paths.workspaceFile(Self.donorsFile)
        var rows: [String: [String]] = [:]
        if case .text(let text) = FileText.read(target.url, display: target.display),
            let records = try? CSVParser.parse(text)
        {
            for record in records.dropFirst() where record.fields.count == Self.donorsHeader.count {
                rows[record.fields[0]] = record.fields
            }
        }
        let before = rows
        for donor in donors {
            if let stored = rows[donor.key], stored[3] > donor.lastDonation.description { continue }
            rows[donor.key] = [
                donor.key, donor.regionCode, donor.venueID ?? "", donor.lastDonation.description,
                donor.lastType.rawValue, donor.birthYear.map(String.init) ?? rows[donor.key]?[5] ?? "",
            ]
        }
        guard rows != before else { return }
        let document = CSVWriter.document(header: Self.donorsHeader, rows: rows.keys.sorted().map { rows[$0]! })
        let bytes = Array(document.utf8)
        do {
            try AtomicFile.write(bytes, to: target.url)
            try AuditLog.append(
                AuditEntry(
                    time: time, by: by, command: "import records", table: "donors", file: display, fileHash: fileHash,
                    rows: donors.count, periods: [], added: rows.keys.filter { before[$0] == nil }.count, removed: 0,
                    changed: rows.keys.filter { before[$0] != nil && before[$0] != rows[$0] }.count,
                    unchanged: rows.keys.filter { before[$0] == rows[$0] }.count, resultHash: SHA256.hex(bytes)),
                to: paths.workspaceFile(RecordStore.auditFile).url)
        } catch let failure as WriteFailure {
            throw .writeFailed(failure)
        } catch {
            throw .writeFailed(WriteFailure(path: Self.donorsFile, reason: error.localizedDescription))
        }
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
