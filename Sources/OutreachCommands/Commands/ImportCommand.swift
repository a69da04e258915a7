import Foundation
import OutreachFormats
import OutreachLoading
import OutreachModel
import OutreachReports

/// `outreach import records FILE [--mapping NAME] [--skip-bad-rows [--rejected FILE]] [--by NAME]`.
enum ImportCommand {
    static let spec = CommandSpec(
        name: "import records", abstract: .importRecordsAbstract,
        arguments: [ArgumentSpec("file", help: .argumentExport)],
        options: [
            OptionSpec("mapping", value: "NAME", help: .optionMapping),
            OptionSpec("skip-bad-rows", help: .optionSkipBadRows),
            OptionSpec("rejected", value: "FILE", help: .optionRejectedFile),
            OptionSpec("by", value: "NAME", help: .optionBy),
        ] + CommandSpec.writeOptions + CommandSpec.commonOptions + [CommandSpec.helpOption])

    /// Problems listed before a refusal; the count says how many more there are.
    static let shownProblems = 50

    static func run(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        guard let path = invocation.arguments.positionals.first else { throw .usage(.missingArgument("file")) }
        let (workspace, _) = try invocation.loadForRecords()
        let strings = invocation.strings
        let mapping = try mapping(invocation)
        var notes: [String] = []
        let secretURL = ImportFiles.secretURL(
            workspace: invocation.paths.workspace, environment: invocation.context.environment)
        let secret: [UInt8]
        let key: RecordIntake.DonorKey
        do {
            let (bytes, created) = try ImportFiles.secret(at: secretURL)
            secret = bytes
            key = RecordIntake.DonorKey(
                fingerprint: ImportFiles.fingerprint(of: bytes), isNew: created, file: secretURL.path)
            if created { notes.append(strings.importing(.secretCreated(path: secretURL.path))) }
        } catch {
            let reason = strings.writeReason(.from(error, path: secretURL.path, step: .readKey))
            throw .message(strings.importing(.secretUnreadable(path: secretURL.path, reason: reason)))
        }
        // Checked before reading the export (which can take minutes), and again under the lock when storing.
        do throws(IntakeFailure) { _ = try invocation.intake(workspace).checkDonorKey(key) } catch {
            throw refuse(error, key: key, secretURL, invocation)
        }

        let url = invocation.fileURL(path)
        var result = DonationImporter(
            workspace: workspace, mapping: mapping, secret: secret, today: invocation.context.today, display: path
        ).read(path: url.path)
        guard result.fileProblems.isEmpty else { throw .problems(result.fileProblems) }
        let skip = invocation.arguments.has("skip-bad-rows")
        if !result.rejected.isEmpty {
            guard skip else {
                let problems = result.rejected.flatMap(\.problems)
                throw .refused(
                    Array(problems.prefix(shownProblems)),
                    note: strings.importing(
                        .refusedRows(rows: result.rejected.count, shown: min(shownProblems, problems.count))))
            }
            let side =
                invocation.arguments.value("rejected").map(invocation.fileURL)
                ?? url.deletingPathExtension().appendingPathExtension("rejected.csv")
            try writeRejected(result, to: side, strings)
            notes.append(strings.importing(.sideFile(path: side.path, rows: result.rejected.count)))
        }
        // Only finished months: the current month's rows wait for its end.
        let current = YearMonth(invocation.context.today)
        let unfinished = result.records.filter { $0.month >= current }
        if !unfinished.isEmpty {
            let rows = unfinished.reduce(0) { $0 + $1.visits + ($1.deferred ?? 0) }
            notes.append(strings.importing(.unfinishedMonth(current, rows: rows)))
            result.records.removeAll { $0.month >= current }
            result.drives.removeAll { $0.month >= current }
        }
        guard let first = result.records.map(\.month).min(), let last = result.records.map(\.month).max() else {
            throw .message(strings.importing(.nothingCounted(file: path)))
        }
        let hash: String
        do { hash = try SHA256.file(url) } catch {
            throw .problems([Problem(.error, .unreadableFile(.from(error)), location: SourceLocation(file: path))])
        }
        let reports: [IntakeReport]
        do throws(IntakeFailure) {
            reports = try invocation.intake(workspace).storeImport(result, key: key, file: path, fileHash: hash)
        } catch { throw refuse(error, key: key, secretURL, invocation) }
        var lines = [
            strings.importing(
                .imported(
                    file: path, encoding: result.encoding, rows: result.rows, counted: result.counted,
                    skipped: result.rejected.count, from: first, to: last, donors: result.donors.count))
        ]
        lines += RecordCommand.describe(reports, file: path, workspace: workspace, strings)
        return CommandResult(
            output: (lines + notes).joined(separator: "\n") + "\n", errorOutput: invocation.sampleNotice(workspace))
    }

    /// The failure as the user reads it; a key this run made for donors hashed under another is removed, so that
    /// restoring the backed-up key is all the fix needs.
    static func refuse(_ error: IntakeFailure, key: RecordIntake.DonorKey, _ url: URL, _ invocation: Invocation)
        -> CommandFailure
    {
        if case .donorKeyChanged = error, key.isNew { ImportFiles.removeSecret(at: url) }
        return invocation.failure(error)
    }

    /// The mapping `--mapping` names (default `generic`), refused with the ones there are when unknown.
    static func mapping(_ invocation: Invocation) throws(CommandFailure) -> ImportMapping {
        let name = invocation.arguments.value("mapping") ?? ImportFiles.defaultMapping
        let (mapping, problems) = ImportFiles.mapping(name, paths: invocation.paths)
        guard let mapping else {
            if problems.contains(where: { $0.kind == .missingFile }) {
                throw .message(
                    invocation.strings.importing(
                        .unknownMapping(name, available: ImportFiles.mappingNames(paths: invocation.paths))))
            }
            throw .problems(problems)
        }
        return mapping
    }

    /// The rejected rows with their reasons, as CSV or (for a name ending in `.xlsx`) a workbook whose values stay
    /// text as the export had them: identity columns are never among the values.
    static func writeRejected(_ result: DonationImport, to url: URL, _ strings: any Catalog) throws(CommandFailure) {
        let header = [strings.importing(.columnLine), strings.importing(.columnReasons)] + result.shownHeaders
        let rows = result.rejected.map { row in
            [String(row.line), row.problems.map { ProblemReport.line($0, strings) }.joined(separator: "\n")]
                + row.values
        }
        let bytes: [UInt8]
        if url.pathExtension.lowercased() == "xlsx" {
            let sheet = Workbook.Sheet(
                name: strings.importing(.rejectedSheet), header: header,
                rows: result.rejected.indices.map { index in
                    [.integer(result.rejected[index].line)] + rows[index].dropFirst().map(Workbook.Cell.code)
                })
            bytes = WorkbookWriter.xlsx(Workbook(sheets: [sheet]))
        } else {
            bytes = Array(CSVWriter.document(header: header, rows: rows).utf8)
        }
        do {
            try AtomicFile.write(bytes, to: url, permissions: 0o600)
        } catch {
            throw .message(strings.evaluation(.writeFailed(path: url.path, reason: strings.writeReason(error))))
        }
    }
}
