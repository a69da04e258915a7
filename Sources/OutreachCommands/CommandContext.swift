import Foundation
import OutreachModel

/// Everything a command may read from outside: the CLI fills it from the process, tests fill it by hand.
public struct CommandContext: Sendable {
    public var environment: [String: String]
    public var currentDirectory: URL
    /// Today in Asia/Shanghai; `OUTREACH_TODAY` (YYYY-MM-DD) overrides it for reproducible runs.
    public var today: CivilDate
    /// An `OUTREACH_TODAY` that is not a date: every command refuses it as a usage error rather than run on the
    /// real date unnoticed.
    public var invalidToday: String?
    /// Now, as seconds of the day in China (UTC+8), for audit timestamps: read once by the process, set by tests.
    public var secondOfDay: Int
    /// Shown while a command runs, before its result (a wait for another run's lock); the CLI writes it to standard
    /// error at once.
    public var notice: (@Sendable (String) -> Void)?

    public init(environment: [String: String], currentDirectory: URL, today: CivilDate, secondOfDay: Int = 10 * 3600) {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.secondOfDay = secondOfDay
        let given = environment["OUTREACH_TODAY"].flatMap { $0.isEmpty ? nil : $0 }
        self.today = given.flatMap(CivilDate.init) ?? today
        invalidToday = given.flatMap { CivilDate($0) == nil ? $0 : nil }
    }

    /// The context of this process: its environment, working directory and today's date in China (UTC+8, no DST).
    public static func current() -> CommandContext {
        let seconds = Int(Date().timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        var context = CommandContext(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            today: CivilDate(dayNumber: day), secondOfDay: seconds - day * 86400)
        context.notice = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        return context
    }
}

/// What a command printed and how it ended; exit codes follow swift-argument-parser.
public struct CommandResult: Sendable, Equatable {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usageError: Int32 = 64

    public var exitCode: Int32
    public var output: String
    public var errorOutput: String

    public init(exitCode: Int32 = CommandResult.success, output: String = "", errorOutput: String = "") {
        self.exitCode = exitCode
        self.output = output
        self.errorOutput = errorOutput
    }
}
