import Foundation
import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachPlanning

/// Calibration measured (issue 17): the backtest on the bundled Maoming history against both baselines; the
/// calibrated parameters against the simulated world's truth; the calibrated 2027 Q1 plan against 2026 Q1 as
/// recorded; and the time to read the record tables and calibrate a province-sized history.
func runCalibrationBenchmark(repository: URL, province paths: WorkspacePaths?, years: Int) throws {
    let bundled = WorkspacePaths(
        workspace: repository.appendingPathComponent("Regions/maoming"),
        templates: repository.appendingPathComponent("Templates"), workspaceDisplay: "Regions/maoming",
        templatesDisplay: "Templates")
    var workspace = try WorkspaceLoader.load(bundled).workspace
    let store = RecordStore.load(bundled, workspace: workspace)
    let through = store.donations.map(\.month).max()!
    let calibrator = Calibrator(
        workspace: workspace, donations: store.donations, drives: store.drives, files: [])

    // 1. Backtest, last four quarters.
    var run: (calibration: Calibration, backtest: Backtest)?
    let time = milliseconds { run = calibrator.run(through: through, quarters: 4) }
    let (calibration, backtest) = run!
    let summary = backtest.summary
    print(
        "Backtest on the bundled Maoming history (\(summary.quarters) quarters, \(summary.regionMonths) county-months):"
    )
    print("| county | calibrated MAPE | bias | same month last year × trend | defaults |")
    print("|---|---:|---:|---:|---:|")
    for row in backtest.byRegion {
        print(
            "| \(workspace.tree.region(code: row.region)?.name ?? row.region) | \(percent(row.calibrated)) | \(percent(row.bias)) | \(row.lastYear.map(percent) ?? "—") | \(percent(row.defaults)) |"
        )
    }
    print(
        "| all | \(percent(summary.calibratedMAPE)) | \(percent(summary.calibratedBias)) | \(summary.lastYearMAPE.map(percent) ?? "—") | \(percent(summary.defaultsMAPE)) |"
    )
    print(String(format: "calibrate + 4-quarter backtest: %.0f ms", time))

    // 2. Against the truth the history was drawn from.
    guard let truth = RecordStore.simulationTruth(bundled).0 else { return }
    let season = truth.settings.season
    let mean = season.reduce(0, +) / 12
    print("\nCalibrated against the simulated truth (seed \(truth.seed)):")
    print("| parameter | values | mean abs. error | worst |")
    print("|---|---:|---:|---:|")
    let fitted = calibration.season?.map(\.value) ?? []
    var seasonErrors: [Double] = []
    for month in 3...12 where fitted.count == 12 {
        let expected: Double = season[month - 1] / mean
        seasonErrors.append(abs(fitted[month - 1] / expected - 1))
    }
    printErrors("seasonal factor, March–December", seasonErrors)
    var venues: [String: WorldTruth.VenueTruth] = [:]
    for venue in truth.venues { venues[venue.id] = venue }
    // The truth is at the last year's level; calibration projects to the end of the records with the trend.
    var fixedErrors: [Double] = []
    for site in calibration.fixedSites {
        guard let expected = venues[site.venue]?.expectedPerSession, expected > 0 else { continue }
        fixedErrors.append(abs(site.donationsPerDay.value / expected - 1))
    }
    printErrors("fixed-site donations per open day", fixedErrors)
    var byKind: [VenueKind: [Double]] = [:]
    for drive in calibration.drives where drive.ownWeight >= 0.5 {
        guard let venue = venues[drive.venue], venue.expectedPerSession > 0 else { continue }
        byKind[venue.kind, default: []].append(abs(drive.donationsPerDrive.value / venue.expectedPerSession - 1))
    }
    for (kind, errors) in byKind.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        printErrors("donations per drive, \(kind.rawValue) (venues with own weight ≥ ½)", errors)
    }

    // 3. The calibrated 2027 Q1 plan against 2026 Q1 as recorded.
    workspace.calibration = calibration
    let request = PlanRequest(
        from: CivilDate(year: 2027, month: 1, day: 1)!, to: CivilDate(year: 2027, month: 3, day: 31)!,
        today: CivilDate(year: 2026, month: 12, day: 3)!, seed: 1)
    var defaults = workspace
    defaults.calibration = nil
    let recorded = store.donations.filter { $0.month.year == 2026 && $0.month.month <= 3 }.reduce(0) { $0 + $1.units }
    let recordedDrives = store.drives.filter {
        $0.date.year == 2026 && $0.date.month <= 3 && $0.venueKind != .fixedSite
    }
    print("\n2027 Q1 plan against 2026 Q1 as recorded (\(Int(recorded)) U, \(recordedDrives.count) drives):")
    print("| expectations | drives | fixed sites (U) | drives (U) | expected (U) | target (U) | ÷ 2026 Q1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for (label, planned) in [("defaults", defaults), ("calibrated", workspace)] {
        let plan = try PlanPipeline(workspace: planned, request: request, name: "bench").run().plan
        let fixed = plan.targets.reduce(0) { $0 + $1.fixedSiteUnits }
        let drives = plan.targets.reduce(0) { $0 + $1.driveUnits }
        let target = plan.targets.reduce(0) { $0 + ($1.target ?? 0) }
        print(
            String(
                format: "| %@ | %d | %.0f | %.0f | %.0f | %.0f | %.2f |", label, plan.drives.count, fixed, drives,
                fixed + drives, target, (fixed + drives) / recorded))
    }

    // 4. A province-sized history: venue-days of every fixed site every day and every drive venue every 90 days.
    guard let paths else { return }
    try runProvinceCalibration(paths, years: years)
}

func runProvinceCalibration(_ paths: WorkspacePaths, years: Int) throws {
    let workspace = try WorkspaceLoader.load(paths).workspace
    var random = SeededRandom(seed: 17)
    let first = CivilDate(year: 2026 - years, month: 11, day: 1)!
    let last = CivilDate(year: 2026, month: 10, day: 31)!
    var drives: [DriveRecord] = []
    var donations: [String: DonationRecord] = [:]
    for venue in workspace.venues {
        let step = venue.kind == .fixedSite ? 1 : 90
        var day = first.dayNumber + Int(random.next() % UInt64(step))
        while day <= last.dayNumber {
            let date = CivilDate(dayNumber: day)
            let count = Int(random.next() % 40) + 10
            let units = Double(count) * 1.5
            drives.append(
                DriveRecord(
                    date: date, venueID: venue.id, regionCode: venue.regionCode, venueKind: venue.kind,
                    donations: count, deferred: count / 10, units: units, plateletDoses: 0, firstTime: count / 2))
            let key = "\(YearMonth(date))|\(venue.regionCode)|\(venue.kind.rawValue)"
            var row =
                donations[key]
                ?? DonationRecord(
                    month: YearMonth(date), regionCode: venue.regionCode, venueKind: venue.kind, visits: 0, units: 0,
                    firstTime: 0, deferred: 0)
            row.visits += count
            row.units += units
            row.firstTime! += count / 2
            row.deferred! += count / 10
            donations[key] = row
            day += step
        }
    }
    let intake = RecordIntake(
        paths: paths, workspace: workspace, today: CivilDate(year: 2026, month: 11, day: 24)!,
        time: "2026-11-24T00:00:00+08:00", by: "benchmark")
    let write = try milliseconds {
        _ = try intake.storeSimulation(
            promotion: [], donations: Array(donations.values), drives: drives, description: "benchmark", truthJSON: [])
    }
    print(
        "\nProvince: \(workspace.venues.count) venues, \(years) years: \(drives.count) venue-days, \(donations.count) monthly rows (stored in \(Int(write / 1000)) s)"
    )
    var store: RecordStore?
    let read = milliseconds { store = RecordStore.load(paths, workspace: workspace) }
    let drivesOnly = milliseconds { _ = DriveTable.load(paths, workspace: workspace) }
    precondition(store!.problems.isEmpty, "\(store!.problems.prefix(3))")
    let calibrator = Calibrator(
        workspace: workspace, donations: store!.donations, drives: store!.drives, files: [])
    var calibration: Calibration?
    let fit = milliseconds { calibration = calibrator.calibrate(through: YearMonth(last)) }
    print(
        String(
            format:
                "read record tables: %.2f s (drives.csv alone %.2f s); calibrate: %.2f s (%d fixed sites, %d drive venues calibrated)",
            read / 1000, drivesOnly / 1000, fit / 1000, calibration?.fixedSites.count ?? 0,
            calibration?.drives.count ?? 0))
}

func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }

func printErrors(_ label: String, _ errors: [Double]) {
    guard !errors.isEmpty else { return }
    print(
        "| \(label) | \(errors.count) | \(percent(errors.reduce(0, +) / Double(errors.count))) | \(percent(errors.max()!)) |"
    )
}
