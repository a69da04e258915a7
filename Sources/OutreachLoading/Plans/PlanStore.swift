import Foundation
import OutreachModel
import OutreachPlanning

/// Saved plans (`plans/NAME.json` in the workspace) and exported instances: written atomically as sorted,
/// indented JSON; read back with every problem located by key path.
public enum PlanStore {
    /// Why a plan or instance file could not be used.
    public enum Failure: Error, Equatable, Sendable {
        case invalidName(String)
        /// No saved plan of that name; `available` lists the saved ones.
        case notFound(name: String, available: [String])
        case unreadable([Problem])
        case writeFailed(WriteFailure)
    }

    public static func url(of name: String, in paths: WorkspacePaths) -> (url: URL, display: String) {
        paths.workspaceFile(WorkspaceLoader.plansFolder + "/" + name + ".json")
    }

    /// Plan names become file names: letters, digits, `-`, `_` and `.` only, not starting with `.`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && name.count <= 80
            && name.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == "."
            }
    }

    public static func names(in paths: WorkspacePaths) -> [String] {
        let folder = paths.workspace.appendingPathComponent(WorkspaceLoader.plansFolder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    public static func save(_ plan: Plan, in paths: WorkspacePaths) throws(Failure) -> String {
        guard isValidName(plan.name) else { throw .invalidName(plan.name) }
        let file = url(of: plan.name, in: paths)
        let folder = file.url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(plan, to: file.url)
        return file.display
    }

    public static func load(_ name: String, in paths: WorkspacePaths) throws(Failure) -> Plan {
        guard isValidName(name) else { throw .invalidName(name) }
        let file = url(of: name, in: paths)
        guard FileManager.default.fileExists(atPath: file.url.path) else {
            throw .notFound(name: name, available: names(in: paths))
        }
        return try read(Plan.self, url: file.url, display: file.display)
    }

    /// Writes any value as the project's JSON: sorted keys, two-space indent, a final newline.
    public static func write<T: Encodable>(_ value: T, to url: URL) throws(Failure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(value)
            try AtomicFile.write(Array(data) + [0x0A], to: url)
        } catch let failure as WriteFailure {
            throw .writeFailed(failure)
        } catch {
            throw .writeFailed(.from(error, path: url.path, step: .write))
        }
    }

    /// Any value as the project's JSON text, for `--format json`.
    public static func jsonText<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a versioned JSON file (a plan, an instance, a schedule to score).
    public static func read<T: Decodable>(_ type: T.Type, url: URL, display: String) throws(Failure) -> T {
        switch FileText.read(url, display: display) {
        case .missing: throw .unreadable([Problem(.error, .missingFile, location: SourceLocation(file: display))])
        case .failed(let problem): throw .unreadable([problem])
        case .text(let text):
            let (value, problems) = JSONDocument.decode(type, text: text, file: display)
            guard let value else { throw .unreadable(problems) }
            return value
        }
    }
}
