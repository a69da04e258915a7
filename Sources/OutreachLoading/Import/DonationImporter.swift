import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// Reads a blood-management system's donation export: maps its columns, refuses identity columns the mapping does
/// not handle, normalises every value, replaces each donor key by a keyed hash, and adds the rows up by month,
/// region and venue kind. A large file is read in pieces cut at line breaks, one per processor, and the pieces'
/// sums and donors are combined in file order, so the result is the same as reading it in one. Memory is bounded:
/// each piece streams through a 1 MiB buffer, and keeps at most `donorsInMemory` donors before writing them out.
public struct DonationImporter: Sendable {
    public let workspace: Workspace
    public let mapping: ImportMapping
    public let secret: [UInt8]
    public let today: CivilDate
    /// The file as messages name it.
    public let display: String

    public init(workspace: Workspace, mapping: ImportMapping, secret: [UInt8], today: CivilDate, display: String) {
        self.workspace = workspace
        self.mapping = mapping
        self.secret = secret
        self.today = today
        self.display = display
    }

    static let source = "献血记录导入 import"

    /// Pieces of a large file read at the same time, one per processor.
    public var workers = min(8, ProcessInfo.processInfo.activeProcessorCount)
    /// Files smaller than this are read in one piece.
    public var parallelBytes = 8 << 20
    /// Donors a piece keeps in memory (about 100 bytes each) before writing them to a temporary run, so that memory
    /// does not grow with the export.
    public var donorsInMemory = 1 << 19

    public func read(path: String) -> DonationImport {
        var result = DonationImport()
        // The header first, on its own, so that every piece starts knowing the columns.
        var pass = ImportPass(importer: self)
        let reader: CSVRowReader
        do { reader = CSVRowReader(try ByteStream(path: path), bufferSize: 1 << 16) } catch {
            result.fileProblems = [problem(for: error, path: path)]
            return result
        }
        do {
            try reader.forEachRow { row in
                pass.readHeader(row, into: &result)
                throw StopReading()
            }
        } catch is StopReading {
        } catch {
            result.fileProblems = [problem(for: error, path: path)]
            return result
        }
        guard pass.columns != nil, result.fileProblems.isEmpty else { return result }
        result.encoding = reader.encoding.rawValue
        let size = ByteStream.size(of: path) ?? 0
        let pieces =
            size >= parallelBytes ? ByteStream.lineAlignedPieces(of: path, pieces: workers) : [0..<size]
        var parts = read(path, pieces: pieces, after: pass, encoding: reader.encoding)
        if pieces.count > 1 && parts.contains(where: { $0.failure != nil }) {
            // A cut inside a quoted field (or a damaged file): read it again in one piece, which also places any
            // error exactly.
            parts = read(path, pieces: [0..<size], after: pass, encoding: reader.encoding)
        }
        if let failure = parts.first(where: { $0.failure != nil })?.failure {
            result.fileProblems.append(problem(for: failure, path: path))
            return result
        }
        result.fileProblems += pass.identityProblems(parts.map(\.screened))
        var lines = 1
        for part in parts {
            result.append(part.result, lineOffset: lines - 1)
            lines += part.lines
        }
        do {
            result.donors = ImportedDonors(
                run: try DonorRun.merging(parts.flatMap(\.runs)), regionCodes: workspace.regions.map(\.code),
                venueIDs: workspace.venues.map(\.id))
        } catch {
            result.fileProblems.append(problem(for: error, path: path))
        }
        // By month, then region and venue kind in the workspace's order.
        let order = Dictionary(
            workspace.regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        result.records.sort {
            ($0.month.ordinal, order[$0.regionCode] ?? 0, ImportPass.kinds.firstIndex(of: $0.venueKind) ?? 0)
                < ($1.month.ordinal, order[$1.regionCode] ?? 0, ImportPass.kinds.firstIndex(of: $1.venueKind) ?? 0)
        }
        let source = DonationImporter.source + " " + display
        let venues = workspace.venues
        let keys = result.dayTallies.keys.sorted { (DayTally.day($0), $0) < (DayTally.day($1), $1) }
        result.drives = keys.map { key in
            let tally = result.dayTallies[key]!
            let venue = venues[DayTally.venue(key)]
            return DriveRecord(
                date: CivilDate(dayNumber: DayTally.day(key)), venueID: venue.id, regionCode: venue.regionCode,
                venueKind: venue.kind, donations: tally.donations, deferred: tally.deferred, units: tally.units,
                plateletDoses: tally.doses, firstTime: tally.firstTime, source: source)
        }
        result.dayTallies = [:]
        return result
    }

    /// What one piece of the file gave: its rows' figures (lines counted from the piece's start), the number of
    /// lines it spans, or why it could not be read.
    struct Part: Sendable {
        var result = DonationImport()
        var runs: [DonorRun] = []
        var lines = 0
        /// The identity tallies of the screened columns, in `ImportPass.screened`'s order.
        var screened: [IdentityScreen.Tally] = []
        var failure: (any Error)?
    }

    /// Reads the pieces at the same time, each with its own copy of the header's state; the first piece starts
    /// at the header, which it skips.
    func read(_ path: String, pieces: [Range<Int>], after header: ImportPass, encoding: ByteStream.Encoding) -> [Part] {
        var parts = [Part](repeating: Part(), count: pieces.count)
        parts.withUnsafeMutableBufferPointer { buffer in
            // Each piece writes only its own element.
            nonisolated(unsafe) let parts = buffer
            DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
                var pass = header
                var part = Part()
                do {
                    let reader = CSVRowReader(
                        try ByteStream(
                            path: path, range: pieces.count > 1 ? pieces[index] : nil,
                            encoding: index > 0 ? encoding : nil))
                    var isHeader = index == 0
                    try reader.forEachRow { row in
                        if isHeader {
                            isHeader = false
                        } else {
                            try pass.readRow(row, into: &part.result)
                        }
                    }
                    pass.finish(into: &part.result)
                    part.screened = pass.screened.map(\.tally)
                    part.runs = pass.closeRuns()
                    part.lines = reader.line - 1
                } catch {
                    part.failure = error
                }
                parts[index] = part
            }
        }
        return parts
    }

    struct StopReading: Error {}

    func problem(for error: any Error, path: String) -> Problem {
        switch error {
        case let failure as ByteStream.Failure:
            switch failure {
            case .cannotOpen(let code):
                return Problem(.error, .unreadableFile(.system(code)), location: SourceLocation(file: display))
            case .undecodable(let offset):
                let line = ByteStream.line(at: offset, in: path)
                return Problem(.error, .undecodableText, location: SourceLocation(file: display, line: line))
            }
        case let quote as CSVRowReader.UnterminatedQuote:
            return Problem(.error, .unterminatedQuote, location: SourceLocation(file: display, line: quote.line))
        case let text as CSVRowReader.TextAfterQuote:
            return Problem(.error, .textAfterQuote, location: SourceLocation(file: display, line: text.line))
        case let row as CSVRowReader.OversizedRow:
            let kind: ProblemKind =
                row.tooManyFields
                ? .tooManyFields(limit: CSVRowReader.maximumFields)
                : .rowTooLong(limitBytes: CSVRowReader.maximumRowBytes)
            return Problem(.error, kind, location: SourceLocation(file: display, line: row.line))
        default:
            return Problem(.error, .unreadableFile(.from(error)), location: SourceLocation(file: display))
        }
    }
}
