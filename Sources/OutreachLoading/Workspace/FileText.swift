import Foundation
import OutreachFormats
import OutreachModel

/// Reads a data file as text in any accepted encoding; the only place bytes become strings.
enum FileText {
    enum Outcome {
        case text(String)
        case missing
        case failed(Problem)
    }

    static func read(_ url: URL, display: String) -> Outcome {
        guard FileManager.default.fileExists(atPath: url.path) else { return .missing }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: url))
        } catch {
            return .failed(
                Problem(
                    .error, .unreadableFile(.from(error)), location: .init(file: display)))
        }
        return decode(bytes, display: display)
    }

    static func decode(_ bytes: [UInt8], display: String) -> Outcome {
        if FileShape.isUTF16(bytes) {
            return .failed(Problem(.error, .fileShape(.utf16), location: SourceLocation(file: display, line: 1)))
        }
        do throws(UndecodableText) {
            return .text(try TextDecoder.decode(bytes).text)
        } catch {
            return .failed(Problem(.error, .undecodableText, location: SourceLocation(file: display, line: error.line)))
        }
    }
}
