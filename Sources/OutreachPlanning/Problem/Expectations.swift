import OutreachModel

/// What the planner expects of a drive or a fixed-site day: from the station's calibration where it has the venue,
/// else from the campaign templates and `planning.json` defaults. The problem builder and the independent rule
/// checker both read it, so a calibrated plan is checked against the same expectations it was made with.
public struct Expectations: Sendable {
    public let calibration: Calibration?
    let settings: PlanningSettings
    let keep: Double
    let county: [String: String]

    public init(workspace: Workspace) {
        calibration = workspace.calibration
        settings = workspace.planning
        keep = 1 - (workspace.donationRules?.deferralRate ?? 0)
        let tree = workspace.tree
        let city = workspace.settings.cityCode
        var county: [String: String] = [:]
        for venue in workspace.venues { county[venue.id] = tree.division(of: venue.regionCode, in: city) }
        self.county = county
    }

    /// Donations at a fixed site on an open day, never more than the site can take.
    public func fixedSiteDonations(_ venue: Venue, on date: CivilDate) -> Double {
        let calibrated = calibration?.fixedSiteDonations(venue: venue.id, on: date, county: county[venue.id])
        return min(
            Double(venue.capacityPerDay),
            calibrated ?? Double(venue.capacityPerDay) * settings.fixedSiteShareOfCapacity * keep)
    }

    public func fixedSiteUnitsPerDonation() -> Double {
        calibration?.unitsPerDonation[VenueKind.fixedSite.rawValue]?.value ?? settings.fixedSiteUnitsPerDonation
    }

    /// Share of the venue's remaining pool that comes forward (donations and deferrals) to a drive on the date.
    public func turnoutShare(_ template: CampaignTemplate, at venue: Venue, on date: CivilDate) -> Double {
        guard venue.reach > 0, keep > 0,
            let donations = calibration?.driveDonations(venue: venue.id, in: YearMonth(date), county: county[venue.id])
        else { return template.turnoutShareOfReach }
        return min(1, donations / keep / Double(venue.reach))
    }

    public func unitsPerDonation(_ template: CampaignTemplate, at venue: Venue) -> Double {
        calibration?.unitsPerDonation[venue.kind.rawValue]?.value ?? template.unitsPerDonor
    }
}
