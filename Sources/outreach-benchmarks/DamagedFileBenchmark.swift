import Foundation
import OutreachLoading
import OutreachModel

/// `--damaged-files`: a corpus of damaged and hostile files — fixed classes (other shapes, encodings, quotes,
/// numbers, sizes, non-regular files) and seeded random mutations of a good sheet and a good export — given to
/// `record donations` and `import records` (with `--dry-run`, so one workspace serves every file). Each outcome is
/// counted: refused naming the line, refused naming the file, accepted, crashed, hung (over 10 s). Returns the
/// crashes, hangs and refusals that name no file.
func runDamagedFiles(repository: URL, mutations: Int = 400) throws -> Int {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("outreach").path
    let manager = FileManager.default
    let base = manager.temporaryDirectory.appendingPathComponent("outreach-damaged-\(getpid())")
    try manager.createDirectory(at: base.appendingPathComponent("Regions"), withIntermediateDirectories: true)
    defer { try? manager.removeItem(at: base) }
    try manager.createSymbolicLink(
        at: base.appendingPathComponent("Templates"), withDestinationURL: repository.appendingPathComponent("Templates")
    )
    let workspace = base.appendingPathComponent("Regions/maoming")
    try manager.copyItem(at: repository.appendingPathComponent("Regions/maoming"), to: workspace)
    let environment = ["OUTREACH_SECRET_FILE": base.appendingPathComponent("secret.key").path]
    let files = base.appendingPathComponent("files")
    try manager.createDirectory(at: files, withIntermediateDirectories: true)

    let sheet = Array(
        ("month,region,venue_kind,visits,units\n2026-10,440902,street,100,160\n2026-10,440903,street,80,130\n"
            + "2026-10,440904,fixed-site,300,480\n").utf8)
    let exportURL = files.appendingPathComponent("good-export.csv")
    _ = try ExportGenerator(
        workspace: try WorkspaceLoader.load(maomingPaths(repository)).workspace,
        from: CivilDate(year: 2026, month: 10, day: 1)!, to: CivilDate(year: 2026, month: 10, day: 31)!, seed: 3
    ).write(rows: 300, to: exportURL)
    let export = [UInt8](try Data(contentsOf: exportURL))
    // CRLF is one Character in Swift: split on any line break.
    let exportLines = String(decoding: export, as: UTF8.self).split(whereSeparator: \.isNewline)
    let exportHeader = String(exportLines[0])
    let exportRow = String(exportLines[1])

    enum Target { case record, importing }
    struct Outcome { var files = 0, located = 0, named = 0, accepted = 0, crashed = 0, hung = 0, unnamed = 0 }
    var outcomes: [(name: String, outcome: Outcome)] = []
    var counter = 0

    /// Gives one file to the command and classifies what it did.
    func attempt(_ path: String, _ target: Target, into outcome: inout Outcome) {
        let arguments =
            target == .record
            ? ["record", "donations", path, "--dry-run", "--replace", "--workspace", workspace.path]
            : ["import", "records", path, "--dry-run", "--replace", "--workspace", workspace.path]
        let result = spawnCapturing(binary, arguments, environment: environment, timeout: 10)
        let name = URL(fileURLWithPath: path).lastPathComponent
        outcome.files += 1
        if result.hung {
            outcome.hung += 1
        } else if result.status == 0 {
            outcome.accepted += 1
        } else if result.status != 1 || result.errorOutput.contains("Fatal error") {
            outcome.crashed += 1
        } else if result.errorOutput.range(of: name + ":[0-9]", options: .regularExpression) != nil {
            outcome.located += 1
        } else if result.errorOutput.contains(name) {
            outcome.named += 1
        } else {
            outcome.unnamed += 1
        }
    }
    func file(_ bytes: [UInt8], _ suffix: String = "csv") -> String {
        counter += 1
        let url = files.appendingPathComponent("f\(counter).\(suffix)")
        try? Data(bytes).write(to: url)
        return url.path
    }
    func fixed(_ name: String, _ target: Target, _ bytes: [UInt8]) {
        var outcome = Outcome()
        attempt(file(bytes), target, into: &outcome)
        outcomes.append((name, outcome))
    }
    let header = "month,region,venue_kind,visits,units\n"
    func row(_ units: String) -> [UInt8] { Array((header + "2026-10,440902,street,100,\(units)\n").utf8) }

    // Shapes and encodings.
    fixed("empty file", .record, [])
    fixed("header only", .record, Array(header.utf8))
    fixed("title row above the header", .record, Array("2026年10月献血月报\n".utf8) + sheet)
    fixed(
        "two-row merged header", .record,
        Array("月份,区域,点位类型,献血,\n,,,人次,单位数\n2026-10,440902,street,100,160\n".utf8))
    fixed(
        "tab-separated", .record,
        Array(String(decoding: sheet, as: UTF8.self).replacingOccurrences(of: ",", with: "\t").utf8))
    fixed(
        "semicolon-separated", .record,
        Array(String(decoding: sheet, as: UTF8.self).replacingOccurrences(of: ",", with: ";").utf8))
    fixed(
        "UTF-16 with BOM", .record,
        [0xFF, 0xFE]
            + Array(String(decoding: sheet, as: UTF8.self).utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    fixed(
        "UTF-16 without BOM", .record,
        Array(String(decoding: sheet, as: UTF8.self).utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    fixed("xlsx bytes named .csv", .record, [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 200))
    fixed("NUL bytes", .record, Array(sheet.prefix(60)) + [0, 0, 0] + Array(sheet.dropFirst(60)))
    fixed(
        "invalid UTF-8 and GB18030", .record, Array(sheet.prefix(50)) + [0xFF, 0xFE, 0x80] + Array(sheet.dropFirst(50)))
    fixed("CR-only line ends", .record, sheet.map { $0 == 0x0A ? 0x0D : $0 })
    fixed(
        "duplicate header column", .record,
        Array("month,month,region,venue_kind,visits,units\n2026-10,2026-10,440902,street,100,160\n".utf8))
    // Quotes and numbers.
    fixed(
        "unclosed quote", .record, Array((header + "2026-10,\"440902,street,100,160\n2026-10,440903,street,1,2\n").utf8)
    )
    fixed("text after a closing quote", .record, row("\"12\"3"))
    for units in ["0x10", "1e+23", "1e-400", "9223372036854775808", "-5", "NaN", "inf", "1,2,3", "１６０"] {
        fixed("number \(units)", .record, row(units))
    }
    fixed("unknown region", .record, Array((header + "2026-10,茂南去,street,100,160\n").utf8))
    fixed("future month", .record, Array((header + "2031-10,440902,street,100,160\n").utf8))
    fixed("phone number as region", .record, Array((header + "2026-10,13800138000,street,100,160\n").utf8))
    // Sizes.
    fixed(
        "16 MiB value", .record,
        Array((header + "2026-10," + String(repeating: "茂", count: 5 << 20) + ",street,100,160\n").utf8))
    fixed("20 MiB line without breaks", .record, Array(repeating: 0x41, count: 20 << 20))
    fixed("header of 1,000,000 columns", .record, Array((String(repeating: "a,", count: 1_000_000) + "\n").utf8))
    fixed(
        "row of 1,000,000 extra columns", .record,
        Array((header + "2026-10,440902,street,100,160" + String(repeating: ",", count: 1_000_000) + "\n").utf8))
    // Exports.
    fixed(
        "export: shifted row (unquoted comma in a value)", .importing,
        Array((exportHeader + "\n" + exportRow.replacingOccurrences(of: "\"", with: "") + "\n").utf8))
    fixed(
        "export: unclosed quote in 9 MiB", .importing,
        export
            + Array(("\"" + String(repeating: exportRow + "\n", count: (9 << 20) / max(1, exportRow.utf8.count))).utf8))
    fixed(
        "export: ID numbers in a column", .importing,
        Array(
            (exportHeader + ",备注\n"
                + exportLines.dropFirst().filter { !$0.isEmpty }.map { $0 + ",440902199001011233" }.joined(
                    separator: "\n") + "\n").utf8))
    fixed("export: title row", .importing, Array("献血记录导出\n".utf8) + export)
    // Not regular files.
    var special = Outcome()
    let directory = files.appendingPathComponent("folder.csv")
    try manager.createDirectory(at: directory, withIntermediateDirectories: true)
    let fifo = files.appendingPathComponent("pipe.csv")
    mkfifo(fifo.path, 0o600)
    for target in [Target.record, .importing] {
        for path in [directory.path, fifo.path, "/dev/zero", files.appendingPathComponent("missing.csv").path] {
            attempt(path, target, into: &special)
        }
    }
    outcomes.append(("folder, FIFO, /dev/zero, missing file (record and import)", special))

    // Seeded random mutations of the good sheet and the good export.
    var random = SplitMix(seed: 20_261_206)
    func below(_ bound: Int) -> Int { min(bound - 1, Int(random.next() * Double(bound))) }
    let kinds = ["truncated", "byte changed", "quote inserted", "byte deleted", "comma inserted", "line repeated"]
    for (name, good, target) in [("sheet", sheet, Target.record), ("export", export, Target.importing)] {
        var byKind = [Outcome](repeating: Outcome(), count: kinds.count)
        for index in 0..<mutations {
            let kind = index % kinds.count
            var bytes = good
            let position = below(bytes.count)
            switch kind {
            case 0: bytes = Array(bytes.prefix(position))
            case 1: bytes[position] = UInt8(below(256))
            case 2: bytes.insert(0x22, at: position)
            case 3: bytes.remove(at: position)
            case 4: bytes.insert(0x2C, at: position)
            default:
                let start = bytes[..<position].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                let end = bytes[position...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
                bytes.insert(contentsOf: bytes[start..<end], at: end)
            }
            attempt(file(bytes), target, into: &byKind[kind])
        }
        for (kind, outcome) in zip(kinds, byKind) { outcomes.append(("\(name): \(kind)", outcome)) }
    }

    print(
        "| class | files | refused, line named | refused, file named | accepted | crashed | hung > 10 s | no file named |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    var total = Outcome()
    for (name, outcome) in outcomes {
        print(
            "| \(name) | \(outcome.files) | \(outcome.located) | \(outcome.named) | \(outcome.accepted) | "
                + "\(outcome.crashed) | \(outcome.hung) | \(outcome.unnamed) |")
        total.files += outcome.files
        total.located += outcome.located
        total.named += outcome.named
        total.accepted += outcome.accepted
        total.crashed += outcome.crashed
        total.hung += outcome.hung
        total.unnamed += outcome.unnamed
    }
    print(
        "| **all** | \(total.files) | \(total.located) | \(total.named) | \(total.accepted) | \(total.crashed) | "
            + "\(total.hung) | \(total.unnamed) |")
    return total.crashed + total.hung + total.unnamed
}

/// Runs a program with its standard error captured; killed after `timeout` seconds (then `hung`).
func spawnCapturing(_ path: String, _ arguments: [String], environment: [String: String], timeout: Double) -> (
    status: Int32, errorOutput: String, hung: Bool
) {
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("outreach-stderr-\(getpid())").path
    guard let pid = launch(path, arguments, environment: environment, errorFile: errorFile) else {
        return (-1, "", false)
    }
    var status: Int32 = 0
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
    var hung = false
    while waitpid(pid, &status, WNOHANG) == 0 {
        if DispatchTime.now().uptimeNanoseconds > deadline {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
            hung = true
            break
        }
        usleep(5_000)
    }
    let errorOutput = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
    unlink(errorFile)
    let signal = status & 0x7f
    return (signal == 0 ? (status >> 8) & 0xff : 128 + signal, errorOutput, hung)
}
