import Foundation
import OutreachModel
import Testing

@testable import OutreachEvaluation

/// Each piece of the calibration alone, on figures exact enough to check by hand.
@Suite struct CalibrationTests {
    /// Two venues over one year, donations exactly venue × month: the fit gives the factors back.
    @Test func backfittingRecoversExactMultiplicativeFactors() {
        let month = [0.8, 0.9, 1.0, 1.1, 1.2, 1.0, 0.7, 0.8, 1.1, 1.2, 1.1, 1.1]
        let mean = month.reduce(0, +) / 12
        let venues = [10.0, 30.0]
        var sessions: [SessionFit.Session] = []
        for (venue, level) in venues.enumerated() {
            for calendarMonth in 0..<12 {
                sessions.append(
                    .init(
                        venue: venue, year: 0, offset: calendarMonth, month: calendarMonth, weekday: -1, exposure: 2,
                        donations: 2 * level * month[calendarMonth]))
            }
        }
        let fit = SessionFit(sessions, venues: 2, years: 1)
        for calendarMonth in 0..<12 {
            #expect(abs(fit.month[calendarMonth] - month[calendarMonth] / mean) < 1e-9)
        }
        #expect(abs(fit.venue[0] * fit.year[0] - 10 * mean) < 1e-9)
        #expect(abs(fit.venue[1] * fit.year[0] - 30 * mean) < 1e-9)
        #expect(fit.dispersion == 1)
    }

    /// Weekday factors apply to the venues that have them, with mean 1 over their sessions.
    @Test func weekdayFactorsAreSeparatedFromTheVenue() {
        let weekday = [0.8, 0.8, 0.8, 0.8, 0.8, 1.4, 1.6]
        let mean = weekday.reduce(0, +) / 7
        let sessions = (0..<70).map { day in
            SessionFit.Session(
                venue: 0, year: 0, offset: 0, month: 0, weekday: day % 7, exposure: 1, donations: 20 * weekday[day % 7])
        }
        let fit = SessionFit(sessions, venues: 1, years: 1)
        for day in 0..<7 { #expect(abs(fit.weekday[day] - weekday[day] / mean) < 1e-9) }
        #expect(abs(fit.venue[0] * fit.year[0] * fit.month[0] - 20 * mean) < 1e-9)
    }

    @Test func logTrendGivesTheGrowthOfAnExactExponential() throws {
        let points = (0..<24).map { (Double($0), log(100.0) + Double($0) * log(1.05) / 12) }
        let trend = try #require(Calibrator.logTrend(points))
        #expect(abs(exp(12 * trend.slope) - 1.05) < 1e-12)
        #expect(abs(trend.intercept - log(100)) < 1e-12)
        #expect(trend.slopeError < 1e-12)
    }

    @Test(arguments: [
        ([(10.0, 100.0), (30.0, 100.0)], 0.2, 2),
        ([(5.0, 50.0), (5.0, 50.0), (5.0, 50.0)], 0.1, 3),
    ])
    func pooledRatioIsTheRatioOfSums(months: [(Double, Double)], expected: Double, observations: Int) throws {
        let estimate = try #require(Calibrator.pooledRatio(months))
        #expect(abs(estimate.value - expected) < 1e-12)
        #expect(estimate.observations == observations)
        #expect(estimate.low <= estimate.value && estimate.value <= estimate.high)
    }

    @Test func aProjectionCarriesSeasonGrowthAndTheCountysOwnSeason() {
        var calibration = Calibration(
            from: YearMonth("2024-01")!, through: YearMonth("2025-12")!, files: [],
            season: (1...12).map { Calibration.Estimate(value: $0 == 7 ? 0.8 : 1, low: 0, high: 2, observations: 1) },
            yearlyGrowth: .init(value: 0.1, low: 0, high: 0.2, observations: 24),
            fixedSites: [
                .init(
                    venue: "V1", donationsPerDay: .init(value: 40, low: 38, high: 42, observations: 300),
                    weekday: [1, 1, 1, 1, 1, 1.5, 0.5])
            ],
            drives: [
                .init(
                    venue: "V2", donationsPerDrive: .init(value: 50, low: 45, high: 55, observations: 9),
                    shareOfReach: 0.005, ownWeight: 0.8)
            ])
        calibration.regionSeason = ["C2": (1...12).map { $0 == 7 ? 0.5 : 1 }]
        // 2026-07-04 is a Saturday, seven months after the calibration.
        let saturday = CivilDate(year: 2026, month: 7, day: 4)!
        let growth = pow(1.1, 7.0 / 12)
        #expect(
            abs(calibration.fixedSiteDonations(venue: "V1", on: saturday, county: "C1")! - 40 * 1.5 * 0.8 * growth)
                < 1e-9)
        #expect(
            abs(calibration.driveDonations(venue: "V2", in: YearMonth(saturday), county: "C2")! - 50 * 0.5 * growth)
                < 1e-9)
        #expect(calibration.driveDonations(venue: "V9", in: YearMonth(saturday), county: nil) == nil)
    }
}
