import Foundation

/// How the planner and the backtest read a calibration: a venue's expected donations on a day or in a month.
extension Calibration {
    /// Yield growth from the last calibrated month to `month` (1 without a fitted growth).
    public func growth(to month: YearMonth) -> Double {
        guard let rate = yearlyGrowth?.value, rate > -1 else { return 1 }
        return pow(1 + rate, Double(through.months(to: month)) / 12)
    }

    /// The seasonal multiplier of a month, the county's own where fitted (1 without a seasonal fit).
    public func season(_ month: YearMonth, county: String?) -> Double {
        if let county, let own = regionSeason?[county], own.count == 12 { return own[month.month - 1] }
        guard let season, season.count == 12 else { return 1 }
        return season[month.month - 1].value
    }

    /// Expected donations at a fixed site on an open day; nil when the site was not calibrated.
    public func fixedSiteDonations(venue: String, on date: CivilDate, county: String?) -> Double? {
        guard let site = fixedSites.first(where: { $0.venue == venue }) else { return nil }
        let month = YearMonth(date)
        let weekday = site.weekday.count == 7 ? site.weekday[date.weekday.rawValue - 1] : 1
        return site.donationsPerDay.value * weekday * season(month, county: county) * growth(to: month)
    }

    /// Expected donations of a drive at the venue in the month; nil when its turnout was not calibrated.
    public func driveDonations(venue: String, in month: YearMonth, county: String?) -> Double? {
        guard let drive = drives.first(where: { $0.venue == venue }) else { return nil }
        return drive.donationsPerDrive.value * season(month, county: county) * growth(to: month)
    }
}
