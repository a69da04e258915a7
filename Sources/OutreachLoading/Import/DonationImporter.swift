import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// Reads a blood-management system's donation export in one streaming pass: maps its columns, refuses identity
/// columns the mapping does not handle, normalises every value, replaces each donor key by a keyed hash, and adds
/// the rows up by month, region and venue kind. Memory grows with the number of distinct donors, regions and
/// months, not with the file.
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

    /// Rows sampled for identity-shaped values in columns the mapping does not name.
    static let identitySample = 2_000
    static let source = "献血记录导入 import"

    public func read(path: String) -> DonationImport {
        var result = DonationImport()
        let reader: CSVRowReader
        do { reader = CSVRowReader(try ByteStream(path: path)) } catch {
            result.fileProblems = [problem(for: error)]
            return result
        }
        var pass = ImportPass(importer: self)
        do {
            try reader.forEachRow { row in
                if pass.columns == nil {
                    pass.readHeader(row, into: &result)
                    if !result.fileProblems.isEmpty { throw StopReading() }
                } else {
                    pass.readRow(row, into: &result)
                }
            }
        } catch is StopReading {
            return result
        } catch {
            result.fileProblems.append(problem(for: error))
            return result
        }
        result.encoding = reader.encoding.rawValue
        pass.finish(into: &result)
        return result
    }

    struct StopReading: Error {}

    func problem(for error: any Error) -> Problem {
        switch error {
        case let failure as ByteStream.Failure:
            switch failure {
            case .cannotOpen(let reason):
                return Problem(.error, .unreadableFile(reason: reason), location: SourceLocation(file: display))
            case .undecodable:
                return Problem(.error, .undecodableText, location: SourceLocation(file: display))
            }
        case let quote as CSVRowReader.UnterminatedQuote:
            return Problem(.error, .unterminatedQuote, location: SourceLocation(file: display, line: quote.line))
        default:
            return Problem(.error, .unreadableFile(reason: "\(error)"), location: SourceLocation(file: display))
        }
    }
}
