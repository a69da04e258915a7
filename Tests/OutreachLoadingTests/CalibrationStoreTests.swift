import Foundation
import OutreachEvaluation
import OutreachModel
import Testing

@testable import OutreachLoading

/// Calibration on a simulated world against its truth, the backtest against the defaults, and `calibration.json`
/// read back like every other file: broken ones located, impossible values refused.
@Suite struct CalibrationStoreTests {
    static let world = WorldTests.world("2023-01", "2025-12", seed: 11)
    static let records = world.records()
    static let calibrator = Calibrator(
        workspace: WorldTests.workspace, donations: records.donations, drives: records.drives, files: [])

    @Test func calibrationFindsTheWorldsSeasonAndFixedSiteYields() throws {
        let calibration = try #require(Self.calibrator.calibrate(through: YearMonth("2025-12")!))
        #expect(calibration.gaps.allSatisfy { if case .kindWithoutDrives = $0 { true } else { false } })
        let season = try #require(calibration.season)
        let truth = Self.records.truth.settings.season
        let mean = truth.reduce(0, +) / 12
        // Months away from the Spring Festival, whose dip moves between January and February.
        for month in 3...12 {
            let error = abs(season[month - 1].value / (truth[month - 1] / mean) - 1)
            #expect(error < 0.05, "month \(month): \(season[month - 1].value) against \(truth[month - 1] / mean)")
        }
        let venues = Dictionary(uniqueKeysWithValues: Self.records.truth.venues.map { ($0.id, $0) })
        for site in calibration.fixedSites {
            let truth = try #require(venues[site.venue]).expectedPerSession
            #expect(abs(site.donationsPerDay.value / truth - 1) < 0.1, "\(site.venue): \(site.donationsPerDay.value)")
        }
    }

    @Test func theBacktestBeatsTheDefaults() {
        let backtest = Backtest.run(Self.calibrator, through: YearMonth("2025-12")!, quarters: 2)
        #expect(backtest.quarters == [YearMonth("2025-07")!, YearMonth("2025-10")!])
        #expect(backtest.rows.count == 2 * 3 * 5)
        let summary = backtest.summary
        #expect(summary.calibratedMAPE < 0.1)
        #expect(summary.calibratedMAPE < summary.defaultsMAPE)
    }

    @Test func aStoredCalibrationReadsBackAndAnImpossibleOneIsRefusedWithItsKeyPath() throws {
        let fixture = try FixtureWorkspace()
        var calibration = try #require(Self.calibrator.calibrate(through: YearMonth("2025-12")!))
        try CalibrationStore.save(calibration, to: fixture.paths)
        let (read, problems) = CalibrationStore.load(fixture.paths)
        #expect(problems.isEmpty && read == calibration)

        calibration.drives[0].shareOfReach = 1.5
        try CalibrationStore.save(calibration, to: fixture.paths)
        let (refused, found) = CalibrationStore.load(fixture.paths)
        #expect(refused == nil)
        #expect(found.map(\.location?.keyPath) == ["drives[0].shareOfReach"])
        #expect(found.first?.location?.file == "WS/calibration.json")
    }

    @Test func aBrokenCalibrationFileIsLocated() throws {
        let fixture = try FixtureWorkspace()
        let url = fixture.paths.workspaceFile(CalibrationStore.file).url
        try Data("{\"version\": 1, \"from\": \"2025-01\"}".utf8).write(to: url)
        let (missingKeys, problems) = CalibrationStore.load(fixture.paths)
        #expect(missingKeys == nil && problems.count == 1 && problems[0].location?.file == "WS/calibration.json")
        try Data("{\"version\": 1,".utf8).write(to: url)
        #expect(CalibrationStore.load(fixture.paths).1.first?.kind == .jsonSyntax)
        try FileManager.default.removeItem(at: url)
        let (none, nothing) = CalibrationStore.load(fixture.paths)
        #expect(none == nil && nothing.isEmpty)
    }

    /// `records/drives.csv` is read from bytes, yet every bad value is located like in any other table.
    @Test func aDamagedVenueDayIsLocated() throws {
        let fixture = try FixtureWorkspace()
        let workspace = try WorkspaceLoader.load(fixture.paths).workspace
        let venue = try #require(workspace.venues.first)
        try FileManager.default.createDirectory(
            at: fixture.paths.workspaceFile(RecordStore.folder).url, withIntermediateDirectories: true)
        let header = RecordTables.drivesHeader.joined(separator: ",")
        let good = "2026-10-03,\(venue.id),\(venue.regionCode),\(venue.kind.rawValue),40,4,61.5,0,20,x"
        let text = [
            header, good, "2026-10-04,NOPE,\(venue.regionCode),\(venue.kind.rawValue),40,4,61.5,0,20,x",
            "2026-10-05,\(venue.id),\(venue.regionCode),\(venue.kind.rawValue),40,4,6l.5,0,20,x",
        ].joined(separator: "\r\n")
        try Data(text.utf8).write(to: fixture.paths.workspaceFile(RecordStore.drivesFile).url)
        let (drives, problems) = DriveTable.load(fixture.paths, workspace: workspace)
        #expect(drives.count == 1 && drives.first?.units == 61.5 && drives.first?.date == CivilDate("2026-10-03"))
        #expect(problems.map { [$0.location?.line, $0.location?.column] } == [[3, 2], [4, 7]])
        #expect(problems.map(\.field) == ["venue", "units"])
    }

    /// A sheet of venue-days with Chinese headers is recorded like any monthly sheet, and read back from bytes.
    @Test func aVenueDaySheetIsRecordedAndReadBack() throws {
        let fixture = try FixtureWorkspace()
        let workspace = try WorkspaceLoader.load(fixture.paths).workspace
        let venue = try #require(workspace.venues.first)
        let sheet = fixture.root.appendingPathComponent("drives-2026-10.csv")
        try Data(
            ("日期,采血点,区域,点位类型,人次,暂缓,单位数,血小板治疗量,初次献血\n"
                + "2026-10-03,\(venue.id),\(venue.regionCode),\(venue.kind.rawValue),40,4,61.5,0,20\n").utf8
        ).write(to: sheet)
        let intake = RecordIntake(
            paths: fixture.paths, workspace: workspace, today: FixtureWorkspace.today, time: "t", by: "test")
        let report = try intake.record(.drives, file: sheet, display: "drives-2026-10.csv")
        #expect(report.entry.added == 1)
        let (drives, problems) = DriveTable.load(fixture.paths, workspace: workspace)
        #expect(problems.isEmpty && drives.map(\.donations) == [40] && drives.map(\.venueID) == [venue.id])
    }
}
