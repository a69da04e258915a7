import Foundation
import OutreachEvaluation
import OutreachModel
import Testing

@testable import OutreachCommands
@testable import OutreachFormats
@testable import OutreachLoading

/// Generated exports for the Maoming sample, imported back: figures, refusals, privacy.
@Suite struct RecordImportTests {
    static func maoming() throws -> Workspace {
        let paths = WorkspacePaths(
            workspace: Repository.root.appendingPathComponent("Regions/maoming"),
            templates: Repository.root.appendingPathComponent("Templates"), workspaceDisplay: "maoming",
            templatesDisplay: "Templates")
        return try WorkspaceLoader.load(paths).workspace
    }

    static func mapping() throws -> ImportMapping {
        let paths = WorkspacePaths(
            workspace: Repository.root.appendingPathComponent("Regions/maoming"),
            templates: Repository.root.appendingPathComponent("Templates"), workspaceDisplay: "maoming",
            templatesDisplay: "Templates")
        return try #require(ImportFiles.mapping("generic", paths: paths).0)
    }

    static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)-\(name)")
    }

    static func importer(_ workspace: Workspace, _ mapping: ImportMapping) -> DonationImporter {
        DonationImporter(
            workspace: workspace, mapping: mapping, secret: Array(repeating: 7, count: 32),
            today: CivilDate(year: 2026, month: 12, day: 2)!, display: "export.csv")
    }

    /// A generated export of the Maoming sample in a temporary file, which the caller removes.
    static func export(
        rows: Int, from: CivilDate, to: CivilDate, seed: UInt64, gb18030: Bool = false, badShare: Double = 0
    ) throws -> (workspace: Workspace, url: URL, totals: ExportGenerator.Totals) {
        let workspace = try maoming()
        var generator = ExportGenerator(workspace: workspace, from: from, to: to, seed: seed)
        generator.gb18030 = gb18030
        generator.badShare = badShare
        let url = temporaryFile("export.csv")
        return (workspace, url, try generator.write(rows: rows, to: url))
    }

    /// An importer that reads in one piece, and one that cuts even a small file into `pieces`.
    static func wholeAndSplit(_ workspace: Workspace, pieces: Int) throws -> (DonationImporter, DonationImporter) {
        var whole = importer(workspace, try mapping())
        whole.workers = 1
        var split = whole
        split.workers = pieces
        split.parallelBytes = 0
        return (whole, split)
    }

    @Test(arguments: [false, true])
    func anImportedExportAddsUpToTheGeneratorsOwnTotals(gb18030: Bool) throws {
        let (workspace, url, totals) = try Self.export(
            rows: 20_000, from: CivilDate(year: 2026, month: 7, day: 1)!,
            to: CivilDate(year: 2026, month: 10, day: 31)!,
            seed: 42, gb18030: gb18030)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = Self.importer(workspace, try Self.mapping()).read(path: url.path)
        #expect(result.fileProblems.isEmpty, "\(result.fileProblems)")
        #expect(result.encoding == (gb18030 ? "GB18030" : "UTF-8"))
        #expect(result.rows == 20_000 && result.counted == 20_000 && result.rejected.isEmpty)
        var found: [String: [Double]] = [:]
        for record in result.records {
            found["\(record.month)|\(record.regionCode)|\(record.venueKind.rawValue)"] = [
                Double(record.visits), record.units, Double(record.firstTime ?? 0), Double(record.deferred ?? 0),
                Double(record.plateletDoses ?? 0),
            ]
        }
        #expect(found == totals.cells)
        #expect(result.donors.count <= totals.donors && result.donors.count > totals.donors * 9 / 10)
        // Donor keys are 32 hexadecimal digits: nothing of the donor's number survives.
        #expect(result.donors.allSatisfy { $0.key.count == 32 && !$0.key.hasPrefix("D0") })
    }

    /// Reading a file in parallel pieces gives exactly what reading it in one does: figures, donors, and the
    /// rejected rows with their line numbers.
    @Test(arguments: [(false, 2), (false, 3), (true, 4)])
    func piecesAddUpToTheWholeFile(gb18030: Bool, pieces: Int) throws {
        let (workspace, url, _) = try Self.export(
            rows: 6_000, from: CivilDate(year: 2026, month: 7, day: 1)!, to: CivilDate(year: 2026, month: 10, day: 31)!,
            seed: 11, gb18030: gb18030, badShare: 0.01)
        defer { try? FileManager.default.removeItem(at: url) }
        let (whole, split) = try Self.wholeAndSplit(workspace, pieces: pieces)
        #expect(ByteStream.lineAlignedPieces(of: url.path, pieces: pieces).count == pieces)
        try Self.expectSame(whole.read(path: url.path), split.read(path: url.path))
    }

    /// With more donors than fit the memory budget, pieces write them out in sorted runs that are merged at the
    /// end: the same donors, and no run file left once the import is dropped.
    @Test func donorsWrittenOutInRunsGiveTheSameDonors() throws {
        let (workspace, url, _) = try Self.export(
            rows: 8_000, from: CivilDate(year: 2026, month: 1, day: 1)!, to: CivilDate(year: 2026, month: 10, day: 31)!,
            seed: 5, badShare: 0.01)
        defer { try? FileManager.default.removeItem(at: url) }
        var (whole, runs) = try Self.wholeAndSplit(workspace, pieces: 3)
        runs.donorsInMemory = 300
        let prefix = "outreach-donors-\(getpid())-"
        func runFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
                .filter { $0.hasPrefix(prefix) }
        }
        do {
            let result = runs.read(path: url.path)
            #expect(result.donors.count > 2_000)
            #expect(try runFiles().count == 1)  // the merged run; the pieces' runs are gone
            try Self.expectSame(whole.read(path: url.path), result)
        }
        #expect(try runFiles().isEmpty)
    }

    /// A birth year known only from a deferral in a later piece still reaches the donor who gave in an earlier one.
    @Test func aLaterPieceCanTellAnEarlierDonationsBirthYear() throws {
        let workspace = try Self.maoming()
        var lines = ["献血日期,献血者编号,区县,采血点类型,献血类型,献血量,检测结果,出生日期"]
        lines += (0..<30).map { "2026/10/\(1 + $0 % 20),D\($0),茂南区,固定献血点,全血,400,合格," }
        lines += (0..<30).map { "2026/10/\(21 + $0 % 8),D\($0),茂南区,固定献血点,全血,,暂缓,1990-05-0\(1 + $0 % 9)" }
        let url = Self.temporaryFile("export.csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        let (whole, split) = try Self.wholeAndSplit(workspace, pieces: 2)
        let result = split.read(path: url.path)
        #expect(result.donors.count == 30 && result.donors.allSatisfy { $0.birthYear == 1990 && $0.donations == 1 })
        try Self.expectSame(whole.read(path: url.path), result)
    }

    /// A cut that falls inside a quoted field with line breaks is caught, and the file is read in one piece.
    @Test func aCutInsideAQuotedFieldFallsBackToOnePiece() throws {
        let workspace = try Self.maoming()
        let note = "\"" + String(repeating: "第一行,\n", count: 400) + "\""
        var lines = ["献血日期,献血者编号,区县,采血点类型,献血类型,献血量,备注"]
        for index in 0..<60 {
            let date = index == 45 ? "2026/13/1" : "2026/10/\(1 + index % 28)"
            lines.append("\(date),D\(index % 40),茂南区,固定献血点,全血,400,\(index == 30 ? note : "")")
        }
        let url = Self.temporaryFile("export.csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        let noteStart = lines[0...31].joined(separator: "\n").utf8.count - note.utf8.count
        let cut = ByteStream.lineAlignedPieces(of: url.path, pieces: 2)[1].lowerBound
        #expect(cut > noteStart && cut < noteStart + note.utf8.count)
        let (whole, split) = try Self.wholeAndSplit(workspace, pieces: 2)
        let result = split.read(path: url.path)
        #expect(result.rejected.map(\.line) == [2 + 45 + 400])
        try Self.expectSame(whole.read(path: url.path), result)
    }

    static func expectSame(_ whole: DonationImport, _ split: DonationImport) throws {
        #expect(whole.fileProblems.isEmpty && split.fileProblems.isEmpty, "\(split.fileProblems)")
        #expect(split.rows == whole.rows && split.counted == whole.counted)
        #expect(split.records == whole.records)
        #expect(split.drives == whole.drives)
        #expect(Array(split.donors) == Array(whole.donors))
        #expect(split.rejected.map(\.line) == whole.rejected.map(\.line))
        #expect(split.rejected.map(\.problems) == whole.rejected.map(\.problems))
        #expect(split.firstDay == whole.firstDay && split.lastDay == whole.lastDay)
        #expect(split.encoding == whole.encoding)
    }

    @Test func badValuesAreReportedWithLineAndColumn() throws {
        let (workspace, url, totals) = try Self.export(
            rows: 3_000, from: CivilDate(year: 2026, month: 9, day: 1)!, to: CivilDate(year: 2026, month: 10, day: 31)!,
            seed: 3, badShare: 0.02)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = Self.importer(workspace, try Self.mapping()).read(path: url.path)
        #expect(totals.badRows > 20)
        #expect(result.rejected.count == totals.badRows)
        #expect(result.counted == 3_000 - totals.badRows)
        let columns = Set(result.rejected.flatMap(\.problems).compactMap { $0.location?.column })
        #expect(columns == [2, 9, 12])  // date, region, volume
        #expect(result.rejected.allSatisfy { $0.line >= 2 && !$0.values.contains { $0.count == 18 } })
    }

    @Test func identityColumnsAreRefusedUnlessTheMappingHandlesThem() throws {
        let workspace = try Self.maoming()
        let url = Self.temporaryFile("export.csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let rows = (0..<50).map { index in
            "2026/10/\(1 + index % 28),D\(index),茂南区,固定献血点,全血,400,138\(String(format: "%08d", index)),440902199001011233,12345678901234567\(index % 7)"
        }
        let text = "献血日期,献血者编号,区县,采血点类型,献血类型,献血量,备注,证件,批号\n" + rows.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url)
        let result = Self.importer(workspace, try Self.mapping()).read(path: url.path)
        let refused = result.fileProblems.compactMap { problem -> String? in
            if case .identityColumn(let column, _) = problem.kind { return column }
            return nil
        }
        // 备注 holds mobile numbers and 证件 resident IDs with valid check digits; 批号's 18 digits fail the check
        // digit, so an ordinary number column is not refused.
        #expect(Set(refused) == ["备注", "证件"])

        var handled = try Self.mapping()
        handled.identity["备注"] = .drop
        handled.identity["证件"] = .drop
        let accepted = Self.importer(workspace, handled).read(path: url.path)
        #expect(accepted.fileProblems.isEmpty && accepted.counted == 50)
    }

    /// Every value is screened, in every piece: ID numbers and e-mail addresses that first appear after row 2,000
    /// are found whether the file is read whole or in pieces.
    @Test(arguments: [1, 3])
    func identityValuesLateInTheFileAreFound(pieces: Int) throws {
        let workspace = try Self.maoming()
        let url = Self.temporaryFile("export.csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let rows = (0..<3_000).map { index in
            let late = index >= 2_000
            return "2026/10/\(1 + index % 28),D\(index),茂南区,固定献血点,全血,400,"
                + (late ? "440902199001011233" : "")
                + "," + (late ? "d\(index)@example.cn" : "")
        }
        let text = "献血日期,献血者编号,区县,采血点类型,献血类型,献血量,备注,说明\n" + rows.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url)
        let (whole, split) = try Self.wholeAndSplit(workspace, pieces: pieces)
        let result = (pieces == 1 ? whole : split).read(path: url.path)
        let refused = result.fileProblems.compactMap { problem -> String? in
            if case .identityColumn(let column, _) = problem.kind { return column }
            return nil
        }
        #expect(Set(refused) == ["备注", "说明"])
    }
    /// The bundled history and its export are one world: importing the export of its last three months changes no
    /// monthly row and no venue-day.
    @Test func theBundledHistoryAndItsExportAreTheSameDonations() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let environment = [
            "OUTREACH_SECRET_FILE": folder.deletingLastPathComponent().appendingPathComponent("secret.key").path
        ]
        let export = folder.deletingLastPathComponent().appendingPathComponent("bmis.csv")
        let written = Repository.run([
            "simulate", "export", export.path, "--from", "2026-08-01", "--to", "2026-10-31", "--workspace", folder.path,
        ])
        #expect(written.exitCode == 0, "\(written.errorOutput)")
        #expect(written.output.contains("导入后这些月份的数据不变"))
        let records = ["donations.csv", "drives.csv"].map { folder.appendingPathComponent("records/" + $0) }
        let before = try records.map { try Data(contentsOf: $0) }
        let imported = Repository.run(
            ["import", "records", export.path, "--workspace", folder.path], environment: environment)
        #expect(imported.exitCode == 0, "\(imported.errorOutput)")
        #expect(imported.output.contains("完全相同"))
        #expect(try records.map { try Data(contentsOf: $0) } == before)
    }

    /// `simulate export` writes what `import records` reads: every row, in either encoding, bad rows included.
    @Test func simulatedExportsImport() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let environment = [
            "OUTREACH_SECRET_FILE": folder.deletingLastPathComponent().appendingPathComponent("secret.key").path
        ]
        let export = folder.deletingLastPathComponent().appendingPathComponent("simulated.csv")
        let written = Repository.run([
            "simulate", "export", export.path, "--from", "2026-10-01", "--to", "2026-10-31", "--gb18030", "--bad-rows",
            "2", "--workspace", folder.path,
        ])
        #expect(written.exitCode == 0, "\(written.errorOutput)")
        #expect(written.output.contains("GB18030"))
        let rows = try #require(
            written.output.split(separator: "共 ").last?.split(separator: " ").first.flatMap { Int($0) })
        let bad = try #require(
            written.output.split(separator: "(其中 ").last?.split(separator: " ").first.flatMap { Int($0) })
        // 2,000 rows of two months replace the simulated months' tens of thousands: only with --replace.
        let imported = Repository.run(
            ["import", "records", export.path, "--skip-bad-rows", "--replace", "--workspace", folder.path],
            environment: environment)
        #expect(imported.exitCode == 0, "\(imported.errorOutput)")
        #expect(imported.output.contains("(GB18030):\(rows) 行,计入 \(rows - bad) 行"))

        let backwards = Repository.run([
            "simulate", "export", export.path, "--from", "2026-10-01", "--to", "2026-09-01", "--workspace", folder.path,
        ])
        #expect(backwards.exitCode == 1 && backwards.errorOutput.contains("晚于"))
    }

    /// An unquoted comma shifts a row's values under other headers: none of them is shown or written, and the
    /// rejected rows are the owner's alone.
    @Test func aShiftedRowShowsNoValueAndTheRejectedRowsAreOwnerOnly() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let environment = [
            "OUTREACH_SECRET_FILE": folder.deletingLastPathComponent().appendingPathComponent("secret.key").path
        ]
        let generator = ExportGenerator(
            workspace: try Self.maoming(), from: CivilDate(year: 2026, month: 10, day: 1)!,
            to: CivilDate(year: 2026, month: 10, day: 31)!, seed: 3)
        let export = folder.deletingLastPathComponent().appendingPathComponent("shifted.csv")
        _ = try generator.write(rows: 50, to: export)
        // The second line gets an address with an unquoted comma after its first field.
        var bytes = try Data(contentsOf: export)
        let start = try #require(bytes.firstIndex(of: 0x0A)) + 1
        let end = try #require(bytes[start...].firstIndex(of: 0x0A))
        let fields = String(decoding: bytes[start..<end], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: ",")
        let comma = try #require(bytes[start...].firstIndex(of: 0x2C))
        bytes.insert(contentsOf: Array("幸福路,88号,".utf8), at: comma + 1)
        try bytes.write(to: export)
        let result = Repository.run(
            ["import", "records", export.path, "--skip-bad-rows", "--replace", "--workspace", folder.path],
            environment: environment)
        #expect(result.exitCode == 0, "\(result.errorOutput)")
        let side = export.deletingPathExtension().appendingPathExtension("rejected.csv")
        let rejected = try String(contentsOf: side, encoding: .utf8)
        #expect(rejected.contains("2,") && !rejected.contains("幸福路"))
        for value in fields where value.count > 1 { #expect(!rejected.contains(value) || value.count < 4, "\(value)") }
        #expect(!result.errorOutput.contains("幸福路") && !result.output.contains("幸福路"))
        let mode = try FileManager.default.attributesOfItem(atPath: side.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func commandIsAllOrNothingSkipsOnRequestAndReimportsHarmlessly() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let secret = folder.deletingLastPathComponent().appendingPathComponent("keys/secret.key")
        let environment = ["OUTREACH_SECRET_FILE": secret.path]
        let workspace = try Self.maoming()
        var generator = ExportGenerator(
            workspace: workspace, from: CivilDate(year: 2026, month: 9, day: 1)!,
            to: CivilDate(year: 2026, month: 10, day: 31)!, seed: 9)
        generator.badShare = 0.01
        let export = folder.deletingLastPathComponent().appendingPathComponent("bmis.csv")
        let totals = try generator.write(rows: 2_000, to: export)
        let donations = folder.appendingPathComponent("records/donations.csv")
        let before = try Data(contentsOf: donations)

        let refused = Repository.run(
            ["import", "records", export.path, "--workspace", folder.path], environment: environment)
        #expect(refused.exitCode == 1)
        #expect(refused.errorOutput.contains("bmis.csv:") && refused.errorOutput.contains("--skip-bad-rows"))
        #expect(try Data(contentsOf: donations) == before)

        // 2,000 rows of two months replace the simulated months' tens of thousands: only with --replace.
        let imported = Repository.run(
            ["import", "records", export.path, "--skip-bad-rows", "--replace", "--workspace", folder.path],
            environment: environment)
        #expect(imported.exitCode == 0, "\(imported.errorOutput)")
        #expect(imported.output.contains("计入 \(2_000 - totals.badRows) 行"))
        let side = export.deletingPathExtension().appendingPathExtension("rejected.csv")
        let sideBytes = try Data(contentsOf: side)
        #expect(Array(sideBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rejected = String(decoding: sideBytes.dropFirst(3), as: UTF8.self)
        #expect(rejected.hasPrefix("行号,原因,献血码,献血日期"))
        #expect(!rejected.contains("身份证号") && !rejected.contains("姓名"))
        let attributes = try FileManager.default.attributesOfItem(atPath: secret.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let donorBytes = try Data(contentsOf: folder.appendingPathComponent("records/donors.csv"))
        #expect(Array(donorBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let donors = String(decoding: donorBytes.dropFirst(3), as: UTF8.self)
        #expect(donors.hasPrefix("key,region,venue,last_donation,last_type,birth_year"))
        // No field is a resident ID or a donor number.
        let fields = donors.split(whereSeparator: { $0 == "," || $0.isNewline })
        #expect(!fields.contains { $0.count == 18 && $0.dropLast().allSatisfy(\.isNumber) } && !donors.contains(",D0"))

        // The skipped rows again, as a workbook whose values stay text.
        let sideBook = folder.deletingLastPathComponent().appendingPathComponent("未导入.xlsx")
        let again = Repository.run(
            [
                "import", "records", export.path, "--skip-bad-rows", "--rejected", sideBook.path, "--workspace",
                folder.path,
            ], environment: environment)
        #expect(again.exitCode == 0)
        #expect(again.output.contains("完全相同") && again.output.contains("未导入.xlsx"))
        let sideSheet = try SheetReader([UInt8](Data(contentsOf: sideBook)))
        #expect(sideSheet.sheetName == "未导入的行" && sideSheet.cells.prefix(2).map(\.value) == ["行号", "原因"])
        #expect(Set(sideSheet.cells.map(\.row)).count == totals.badRows + 1)

        // Donors of September–October 2026 give whole blood again six months later.
        let list = folder.deletingLastPathComponent().appendingPathComponent("recall.csv")
        let recall = Repository.run(
            [
                "recall", "--from", "2027-03-01", "--to", "2027-04-30", "--output", list.path, "--workspace",
                folder.path,
                "--format", "csv",
            ])
        #expect(recall.exitCode == 0, "\(recall.errorOutput)")
        let keys = String(decoding: try Data(contentsOf: list).dropFirst(3), as: UTF8.self)
            .split(whereSeparator: \.isNewline)
        #expect(keys.first == "加密编号,区域代码,采血点编号,末次献血,末次献血类型,可再次献血日期")
        #expect(keys.count > 300 && keys.dropFirst().allSatisfy { $0.split(separator: ",")[0].count == 32 })
        // With the station's export, the same donors by its own donor numbers, and nothing that identifies a person.
        let numbered = folder.deletingLastPathComponent().appendingPathComponent("recall-numbers.csv")
        let byNumber = Repository.run(
            [
                "recall", "--from", "2027-03-01", "--to", "2027-04-30", "--output", numbered.path, "--workspace",
                folder.path, "--export", export.path,
            ], environment: environment)
        #expect(byNumber.exitCode == 0, "\(byNumber.errorOutput)")
        let rows = String(decoding: try Data(contentsOf: numbered).dropFirst(3), as: UTF8.self)
            .split(whereSeparator: \.isNewline)
        #expect(rows.first == "献血者编号,区域,采血点,末次献血,可再次献血日期")
        let exported = try String(contentsOf: export, encoding: .utf8)
        #expect(rows.count == keys.count)
        #expect(
            rows.dropFirst().allSatisfy { row in
                let number = String(row.split(separator: ",")[0])
                return number.hasPrefix("D") && exported.contains("," + number + ",")
            })
        #expect(!rows.contains { $0.contains("茂名市茂南区,示例路") })
        // A list named .xlsx is a workbook, the donor numbers text and the dates dates.
        let book = folder.deletingLastPathComponent().appendingPathComponent("recall.xlsx")
        let asBook = Repository.run(
            [
                "recall", "--from", "2027-03-01", "--to", "2027-04-30", "--output", book.path, "--workspace",
                folder.path, "--export", export.path,
            ], environment: environment)
        #expect(asBook.exitCode == 0, "\(asBook.errorOutput)")
        let sheet = try SheetReader([UInt8](Data(contentsOf: book)))
        #expect(sheet.cells.first?.value == "献血者编号" && Set(sheet.cells.map(\.row)).count == rows.count)
        #expect(sheet.cells.filter { $0.column == 5 && $0.row > 1 }.allSatisfy { $0.isDate })
        let noKey = Repository.run(
            [
                "recall", "--from", "2027-03-01", "--to", "2027-04-30", "--output", numbered.path, "--workspace",
                folder.path, "--export", export.path,
            ], environment: ["OUTREACH_SECRET_FILE": secret.path + ".gone"])
        #expect(noKey.exitCode == 1 && noKey.errorOutput.contains("加密密钥"))
        let pools = Repository.run(["pools", "--at", "2027-04-01", "--workspace", folder.path, "--format", "csv"])
        #expect(pools.exitCode == 0, "\(pools.errorOutput)")
        #expect(pools.output.contains("红旗街道,440902001,"))
        let chart = Repository.run(["pools", "--at", "2027-04-01", "--workspace", folder.path, "--format", "html"])
        #expect(chart.exitCode == 0 && chart.output.contains("<svg") && chart.output.contains("茂南区"))

        // The planner starts the venues' pools without the imported donors still waiting, and its checker agrees.
        let plan = Repository.run(["plan", "imported", "--workspace", folder.path])
        #expect(plan.exitCode == 0, "\(plan.errorOutput)")
    }

    @Test func donorTableMergesLaterDonationsAndKeepsTheRest() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let paths = WorkspacePaths(
            workspace: folder, templates: Repository.root.appendingPathComponent("Templates"), workspaceDisplay: "w",
            templatesDisplay: "Templates")
        let intake = RecordIntake(
            paths: paths, workspace: try Self.maoming(), today: CivilDate(year: 2026, month: 12, day: 2)!,
            time: "2026-12-02T10:00:00+08:00", by: "test")
        func donor(_ key: String, _ day: String, birth: Int? = nil) -> ImportedDonor {
            ImportedDonor(
                key: key, regionCode: "440902", venueID: nil, lastDonation: CivilDate(day)!, lastType: .wholeBlood,
                birthYear: birth, donations: 1)
        }
        try intake.storeDonors(
            [donor("bb", "2026-09-01", birth: 1990), donor("dd", "2026-09-02")], file: "a", fileHash: "")
        try intake.storeDonors(
            [donor("aa", "2026-10-01"), donor("bb", "2026-10-05"), donor("dd", "2026-08-01")], file: "b", fileHash: "")
        let table = DonorTable.load(paths).0
        #expect(table.map(\.key) == ["aa", "bb", "dd"])
        // bb gave again later: the later donation wins and keeps the birth year; dd's older row does not win.
        #expect(table[1].lastDonation == CivilDate("2026-10-05") && table[1].birthYear == 1990)
        #expect(table[2].lastDonation == CivilDate("2026-09-02"))
        let audit = try String(contentsOf: folder.appendingPathComponent("records/audit.csv"), encoding: .utf8)
        let before = audit
        try intake.storeDonors([donor("aa", "2026-10-01")], file: "c", fileHash: "")
        #expect(try String(contentsOf: folder.appendingPathComponent("records/audit.csv"), encoding: .utf8) == before)
    }
}

/// Donors hashed under a key that no longer exists are detected, not stored a second time under a new one.
@Suite struct DonorKeyTests {
    @Test func aLostOrDifferentKeyIsRefusedAndTheOriginalWorksAgain() throws {
        let (folder, cleanUp) = try Repository.scratchCopy(of: "maoming")
        defer { cleanUp() }
        let keys = folder.deletingLastPathComponent().appendingPathComponent("keys")
        let secret = keys.appendingPathComponent("secret.key")
        let export = folder.deletingLastPathComponent().appendingPathComponent("bmis.csv")
        _ = try ExportGenerator(
            workspace: try RecordImportTests.maoming(), from: CivilDate(year: 2026, month: 10, day: 1)!,
            to: CivilDate(year: 2026, month: 10, day: 31)!, seed: 4
        ).write(rows: 300, to: export)
        func runImport(_ key: URL) -> CommandResult {
            Repository.run(
                ["import", "records", export.path, "--replace", "--workspace", folder.path],
                environment: ["OUTREACH_SECRET_FILE": key.path])
        }
        let first = runImport(secret)
        #expect(first.exitCode == 0, "\(first.errorOutput)")
        let fingerprint = try String(
            contentsOf: folder.appendingPathComponent("records/donor-key.txt"), encoding: .utf8)
        #expect(fingerprint.trimmingCharacters(in: .newlines).count == 16)
        let donors = folder.appendingPathComponent("records/donors.csv")
        let stored = try Data(contentsOf: donors)

        // The key file lost: a new key would be made; the import is refused and the new key removed.
        let backup = keys.appendingPathComponent("backup.key")
        try FileManager.default.moveItem(at: secret, to: backup)
        let lost = runImport(secret)
        #expect(lost.exitCode == 1)
        #expect(lost.errorOutput.contains("另一个加密密钥") && lost.errorOutput.contains("已不存在"))
        #expect(!FileManager.default.fileExists(atPath: secret.path))
        #expect(try Data(contentsOf: donors) == stored)

        // Another existing key: refused too, and that key is kept (it may be another workspace's).
        let other = keys.appendingPathComponent("other.key")
        _ = try ImportFiles.secret(at: other)
        let different = runImport(other)
        #expect(different.exitCode == 1 && different.errorOutput.contains("不是现在的密钥文件"))
        #expect(FileManager.default.fileExists(atPath: other.path))

        // The backup restored: the import goes through.
        try FileManager.default.moveItem(at: backup, to: secret)
        #expect(runImport(secret).exitCode == 0)
    }
}
