import Foundation
import OutreachFormats
import OutreachModel

/// Turns the keyed hashes of `records/donors.csv` back into the station's own donor numbers, for a recall list an
/// SMS platform or the BMIS can use: the export is re-read in memory, only its donor-number column, and each
/// number is hashed with the workspace's secret as the import hashed it. Nothing is stored; no other column is read.
public enum DonorNumbers {
    /// The donor number for each of `keys` found in the export; problems name the file (and line) when it cannot
    /// be read or has no donor-number column.
    public static func lookup(
        _ keys: Set<String>, export path: String, display: String, mapping: ImportMapping, secret: [UInt8]
    ) -> (numbers: [String: String], problems: [Problem]) {
        let reader: CSVRowReader
        do { reader = CSVRowReader(try ByteStream(path: path), bufferSize: 1 << 16) } catch {
            return ([:], [Problem(.error, .unreadableFile(.from(error)), location: SourceLocation(file: display))])
        }
        let hmac = HMACSHA256(key: secret)
        let header = mapping.columns.first { $0.value == .donorKey }?.key
        var column: Int?
        var numbers: [String: String] = [:]
        var tag = [UInt8](repeating: 0, count: 32)
        do {
            try reader.forEachRow { row in
                guard let index = column else {
                    let headers = (0..<row.count).map { row.string($0).trimmingSpaces() }
                    column =
                        headers.firstIndex { $0 == header }
                        ?? headers.firstIndex { mapping.identity[$0] == .hash }
                    guard column != nil else { throw MissingColumn(header: header ?? "donorKey") }
                    return
                }
                guard index < row.count else { return }
                let field = row.field(index)
                var start = 0
                var end = field.count
                while start < end && (field[start] == 0x20 || field[start] == 0x09) { start += 1 }
                while end > start && (field[end - 1] == 0x20 || field[end - 1] == 0x09) { end -= 1 }
                guard end > start else { return }
                let value = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(field)[start..<end])
                tag.withUnsafeMutableBytes { hmac.authenticate(value, into: $0) }
                let key = SHA256.hexadecimal(Array(tag.prefix(16)))
                if keys.contains(key), numbers[key] == nil {
                    numbers[key] = String(decoding: value, as: UTF8.self)
                }
            }
        } catch let missing as MissingColumn {
            return (
                [:], [Problem(.error, .missingColumn(missing.header), location: SourceLocation(file: display, line: 1))]
            )
        } catch let quote as CSVRowReader.UnterminatedQuote {
            return (
                [:], [Problem(.error, .unterminatedQuote, location: SourceLocation(file: display, line: quote.line))]
            )
        } catch {
            return ([:], [Problem(.error, .unreadableFile(.from(error)), location: SourceLocation(file: display))])
        }
        return (numbers, [])
    }

    private struct MissingColumn: Error { var header: String }
}
