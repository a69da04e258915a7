import Foundation
import OutreachLoading
import OutreachModel

/// `import records` at scale: generated exports of the bundled Maoming workspace (100 k, 1 M and, with --large,
/// 10 M rows), the import pass timed in process, its peak memory measured in a child process, and DuckDB on the same
/// file computing the same monthly aggregation (when `python3 -c "import duckdb"` works; `pip install duckdb`).
func runImportBenchmark(repository: URL, runs: Int, large: Bool) throws {
    let paths = maomingPaths(repository)
    let workspace = try WorkspaceLoader.load(paths).workspace
    guard let mapping = ImportFiles.mapping(ImportFiles.defaultMapping, paths: paths).0 else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outreach-import-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // OUTREACH_KEEP_EXPORTS=1 keeps the generated files (for profiling `--import-only FILE`).
    defer {
        if ProcessInfo.processInfo.environment["OUTREACH_KEEP_EXPORTS"] == nil {
            try? FileManager.default.removeItem(at: folder)
        } else {
            print("exports kept in \(folder.path)")
        }
    }
    let venues = folder.appendingPathComponent("venues.csv")
    try Data(("name,kind\n" + workspace.venues.map { "\($0.name),\($0.kind.rawValue)\n" }.joined()).utf8).write(
        to: venues)
    let script = repository.appendingPathComponent("Sources/outreach-benchmarks/duckdb_aggregate.py")
    let binary = CommandLine.arguments[0]

    print(
        "| rows | encoding | file | outreach import pass | rows/s | peak memory (child) | DuckDB | DuckDB peak memory | outreach ÷ DuckDB |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    let sizes = [100_000, 1_000_000] + (large ? [10_000_000] : [])
    for (rows, gb18030) in sizes.map({ ($0, false) }) + [(1_000_000, true)] {
        let file = folder.appendingPathComponent("export-\(rows)\(gb18030 ? "-gb" : "").csv")
        var generator = ExportGenerator(
            workspace: workspace, from: CivilDate(year: 2025, month: 11, day: 1)!,
            to: CivilDate(year: 2026, month: 10, day: 31)!, seed: 7)
        generator.gb18030 = gb18030
        _ = try generator.write(rows: rows, to: file)
        // On disk before timing, so that writing it back does not slow whichever reader comes first.
        let handle = try FileHandle(forUpdating: file)
        try handle.synchronize()
        try handle.close()
        let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let importer = DonationImporter(
            workspace: workspace, mapping: mapping, secret: Array(repeating: 1, count: 32),
            today: CivilDate(year: 2026, month: 12, day: 2)!, display: file.lastPathComponent)
        var samples: [Double] = []
        var counted = 0
        // One untimed run first (file in the page cache, worker threads started), as DuckDB gets; then the median.
        if rows < 10_000_000 { counted = importer.read(path: file.path).counted }
        for _ in 0..<(rows >= 10_000_000 ? 1 : runs) {
            samples.append(milliseconds { counted = importer.read(path: file.path).counted })
        }
        let time = samples.sorted()[samples.count / 2]
        let rss = try childPeakMemory(binary, ["--import-only", file.path], in: repository.path)
        var duck = "— | —"
        var ratio = "—"
        if !gb18030,
            let (seconds, peak) = duckDB(
                script: script.path, file: file.path, venues: venues.path, runs: rows >= 10_000_000 ? 1 : runs)
        {
            duck = String(format: "%.0f ms | %d MB", seconds * 1000, peak / 1024)
            ratio = String(format: "%.2f", time / (seconds * 1000))
        }
        print(
            "| \(rows) | \(gb18030 ? "GB18030" : "UTF-8") | \(size / 1_000_000) MB | \(String(format: "%.0f ms", time)) | \(String(format: "%.2f M", Double(counted) / time / 1000)) | \(rss / 1024) MB | \(duck) | \(ratio) |"
        )
    }
}

/// The import pass alone, for the child whose peak memory the parent measures.
func runImportOnly(repository: URL, file: String) throws {
    let paths = maomingPaths(repository)
    let workspace = try WorkspaceLoader.load(paths).workspace
    guard let mapping = ImportFiles.mapping(ImportFiles.defaultMapping, paths: paths).0 else { return }
    let result = DonationImporter(
        workspace: workspace, mapping: mapping, secret: Array(repeating: 1, count: 32),
        today: CivilDate(year: 2026, month: 12, day: 2)!, display: file
    ).read(path: file)
    print(result.counted, result.donors.count, result.fileProblems.map(\.kind), peakResidentKiB())
}

/// This process's peak resident memory (VmHWM) in KiB. Not getrusage: a spawned child's ru_maxrss starts from the
/// parent's high-water mark, so it would measure the benchmark rather than the import.
func peakResidentKiB() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}

/// Runs the import in a child process and returns the child's own peak resident memory in KiB.
func childPeakMemory(_ path: String, _ arguments: [String], in directory: String) throws -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self).split(separator: " ").last
        .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
}

/// DuckDB's median time in seconds after an untimed run and the Python process's peak memory in KiB, or nil when
/// DuckDB is not installed.
func duckDB(script: String, file: String, venues: String, runs: Int) -> (seconds: Double, peakKiB: Int)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, file, venues, String(max(1, runs))]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let fields = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace)
    guard fields.count == 3, let seconds = Double(fields[0]), let peak = Int(fields[2]) else { return nil }
    return (seconds, peak)
}
