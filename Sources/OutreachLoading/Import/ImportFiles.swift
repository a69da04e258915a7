import Foundation
import Glibc
import OutreachFormats
import OutreachModel

/// Mapping files (`Templates/imports/NAME.json`) and the workspace secret the donor keys are hashed with.
public enum ImportFiles {
    public static let mappingsFolder = "imports"
    public static let defaultMapping = "generic"

    /// The mapping, or the problems that prevent reading it (a missing name lists the ones there are).
    public static func mapping(_ name: String, paths: WorkspacePaths) -> (ImportMapping?, [Problem]) {
        let file = paths.templatesFile(mappingsFolder + "/" + name + ".json")
        switch FileText.read(file.url, display: file.display) {
        case .missing:
            return (nil, [Problem(.error, .missingFile, location: SourceLocation(file: file.display))])
        case .failed(let problem): return (nil, [problem])
        case .text(let text): return JSONDocument.decode(ImportMapping.self, text: text, file: file.display)
        }
    }

    /// The names of the mappings there are.
    public static func mappingNames(paths: WorkspacePaths) -> [String] {
        let folder = paths.templates.appendingPathComponent(mappingsFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Where a workspace's secret lives: `$OUTREACH_SECRET_FILE`, else
    /// `~/.config/outreach/keys/<hash of the workspace's real path>.key` — outside every data folder, so copying or
    /// sharing a workspace never carries the secret with it.
    public static func secretURL(workspace: URL, environment: [String: String]) -> URL {
        if let file = environment["OUTREACH_SECRET_FILE"], !file.isEmpty { return URL(fileURLWithPath: file) }
        let home =
            environment["XDG_CONFIG_HOME"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".config")
        let real = workspace.resolvingSymlinksInPath().standardizedFileURL.path
        let name = String(SHA256.hex(Array(real.utf8)).prefix(24))
        return home.appendingPathComponent("outreach/keys/\(name).key")
    }

    /// The secret when it exists and is well formed; never creates one.
    public static func existingSecret(at url: URL) -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try? secret(at: url).key
    }

    /// The secret, created on first use: 32 random bytes, hexadecimal, owner-only (0600 in a 0700 folder).
    /// `created` says the key is new: the user is told to back it up.
    ///
    /// Created exactly once: the key is written whole to a temporary file and hard-linked into place, which fails
    /// if another run got there first — the loser then reads the winner's key, so two first imports at once hash
    /// every donor under one key.
    public static func secret(at url: URL) throws -> (key: [UInt8], created: Bool) {
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            let hex = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let bytes = bytes(hex: hex), bytes.count >= 16 { return (bytes, false) }
            throw WriteFailure(path: url.path, step: .readKey, cause: .notAKey)
        }
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        // SystemRandomNumberGenerator reads the kernel's cryptographic generator (getrandom on Linux).
        var generator = SystemRandomNumberGenerator()
        let random = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = Array((SHA256.hexadecimal(random) + "\n").utf8)
        // Unique to this attempt, so two attempts never write into one temporary file.
        let temporary = url.path + ".\(getpid())-\(UInt64.random(in: 0...UInt64.max, using: &generator)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw WriteFailure.system(temporary, .createKey) }
        let written = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let flushed = fsync(descriptor) == 0
        close(descriptor)
        defer { unlink(temporary) }
        guard written == text.count, flushed else { throw WriteFailure.system(temporary, .createKey) }
        if link(temporary, url.path) != 0 {
            guard errno == EEXIST else { throw WriteFailure.system(url.path, .createKey) }
            return (try secret(at: url).key, false)
        }
        return (random, true)
    }

    /// A short fingerprint of the key, kept beside the donors: it tells whether they were hashed under this key
    /// without revealing it.
    public static func fingerprint(of key: [UInt8]) -> String {
        String(SHA256.hexadecimal(HMACSHA256(key: key).authenticate(Array("outreach donor key check".utf8))).prefix(16))
    }

    /// Removes a key this run created but must not use (the stored donors were hashed under another).
    public static func removeSecret(at url: URL) { unlink(url.path) }

    static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var result: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<(index + 2)], as: UTF8.self), radix: 16) else {
                return nil
            }
            result.append(byte)
        }
        return result
    }
}
