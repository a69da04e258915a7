import Foundation
import OutreachFormats
import OutreachLoading
import OutreachModel

/// `--kill-trials [--trials N]`: `record`, `import records`, `undo` and `init` killed with SIGKILL at random moments
/// (seeded), N times each. After every kill each table must hold its old or its new version, byte for byte — never a
/// mix — the audit log must end on a whole line, and the next command must work. Then pairs of writers at once.
/// Prints the outcomes and returns how many trials lost or mixed something (CI's short form fails on any).
func runKillTrials(repository: URL, trials: Int, pairs pairRuns: Int) throws -> Int {
    var failures = 0
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("outreach").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        print("outreach binary not found next to the benchmark; build it with: swift build -c release")
        return 1
    }
    let manager = FileManager.default
    let base = manager.temporaryDirectory.appendingPathComponent("outreach-kill-\(getpid())")
    try manager.createDirectory(at: base.appendingPathComponent("Regions"), withIntermediateDirectories: true)
    defer { try? manager.removeItem(at: base) }
    try manager.createSymbolicLink(
        at: base.appendingPathComponent("Templates"), withDestinationURL: repository.appendingPathComponent("Templates")
    )
    let original = base.appendingPathComponent("Regions/original")
    try manager.copyItem(at: repository.appendingPathComponent("Regions/maoming"), to: original)
    let secret = base.appendingPathComponent("secret.key")
    let environment = ["OUTREACH_SECRET_FILE": secret.path, "OUTREACH_TODAY": "2026-12-01"]
    let sheet = base.appendingPathComponent("fix.csv")
    try Data("month,region,venue_kind,visits,units\n2026-10,440902,street,100,160\n".utf8).write(to: sheet)
    let export = base.appendingPathComponent("bmis.csv")
    let workspace = try WorkspaceLoader.load(maomingPaths(repository)).workspace
    _ = try ExportGenerator(
        workspace: workspace, from: CivilDate(year: 2026, month: 9, day: 1)!,
        to: CivilDate(year: 2026, month: 10, day: 31)!, seed: 9
    ).write(rows: 2_000, to: export)
    var random = SplitMix(seed: 20_261_206)
    var trial = 0

    func fresh(from source: URL = original) throws -> URL {
        trial += 1
        let folder = base.appendingPathComponent("Regions/t\(trial)")
        try manager.copyItem(at: source, to: folder)
        return folder
    }
    func hash(_ url: URL) -> String? { manager.contents(atPath: url.path).map { SHA256.hex([UInt8]($0)) } }
    func run(_ arguments: [String], kill delay: Double? = nil) -> Int32 {
        spawn(binary, arguments, environment: environment, killAfter: delay)
    }
    func duration(_ arguments: () throws -> [String]) throws -> Double {
        var samples: [Double] = []
        for _ in 0..<3 {
            let command = try arguments()
            samples.append(milliseconds { _ = run(command) } / 1000)
        }
        return samples.sorted()[1]
    }

    /// A write command: tables before and after one uninterrupted run; each kill must leave one or the other.
    func killTrials(
        _ name: String, tables: [String], setup: URL, command: @escaping (URL) -> [String],
        next: @escaping (URL) -> [String]
    ) throws {
        let reference = try fresh(from: setup)
        let before = tables.map { hash(reference.appendingPathComponent($0)) }
        let auditBefore = manager.contents(atPath: reference.appendingPathComponent("records/audit.csv").path)
        guard run(command(reference)) == 0 else {
            print("\(name): the uninterrupted run failed; no trials")
            return
        }
        let after = tables.map { hash(reference.appendingPathComponent($0)) }
        let seconds = try duration { command(try fresh(from: setup)) }
        var outcome = (old: 0, new: 0, mixed: 0, torn: 0, nextFailed: 0, finished: 0, pending: 0)
        for _ in 0..<trials {
            let folder = try fresh(from: setup)
            let status = run(command(folder), kill: random.next() * seconds * 1.3)
            if status == 0 { outcome.finished += 1 }
            // A kill after the journal leaves it for the next command: the tables are judged as any command that
            // reads them next sees them (`check` finishes the journal first, as every command does).
            if manager.fileExists(atPath: folder.appendingPathComponent("records/journal.csv").path) {
                outcome.pending += 1
            }
            let check = run(["check", "--workspace", folder.path])
            let now = tables.map { hash(folder.appendingPathComponent($0)) }
            let states = zip(now, zip(before, after)).map { $0 == $1.0 ? "old" : $0 == $1.1 ? "new" : "torn" }
            if states.contains("torn") {
                outcome.torn += 1
            } else if Set(states).count > 1 {
                outcome.mixed += 1
            } else if states.first == "new" {
                outcome.new += 1
            } else {
                outcome.old += 1
            }
            let audit = manager.contents(atPath: folder.appendingPathComponent("records/audit.csv").path)
            if let audit, let auditBefore, !audit.starts(with: auditBefore) || !audit.suffix(2).elementsEqual([13, 10])
            {
                outcome.torn += 1
            }
            // The next command: the same change again completes it (or says there is nothing left to do), and
            // the workspace checks clean.
            let again = run(next(folder))
            let checkAgain = run(["check", "--workspace", folder.path])
            if again > 1 || check != 0 || checkAgain != 0 { outcome.nextFailed += 1 }
            try? manager.removeItem(at: folder)
        }
        failures += outcome.mixed + outcome.torn + outcome.nextFailed
        print(
            "\(name): \(trials) kills within \(String(format: "%.2f", seconds * 1.3)) s — finished before the kill "
                + "\(outcome.finished), journal left to finish \(outcome.pending); as the next command sees them: "
                + "every table old \(outcome.old), every table new \(outcome.new), "
                + "old and new mixed across tables \(outcome.mixed), torn \(outcome.torn), next command failed "
                + "\(outcome.nextFailed)")
    }

    let record = { (folder: URL) in ["record", "donations", sheet.path, "--replace", "--workspace", folder.path] }
    try killTrials(
        "record donations --replace", tables: ["records/donations.csv"], setup: original, command: record,
        next: record)
    let importing = { (folder: URL) in
        ["import", "records", export.path, "--skip-bad-rows", "--replace", "--workspace", folder.path]
    }
    try killTrials(
        "import records --replace",
        tables: ["records/donations.csv", "records/drives.csv", "records/donors.csv"], setup: original,
        command: importing, next: importing)
    let recorded = try fresh()
    _ = run(record(recorded))
    let undo = { (folder: URL) in ["undo", "--workspace", folder.path] }
    try killTrials("undo", tables: ["records/donations.csv"], setup: recorded, command: undo, next: undo)

    // init: the folder is absent or whole; the next init (or check) works.
    let city = { (folder: URL) in ["init", folder.path, "--city", "十堰市", "--down-to", "township"] }
    let reference = base.appendingPathComponent("init-reference")
    _ = run(city(reference))
    let files = (try? manager.contentsOfDirectory(atPath: reference.path))?.sorted() ?? []
    let hashes = files.map { hash(reference.appendingPathComponent($0)) }
    var seconds: [Double] = []
    for index in 0..<3 {
        let folder = base.appendingPathComponent("init-time-\(index)")
        seconds.append(milliseconds { _ = run(city(folder)) } / 1000)
    }
    let limit = seconds.sorted()[1] * 1.3
    var outcome = (absent: 0, whole: 0, partial: 0, nextFailed: 0)
    for index in 0..<trials {
        let folder = base.appendingPathComponent("init-\(index)")
        _ = run(city(folder), kill: random.next() * limit)
        if !manager.fileExists(atPath: folder.path) {
            outcome.absent += 1
            if run(city(folder)) != 0 { outcome.nextFailed += 1 }
        } else {
            let found = (try? manager.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
            if found == files && found.map({ hash(folder.appendingPathComponent($0)) }) == hashes {
                outcome.whole += 1
            } else {
                outcome.partial += 1
            }
        }
        if run(["check", "--workspace", folder.path]) != 0 { outcome.nextFailed += 1 }
        try? manager.removeItem(at: folder)
    }
    failures += outcome.partial + outcome.nextFailed
    print(
        "init 十堰市 --down-to township: \(trials) kills within \(String(format: "%.2f", limit)) s — no folder "
            + "\(outcome.absent), whole workspace \(outcome.whole), partial \(outcome.partial), next command failed "
            + "\(outcome.nextFailed)")

    // Two writers at once, on a fresh copy each time: both changes must be kept.
    let targets = ["2027-01", "2027-02"].map { month in
        let sheet = base.appendingPathComponent("targets-\(month).csv")
        try? Data("region,period,units\n440902,\(month),1234\n".utf8).write(to: sheet)
        return sheet
    }
    func text(_ folder: URL, _ path: String) -> String {
        String(decoding: manager.contents(atPath: folder.appendingPathComponent(path).path) ?? Data(), as: UTF8.self)
    }
    let add = { (folder: URL, text: String) in
        ["actions", "add", "--region", "电白区", "--text", text, "--due", "2027-01", "--workspace", folder.path]
    }
    let pairs: [(name: String, commands: (URL) -> [[String]], kept: (URL) -> Bool)] = [
        (
            // Two first imports without a key yet: one key is made, both hash every donor under it.
            "import records ‖ import records (no key yet)",
            { folder in
                try? manager.removeItem(at: secret)
                return [importing(folder), importing(folder)]
            },
            { folder in
                guard let key = ImportFiles.existingSecret(at: secret) else { return false }
                return text(folder, RecordIntake.donorKeyFile).hasPrefix(ImportFiles.fingerprint(of: key))
            }
        ),
        (
            "record targets ‖ record targets",
            { folder in targets.map { ["record", "targets", $0.path, "--workspace", folder.path] } },
            { folder in
                let stored = text(folder, "targets.csv")
                return stored.contains("440902,2027-01,1234") && stored.contains("440902,2027-02,1234")
            }
        ),
        (
            "actions add ‖ actions add", { folder in [add(folder, "甲"), add(folder, "乙")] },
            { folder in
                let stored = text(folder, "records/actions.csv")
                return stored.contains("A001,") && stored.contains("A002,") && stored.contains("甲")
                    && stored.contains("乙")
            }
        ),
        (
            "assign ‖ actions add",
            { folder in
                [
                    [
                        "assign", "440902002", "L05", "--from", "2026-12-01", "--reason", "调整", "--workspace",
                        folder.path,
                    ], add(folder, "丙"),
                ]
            },
            { folder in
                text(folder, "assignments.csv").contains("440902002,L05,2026-12-01")
                    && text(folder, "records/actions.csv").contains("丙")
            }
        ),
        (
            "import records ‖ record targets",
            { folder in [importing(folder), ["record", "targets", targets[0].path, "--workspace", folder.path]] },
            { folder in
                text(folder, "targets.csv").contains("440902,2027-01,1234")
                    && manager.fileExists(atPath: folder.appendingPathComponent("records/donors.csv").path)
                    && text(folder, "records/audit.csv").contains(",import records,donors,")
            }
        ),
    ]
    for pair in pairs {
        var kept = 0
        let count = pairRuns
        for _ in 0..<count {
            let folder = try fresh()
            let commands = pair.commands(folder)
            let environment = environment
            DispatchQueue.concurrentPerform(iterations: commands.count) {
                _ = spawn(binary, commands[$0], environment: environment, killAfter: nil)
            }
            if pair.kept(folder) && run(["check", "--workspace", folder.path]) == 0 { kept += 1 }
            try? manager.removeItem(at: folder)
        }
        print("\(pair.name): \(count) runs at once — both changes kept \(kept), one lost \(count - kept)")
        failures += count - kept
    }
    return failures
}

/// Runs a program (every path it is given absolute) with its output discarded; with `killAfter`, sends SIGKILL after that many seconds. Returns the
/// exit status (128 + signal when killed).
func spawn(
    _ path: String, _ arguments: [String], environment: [String: String],
    killAfter delay: Double?
) -> Int32 {
    guard let pid = launch(path, arguments, environment: environment, errorFile: "/dev/null") else { return -1 }
    if let delay {
        usleep(useconds_t(delay * 1_000_000))
        kill(pid, SIGKILL)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
}

/// Starts a program with standard output discarded and standard error to `errorFile`; nil when it cannot start.
func launch(_ path: String, _ arguments: [String], environment: [String: String], errorFile: String) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = variables.map { strdup($0) } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    return posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 ? pid : nil
}

/// A small seeded generator (SplitMix64) for kill delays: the same trials on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    /// Uniform in [0, 1).
    mutating func next() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
}
