import Foundation
import OutreachFormats
import OutreachModel

/// Decodes a strict JSON data file and turns every failure into a located problem.
///
/// Foundation on Linux gives no position for syntax errors beyond "around character N", and a decoding error's
/// description is not fit for users; the messages are built here from the coding path instead.
enum JSONDocument {
    static let supportedVersion = 1

    /// The decoded value, or nil with the problems that prevented it. `overrides` are merged into the top-level
    /// object before decoding, key by key (used for a city's template overrides).
    static func decode<T: Decodable>(
        _ type: T.Type, text: String, file: String, overrides: [String: Any]? = nil, deep: Bool = false
    ) -> (T?, [Problem]) {
        let (object, problems) = parse(text: text, file: file)
        guard let object else { return (nil, problems) }
        return decode(type, from: object, file: file, overrides: overrides, deep: deep)
    }

    /// The top-level object of a data file whose syntax and `version` are right, or nil with the problem.
    static func parse(text: String, file: String) -> ([String: Any]?, [Problem]) {
        if let comma = JSONTrailingComma.position(in: text) {
            let location = SourceLocation(file: file, line: comma.line, column: comma.column)
            return (nil, [Problem(.error, .jsonTrailingComma, location: location)])
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            let position = JSONErrorPosition.lineAndColumn(describedBy: message, in: text)
            let location = SourceLocation(file: file, line: position?.line ?? 1, column: position?.column)
            return (nil, [Problem(.error, .jsonSyntax, location: location)])
        }
        guard let dictionary = object as? [String: Any] else {
            return (nil, [Problem(.error, .jsonWrongType(expected: "object"), location: SourceLocation(file: file))])
        }
        switch dictionary["version"] {
        case nil:
            let location = SourceLocation(file: file, keyPath: "version")
            return (nil, [Problem(.error, .jsonMissingKey("version"), location: location)])
        case let version as Int where version == supportedVersion:
            return (dictionary, [])
        case let other:
            let location = SourceLocation(file: file, keyPath: "version")
            let problem = ProblemKind.unsupportedVersion(found: other as? Int, supported: supportedVersion)
            return (nil, [Problem(.error, problem, location: location)])
        }
    }

    /// Decodes an already parsed object, with `overrides` merged in first (into nested objects too when `deep`).
    static func decode<T: Decodable>(
        _ type: T.Type, from object: [String: Any], file: String, overrides: [String: Any]? = nil, deep: Bool = false
    ) -> (T?, [Problem]) {
        let dictionary = merged(object, overrides ?? [:], deep: deep)
        do {
            let merged = try JSONSerialization.data(withJSONObject: dictionary)
            return (try JSONDecoder().decode(T.self, from: merged), [])
        } catch let error as DecodingError {
            return (nil, [problem(for: error, file: file, root: dictionary)])
        } catch {
            return (nil, [Problem(.error, .unreadableFile(.from(error)), location: SourceLocation(file: file))])
        }
    }

    static func merged(_ base: [String: Any], _ overrides: [String: Any], deep: Bool) -> [String: Any] {
        var result = base
        for (key, value) in overrides {
            if deep, let inner = value as? [String: Any], let original = result[key] as? [String: Any] {
                result[key] = merged(original, inner, deep: true)
            } else {
                result[key] = value
            }
        }
        return result
    }

    static func problem(for error: DecodingError, file: String, root: [String: Any]) -> Problem {
        func located(_ kind: ProblemKind, _ path: [any CodingKey]) -> Problem {
            Problem(.error, kind, location: SourceLocation(file: file, keyPath: keyPath(path)))
        }
        switch error {
        case .keyNotFound(let key, let context):
            return located(.jsonMissingKey(key.stringValue), context.codingPath + [key])
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return located(.jsonWrongType(expected: typeName(type)), context.codingPath)
        case .dataCorrupted(let context):
            let value = valueDescription(at: context.codingPath, in: root)
            return located(
                .invalidValue(field: keyPath(context.codingPath), value: value, expected: .oneOf([])),
                context.codingPath)
        @unknown default:
            return located(.jsonSyntax, [])
        }
    }

    /// `venueKinds[2]`, `promotion[0].channel`.
    static func keyPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "string"
        case is Int.Type, is Double.Type: return "number"
        case is Bool.Type: return "true/false"
        default: return "\(type)".hasPrefix("Array") ? "array" : "object"
        }
    }

    private static func valueDescription(at path: [any CodingKey], in root: Any) -> String {
        var current: Any? = root
        for key in path {
            if let index = key.intValue {
                current = (current as? [Any]).flatMap { index < $0.count ? $0[index] : nil }
            } else {
                current = (current as? [String: Any])?[key.stringValue]
            }
        }
        return current.map { "\($0)" } ?? ""
    }
}
