import Foundation
import OutreachModel

/// Fits the planner's expectations to a station's records: `outreach calibrate`.
///
/// With venue-days (an imported export, or the simulated world) every fixed-site day and drive is a session, and
/// `SessionFit` separates venue, year, month and weekday. Without them only the monthly rows are at hand: fixed
/// sites are fitted from site-months (where a township has one fixed site) and drive turnout stays at the campaign
/// defaults. The level at the last month comes from a log-linear trend through the last 24 monthly levels.
public struct Calibrator: Sendable {
    public var workspace: Workspace
    public var donations: [DonationRecord]
    public var drives: [DriveRecord]
    public var files: [String]
    let tree: RegionTree
    /// Months a seasonal profile needs (two of each calendar month).
    public static let monthsForSeason = 24
    /// Drives of a venue kind below which its turnout is not estimated.
    public static let drivesForKind = 5
    /// Pseudo-drives of the kind's turnout added to each venue's own (empirical-Bayes shrinkage).
    public static let priorDrives = 2.0
    static let z80 = 1.2816

    public init(workspace: Workspace, donations: [DonationRecord], drives: [DriveRecord], files: [String]) {
        self.workspace = workspace
        self.donations = donations
        self.drives = drives
        self.files = files
        tree = workspace.tree
    }

    /// `outreach calibrate`: the calibration through `through`, carrying the backtest of the `quarters` finished
    /// quarters before it; nil when there is no month of records.
    public func run(through: YearMonth, quarters: Int = 4) -> (calibration: Calibration, backtest: Backtest)? {
        guard var calibration = calibrate(through: through) else { return nil }
        let backtest = Backtest.run(self, through: calibration.through, quarters: quarters)
        if !backtest.rows.isEmpty { calibration.backtest = backtest.summary }
        return (calibration, backtest)
    }

    /// The calibration on every record up to and including `through`; nil when there is no month at all.
    public func calibrate(through: YearMonth) -> Calibration? {
        let rows = donations.filter { $0.month <= through }
        let days = drives.filter { $0.month <= through }
        guard let first = rows.map(\.month).min(), let last = rows.map(\.month).max() else { return nil }
        let months = first.months(to: last) + 1
        var calibration = Calibration(from: first, through: last, files: files)
        if days.isEmpty {
            calibration.gaps.append(drives.isEmpty ? .noVenueDays : .venueDaysOutsideRecords)
        }
        let venues = workspace.venues
        let venueIndex = Dictionary(venues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sessions = days.isEmpty ? siteMonths(rows, first: first) : venueDays(days, first: first, venueIndex)
        let years = last.year - first.year + 1
        let fit = SessionFit(sessions, venues: venues.count, years: years)

        // The level at `through`: a log-linear trend through the last 24 monthly levels.
        var observed = Array(repeating: 0.0, count: months)
        var base = Array(repeating: 0.0, count: months)
        for session in sessions {
            observed[session.offset] += session.donations
            base[session.offset] += fit.fitted(session) / max(fit.year[session.year], 1e-12)
        }
        let window = Array(max(0, months - 24)..<months).filter { base[$0] > 0 && observed[$0] > 0 }
        let trend = Self.logTrend(window.map { (Double($0), log(observed[$0] / base[$0])) })
        let level = trend.map { exp($0.intercept + $0.slope * Double(months - 1)) } ?? 1
        if let trend, window.count >= 12 {
            let growth = exp(12 * trend.slope) - 1
            calibration.yearlyGrowth = .init(
                value: growth, low: exp(12 * (trend.slope - Self.z80 * trend.slopeError)) - 1,
                high: exp(12 * (trend.slope + Self.z80 * trend.slopeError)) - 1, observations: window.count)
        }
        if months >= Self.monthsForSeason {
            calibration.season = (0..<12).map { month in
                let total = sessions.lazy.filter { $0.month == month }.reduce(0.0) { $0 + $1.donations }
                let error = total > 0 ? Self.z80 * sqrt(fit.dispersion / total) : 0
                return .init(
                    value: fit.month[month], low: fit.month[month] * exp(-error), high: fit.month[month] * exp(error),
                    observations: fit.sessionsPerMonth[month])
            }
            calibration.regionSeason = regionSeason(sessions, fit: fit, venues: venues)
        } else {
            calibration.gaps.append(.seasonNeedsMonths(have: months, need: Self.monthsForSeason))
        }

        // Fixed sites.
        for (index, venue) in venues.enumerated() where venue.kind == .fixedSite {
            guard fit.sessionsPerVenue[index] >= 20 || (days.isEmpty && fit.sessionsPerVenue[index] >= 6) else {
                calibration.gaps.append(.fixedSiteWithoutDays(venue: venue.id, days: fit.sessionsPerVenue[index]))
                continue
            }
            calibration.fixedSites.append(
                .init(
                    venue: venue.id, donationsPerDay: estimate(fit, index, level: level),
                    weekday: days.isEmpty ? Array(repeating: 1, count: 7) : fit.weekday))
        }

        // Drive venues: each venue's own drives shrunk toward its kind's.
        if !days.isEmpty {
            var kindObserved: [VenueKind: Double] = [:]
            var kindExposure: [VenueKind: Double] = [:]
            var kindDrives: [VenueKind: Int] = [:]
            for (index, venue) in venues.enumerated() where venue.kind != .fixedSite {
                kindObserved[venue.kind, default: 0] += fit.observed[index]
                kindExposure[venue.kind, default: 0] += fit.exposure[index]
                kindDrives[venue.kind, default: 0] += fit.sessionsPerVenue[index]
            }
            for kind in Set(venues.map(\.kind)).subtracting([.fixedSite]).sorted(by: { $0.rawValue < $1.rawValue })
            where (kindDrives[kind] ?? 0) < Self.drivesForKind {
                calibration.gaps.append(.kindWithoutDrives(kind, drives: kindDrives[kind] ?? 0))
            }
            for (index, venue) in venues.enumerated() where venue.kind != .fixedSite {
                guard (kindDrives[venue.kind] ?? 0) >= Self.drivesForKind, let exposure = kindExposure[venue.kind],
                    exposure > 0
                else { continue }
                let kindMean = kindObserved[venue.kind]! / exposure
                let own = fit.exposure[index]
                let value = (fit.observed[index] + Self.priorDrives * kindMean) / (own + Self.priorDrives) * level
                let evidence = fit.observed[index] + Self.priorDrives * kindMean
                let error = evidence > 0 ? Self.z80 * sqrt(fit.dispersion / evidence) : 0
                calibration.drives.append(
                    .init(
                        venue: venue.id,
                        donationsPerDrive: .init(
                            value: value, low: value * exp(-error), high: value * exp(error),
                            observations: fit.sessionsPerVenue[index]),
                        shareOfReach: venue.reach > 0 ? value / Double(venue.reach) : 0,
                        ownWeight: own / (own + Self.priorDrives)))
            }
            calibration.groups = groups(days, first: first, fit: fit, level: level)
        }
        calibration.unitsPerDonation = unitsPerDonation(rows, through: last)
        calibration.deferralRate = ratio(rows, through: last) { ($0.deferred.map(Double.init), Double($0.visits)) }
        calibration.firstTimeShare = ratio(rows, through: last, ofVisits: true) {
            ($0.firstTime.map(Double.init), Double($0.visits))
        }
        return calibration
    }

    /// A venue's fitted yield at the level of the last month, with its interval.
    func estimate(_ fit: SessionFit, _ index: Int, level: Double) -> Calibration.Estimate {
        let value = fit.venue[index] * level
        let error = fit.observed[index] > 0 ? Self.z80 * sqrt(fit.dispersion / fit.observed[index]) : 0
        return .init(
            value: value, low: value * exp(-error), high: value * exp(error), observations: fit.sessionsPerVenue[index])
    }

    // MARK: Sessions

    func venueDays(_ days: [DriveRecord], first: YearMonth, _ venueIndex: [String: Int]) -> [SessionFit.Session] {
        days.compactMap { day in
            guard let venue = venueIndex[day.venueID] else { return nil }
            return SessionFit.Session(
                venue: venue, year: day.date.year - first.year, offset: first.months(to: day.month),
                month: day.date.month - 1, weekday: day.venueKind == .fixedSite ? day.date.weekday.rawValue - 1 : -1,
                exposure: 1, donations: Double(day.donations))
        }
    }

    /// Without venue-days: each fixed site's month, where its township has no other fixed site, over its open days.
    func siteMonths(_ rows: [DonationRecord], first: YearMonth) -> [SessionFit.Session] {
        let sites = workspace.venues.enumerated().filter { $0.element.kind == .fixedSite }
        let byRegion = Dictionary(grouping: sites, by: \.element.regionCode).filter { $0.value.count == 1 }
        return rows.compactMap { row in
            guard row.venueKind == .fixedSite, let site = byRegion[row.regionCode]?.first else { return nil }
            let open = (0..<row.month.dayCount).filter { day in
                workspace.calendar.allows(site.element.schedule, on: row.month.firstDay.adding(days: day)) == true
            }.count
            guard open > 0 else { return nil }
            return SessionFit.Session(
                venue: site.offset, year: row.month.year - first.year, offset: first.months(to: row.month),
                month: row.month.month - 1, weekday: -1, exposure: Double(open), donations: Double(row.visits))
        }
    }

    // MARK: Summaries

    /// Per county: the city's month factors, pulled toward the county's own observed/fitted ratio.
    func regionSeason(_ sessions: [SessionFit.Session], fit: SessionFit, venues: [Venue]) -> [String: [Double]] {
        let codes = venues.map { countyCode(of: $0.regionCode) }
        let counties = Array(Set(codes)).sorted()
        let position = Dictionary(uniqueKeysWithValues: counties.enumerated().map { ($1, $0) })
        let county = codes.map { position[$0]! }
        var observed = counties.map { _ in Array(repeating: 0.0, count: 12) }
        var expected = observed
        for session in sessions {
            observed[county[session.venue]][session.month] += session.donations
            expected[county[session.venue]][session.month] += fit.fitted(session)
        }
        var result: [String: [Double]] = [:]
        for (index, code) in counties.enumerated() where observed[index].reduce(0, +) > 0 {
            let rows = observed[index]
            let fitted = expected[index]
            let prior = fitted.reduce(0, +) / 24
            result[code] = (0..<12).map { month in
                fit.month[month] * (rows[month] + prior) / (fitted[month] + prior)
            }
        }
        return result
    }

    /// Template × kind × county summaries of the drives themselves (each drive's template inferred from its kind
    /// and date), every drive brought to seasonal factor 1 and the level of the last month.
    func groups(_ days: [DriveRecord], first: YearMonth, fit: SessionFit, level: Double) -> [Calibration.GroupTurnout] {
        let templates = workspace.templates.filter { $0.allowedDays.onShortageOnly != true }
        let venues = Dictionary(workspace.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var sums: [String: (template: String, kind: VenueKind, region: String, values: [Double], reach: Double)] = [:]
        var likely: [String: CampaignTemplate?] = [:]
        for day in days where day.venueKind != .fixedSite {
            let kindDay = day.venueKind.rawValue + day.date.description
            if likely[kindDay] == nil {
                likely[kindDay] = CampaignTemplate.likely(
                    templates, kind: day.venueKind, on: day.date, workspace.calendar)
            }
            guard let venue = venues[day.venueID], let template = likely[kindDay] ?? nil else { continue }
            let scale = fit.year[day.date.year - first.year] * fit.month[day.date.month - 1]
            guard scale > 0 else { continue }
            let region = countyCode(of: venue.regionCode)
            let key = template.id + "|" + day.venueKind.rawValue + "|" + region
            var entry = sums[key] ?? (template.id, day.venueKind, region, [], 0)
            entry.values.append(Double(day.donations) / scale * level)
            entry.reach += Double(venue.reach)
            sums[key] = entry
        }
        return sums.values.map { entry in
            let count = Double(entry.values.count)
            let mean = entry.values.reduce(0, +) / count
            let spread = sqrt(entry.values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(1, count - 1))
            let error = Self.z80 * spread / sqrt(count)
            return .init(
                template: entry.template, kind: entry.kind, region: entry.region,
                donationsPerDrive: .init(
                    value: mean, low: max(0, mean - error), high: mean + error, observations: entry.values.count),
                shareOfReach: entry.reach > 0 ? mean * count / entry.reach : 0)
        }.sorted { ($0.template, $0.kind.rawValue, $0.region) < ($1.template, $1.kind.rawValue, $1.region) }
    }

    /// Units per donation by kind over the last twelve months, the interval from month-to-month spread.
    func unitsPerDonation(_ rows: [DonationRecord], through: YearMonth) -> [String: Calibration.Estimate] {
        let recent = rows.filter { $0.month > through.adding(months: -12) }
        var result: [String: Calibration.Estimate] = [:]
        for (kind, kindRows) in Dictionary(grouping: recent, by: \.venueKind) {
            let byMonth = Dictionary(grouping: kindRows, by: \.month).values.map { rows -> (Double, Double) in
                let units: Double = rows.reduce(0) { $0 + $1.units }
                let visits: Int = rows.reduce(0) { $0 + $1.visits }
                return (units, Double(visits))
            }.filter { $0.1 > 0 }
            guard let estimate = Self.pooledRatio(byMonth) else { continue }
            result[kind.rawValue] = estimate
        }
        return result
    }

    /// A share over the last twelve months (deferred per attempt, or per visit), with its interval.
    func ratio(
        _ rows: [DonationRecord], through: YearMonth, ofVisits: Bool = false,
        _ parts: (DonationRecord) -> (Double?, Double)
    ) -> Calibration.Estimate? {
        let recent = rows.filter { $0.month > through.adding(months: -12) }
        let byMonth = Dictionary(grouping: recent, by: \.month).values.compactMap { rows -> (Double, Double)? in
            var part = 0.0
            var whole = 0.0
            for row in rows {
                let (count, visits) = parts(row)
                guard let count else { continue }
                part += count
                whole += ofVisits ? visits : visits + count
            }
            return whole > 0 ? (part, whole) : nil
        }
        return Self.pooledRatio(byMonth)
    }

    /// Σ numerators ÷ Σ denominators, with an 80 % interval from the spread of the monthly ratios.
    static func pooledRatio(_ months: [(Double, Double)]) -> Calibration.Estimate? {
        let total = months.reduce(0) { $0 + $1.1 }
        guard total > 0, !months.isEmpty else { return nil }
        let value = months.reduce(0) { $0 + $1.0 } / total
        let ratios = months.map { $0.0 / $0.1 }
        let spread = sqrt(
            ratios.reduce(0) { $0 + ($1 - value) * ($1 - value) } / Double(max(1, ratios.count - 1)))
        let error = z80 * spread / sqrt(Double(ratios.count))
        return .init(value: value, low: max(0, value - error), high: value + error, observations: months.count)
    }

    /// Least squares of y on x: intercept, slope and the slope's standard error.
    static func logTrend(_ points: [(Double, Double)]) -> (intercept: Double, slope: Double, slopeError: Double)? {
        guard points.count >= 3 else { return nil }
        let n = Double(points.count)
        let meanX = points.reduce(0) { $0 + $1.0 } / n
        let meanY = points.reduce(0) { $0 + $1.1 } / n
        let sxx = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.0 - meanX) }
        guard sxx > 0 else { return nil }
        let slope = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) } / sxx
        let intercept = meanY - slope * meanX
        let residual = points.reduce(0) { $0 + pow($1.1 - intercept - slope * $1.0, 2) }
        return (intercept, slope, sqrt(residual / max(1, n - 2) / sxx))
    }

    /// The county (child of the city) a region belongs to.
    func countyCode(of code: String) -> String {
        tree.division(of: code, in: workspace.settings.cityCode)
    }
}
