import Foundation
import OutreachCommands
import OutreachLoading
import OutreachModel

// Benchmarks print figures; they never assert. Run in release:
//   swift run -c release outreach-benchmarks [--runs N]
// 1. load + check of a generated province-sized workspace (3,000 regions, 20,000 venues, 10 years of history);
// 2. `outreach regions` on the bundled Maoming workspace, start to exit, as a separate process.
// With --planning: the bundled Maoming plan before and after the concave objective, then the planner on synthetic
// cities (time, objective, upper bound and gap per size and horizon; --no-province leaves out the 24-city rows).
// With --evaluation: the monthly evaluation of that province with ten years of simulated records.
// With --model [--scenarios N] [--family NOISE-MONTHS]: the channel model against the simulator's truth.
// With --model-townships [--scenarios N]: the same at township grain (100–120 townships pooled in 5–6 counties).
// With --calibration [--province [--years N]]: the backtest of the bundled history, calibration against the simulated truth,
// the calibrated 2027 Q1 plan against 2026 Q1, and (--province) reading and calibrating N years (10) of a province.
// With --import [--large]: `import records` on generated exports of 100 k / 1 M (/ 10 M) rows against DuckDB.
// With --kill-trials [--trials N] [--pairs N]: record, import records, undo and init killed at random moments, N (200) times each:
// every table old or new, never torn, and the next command works; then pairs of writers at once (N: 20 or trials / 10). With
// --fail-on-loss the exit status is 1 when any trial lost or mixed a change (CI runs a short form).
// With --damaged-files [--mutations N]: a corpus of damaged and hostile files given to record and import, with outcome counts.
// With --diagnose NOISE MONTHS REGIONS CHANNELS COLLINEAR(0|1): one scenario's true and fitted curves, for work on
// the model.

let arguments = CommandLine.arguments
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 15
let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

/// The bundled Maoming workspace, as the benchmarks read it.
func maomingPaths(_ repository: URL) -> WorkspacePaths {
    WorkspacePaths(
        workspace: repository.appendingPathComponent("Regions/maoming"),
        templates: repository.appendingPathComponent("Templates"),
        workspaceDisplay: "Regions/maoming", templatesDisplay: "Templates")
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func summary(_ samples: [Double]) -> String {
    let sorted = samples.sorted()
    let median = sorted[sorted.count / 2]
    return String(
        format: "median %.1f ms, min %.1f ms, max %.1f ms (%d runs)", median, sorted[0], sorted.last!, sorted.count)
}

if let position = arguments.firstIndex(of: "--import-only") {
    try runImportOnly(repository: repository, file: arguments[position + 1])
    exit(0)
}

if arguments.contains("--kill-trials") {
    let trials = arguments.firstIndex(of: "--trials").flatMap { Int(arguments[$0 + 1]) } ?? 200
    let pairs = arguments.firstIndex(of: "--pairs").flatMap { Int(arguments[$0 + 1]) } ?? max(20, trials / 10)
    let failures = try runKillTrials(repository: repository, trials: trials, pairs: pairs)
    print("trials that lost or mixed a change: \(failures)")
    exit(arguments.contains("--fail-on-loss") && failures > 0 ? 1 : 0)
}

if arguments.contains("--damaged-files") {
    let mutations = arguments.firstIndex(of: "--mutations").flatMap { Int(arguments[$0 + 1]) } ?? 400
    let failures = try runDamagedFiles(repository: repository, mutations: mutations)
    exit(arguments.contains("--fail-on-loss") && failures > 0 ? 1 : 0)
}

if arguments.contains("--import") {
    try runImportBenchmark(repository: repository, runs: max(1, runs / 3), large: arguments.contains("--large"))
    exit(0)
}

if let position = arguments.firstIndex(of: "--diagnose") {
    let values = arguments[(position + 1)...].prefix(5).map { Double($0) ?? 0 }
    try diagnoseModel(
        repository: repository, noise: values[0], months: Int(values[1]), regions: Int(values[2]),
        channels: Int(values[3]), collinear: values[4] > 0)
    exit(0)
}

if arguments.contains("--model-townships") {
    let seeds = arguments.firstIndex(of: "--scenarios").flatMap { Int(arguments[$0 + 1]) } ?? 4
    try runTownshipModelBenchmark(repository: repository, seeds: seeds)
    exit(0)
}

if arguments.contains("--model") {
    let only = arguments.firstIndex(of: "--family").map { arguments[$0 + 1] }
    let perFamily = arguments.firstIndex(of: "--scenarios").flatMap { Int(arguments[$0 + 1]) } ?? 8
    try runModelBenchmark(repository: repository, scenarios: perFamily, only: only)
    exit(0)
}

if arguments.contains("--shortage") {
    let seeds = arguments.firstIndex(of: "--seeds").flatMap { Int(arguments[$0 + 1]) } ?? 20
    try runShortageBenchmark(repository: repository, seeds: seeds)
    exit(0)
}

if arguments.contains("--planning") {
    try runBundledPlanBenchmark(repository: repository)
    print()
    try runPlanningBenchmark(
        repository: repository, runs: max(1, runs / 5), province: !arguments.contains("--no-province"))
    exit(0)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outreach-benchmark-\(getpid())")
defer { try? FileManager.default.removeItem(at: folder) }
var generator = ProvinceGenerator(seed: 20_261_124)
let generated = try generator.write(to: folder.appendingPathComponent("province"))
print(
    "Generated workspace: \(generated.regions) regions, \(generated.venues) venues, \(generated.assignments) assignments, \(generated.leaders) leaders"
)

let paths = WorkspacePaths(
    workspace: folder.appendingPathComponent("province"), templates: repository.appendingPathComponent("Templates"),
    workspaceDisplay: "province", templatesDisplay: "Templates")
if arguments.contains("--calibration") {
    let years = arguments.firstIndex(of: "--years").flatMap { Int(arguments[$0 + 1]) } ?? 10
    try runCalibrationBenchmark(
        repository: repository, province: arguments.contains("--province") ? paths : nil, years: years)
    try? FileManager.default.removeItem(at: folder)
    exit(0)
}
if arguments.contains("--evaluation") {
    try runEvaluationBenchmark(paths: paths, runs: max(1, runs / 5))
    try? FileManager.default.removeItem(at: folder)
    exit(0)
}
let today = CivilDate(year: 2026, month: 11, day: 24)!
var loadSamples: [Double] = []
var checkSamples: [Double] = []
var problemCount = 0
for _ in 0..<runs {
    var loaded: LoadedWorkspace?
    loadSamples.append(try milliseconds { loaded = try WorkspaceLoader.load(paths) })
    checkSamples.append(milliseconds { problemCount = loaded!.allProblems(today: today).count })
}
let totals = zip(loadSamples, checkSamples).map(+)
print("load:           " + summary(loadSamples))
print("check:          " + summary(checkSamples))
print("load + check:   " + summary(totals) + " — target < 300 ms; \(problemCount) problems found")

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "outreach")
if FileManager.default.isExecutableFile(atPath: binary.path) {
    // posix_spawn + waitpid: Foundation's Process adds tens of milliseconds of polling on Linux, which would
    // measure the harness rather than the command.
    var samples: [Double] = []
    for _ in 0..<runs {
        samples.append(try milliseconds { try spawnAndWait(binary.path, ["regions"], in: repository.path) })
    }
    print("outreach regions (Maoming, separate process): " + summary(samples) + " — target < 50 ms")
} else {
    print("outreach binary not found next to the benchmark; build it with: swift build -c release")
}

struct SpawnFailure: Error { var code: Int32 }

/// Runs a program with its output sent to /dev/null and waits for it.
func spawnAndWait(_ path: String, _ arguments: [String], in directory: String) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let previous = FileManager.default.currentDirectoryPath
    _ = FileManager.default.changeCurrentDirectoryPath(directory)
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard result == 0 else { throw SpawnFailure(code: result) }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
}
