import OutreachModel

/// Expected units of a county in a month from a calibration, or from the planner's defaults.
struct Predictor {
    let workspace: Workspace
    let tree: RegionTree
    let county: [String: String]
    let venues: [String: Venue]
    let templates: [CampaignTemplate]

    init(_ workspace: Workspace) {
        self.workspace = workspace
        tree = workspace.tree
        let tree = tree
        let city = workspace.settings.cityCode
        var county: [String: String] = [:]
        for region in workspace.regions { county[region.code] = tree.division(of: region.code, in: city) }
        self.county = county
        venues = Dictionary(workspace.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        templates = workspace.templates.filter { $0.allowedDays.onShortageOnly != true }
    }

    func predict(
        _ month: YearMonth, calibration: Calibration, donations: [DonationRecord], drives: [DriveRecord]
    ) -> [Backtest.RegionMonth] {
        let planning = workspace.planning
        let deferral = workspace.donationRules?.deferralRate ?? 0.1
        var recorded: [String: Double] = [:]
        var recordedDrives: [String: Double] = [:]
        var lastYear: [String: Double] = [:]
        var trendNow: [String: Double] = [:]
        var trendBefore: [String: Double] = [:]
        let calibrated = calibration.through
        for row in donations {
            guard let code = county[row.regionCode] else { continue }
            if row.month == month {
                recorded[code, default: 0] += row.units
                if row.venueKind != .fixedSite { recordedDrives[code, default: 0] += row.units }
            }
            if row.month == month.adding(months: -12) { lastYear[code, default: 0] += row.units }
            if row.month > calibrated.adding(months: -12) && row.month <= calibrated {
                trendNow[code, default: 0] += row.units
            } else if row.month > calibrated.adding(months: -24) && row.month <= calibrated.adding(months: -12) {
                trendBefore[code, default: 0] += row.units
            }
        }
        var predicted: [String: Double] = [:]
        var defaults: [String: Double] = [:]
        // Fixed sites on their open days.
        let fixedUnits = calibration.unitsPerDonation[VenueKind.fixedSite.rawValue]?.value
        for venue in workspace.venues where venue.kind == .fixedSite {
            guard let code = county[venue.regionCode] else { continue }
            let byDefault = Double(venue.capacityPerDay) * planning.fixedSiteShareOfCapacity * (1 - deferral)
            for day in 0..<month.dayCount {
                let date = month.firstDay.adding(days: day)
                guard workspace.calendar.allows(venue.schedule, on: date) == true else { continue }
                defaults[code, default: 0] += byDefault * planning.fixedSiteUnitsPerDonation
                let expected =
                    calibration.fixedSiteDonations(venue: venue.id, on: date, county: code).map {
                        min(Double(venue.capacityPerDay), $0) * (fixedUnits ?? planning.fixedSiteUnitsPerDonation)
                    } ?? byDefault * planning.fixedSiteUnitsPerDonation
                predicted[code, default: 0] += expected
            }
        }
        // The drives held, or the month's recorded drive units without venue-days.
        let held = drives.filter { $0.month == month && $0.venueKind != .fixedSite }
        if held.isEmpty {
            for (code, units) in recordedDrives {
                predicted[code, default: 0] += units
                defaults[code, default: 0] += units
            }
        }
        for drive in held {
            guard let venue = venues[drive.venueID], let code = county[venue.regionCode] else { continue }
            let template = CampaignTemplate.likely(templates, kind: venue.kind, on: drive.date, workspace.calendar)
            let templateUnits = template?.unitsPerDonor ?? 1.5
            let byDefault = min(
                Double(venue.capacityPerDay), (template?.turnoutShareOfReach ?? 0) * Double(venue.reach))
            defaults[code, default: 0] += byDefault * templateUnits
            let units = calibration.unitsPerDonation[venue.kind.rawValue]?.value ?? templateUnits
            let expected =
                calibration.driveDonations(venue: venue.id, in: month, county: code).map {
                    min(Double(venue.capacityPerDay), $0)
                } ?? byDefault
            predicted[code, default: 0] += expected * units
        }
        return recorded.keys.sorted().compactMap { code in
            guard let units = recorded[code], units > 0 else { return nil }
            let trend = (trendBefore[code] ?? 0) > 0 ? (trendNow[code] ?? 0) / trendBefore[code]! : nil
            return Backtest.RegionMonth(
                region: code, month: month, recorded: units, calibrated: predicted[code] ?? 0,
                lastYear: lastYear[code].flatMap { value in trend.map { value * $0 } }, defaults: defaults[code] ?? 0)
        }
    }
}
