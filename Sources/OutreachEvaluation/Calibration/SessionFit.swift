import Foundation

/// A multiplicative Poisson model of session yields, fitted by backfitting (each factor in turn is the ratio of
/// observed to fitted over its sessions — the maximum-likelihood update of a log-linear Poisson model):
///
///     donations(s) = exposure(s) × venue(v) × year(y) × month(m) × weekday(w)
///
/// A session is a venue-day (exposure 1) or, without venue-days, a site-month (exposure = open days). The weekday
/// factor applies to fixed-site sessions only; month and weekday factors have mean 1.
struct SessionFit {
    struct Session {
        var venue: Int
        var year: Int
        /// Months since the first month of the data.
        var offset: Int
        /// Calendar month 0–11.
        var month: Int
        /// 0–6 (Monday first), or -1 where weekdays do not apply.
        var weekday: Int
        var exposure: Double
        var donations: Double
    }

    var venue: [Double]
    var year: [Double]
    var month: [Double]
    var weekday: [Double]
    /// Pearson dispersion: 1 for Poisson noise, more when sessions vary beyond it.
    var dispersion: Double
    /// Observed and fitted-without-venue sums per venue (its evidence).
    var observed: [Double]
    var exposure: [Double]
    var sessionsPerVenue: [Int]
    var sessionsPerMonth: [Int]

    init(_ sessions: [Session], venues: Int, years: Int, rounds: Int = 25) {
        venue = Array(repeating: 1, count: venues)
        year = Array(repeating: 1, count: years)
        month = Array(repeating: 1, count: 12)
        weekday = Array(repeating: 1, count: 7)
        observed = Array(repeating: 0, count: venues)
        exposure = Array(repeating: 0, count: venues)
        sessionsPerVenue = Array(repeating: 0, count: venues)
        sessionsPerMonth = Array(repeating: 0, count: 12)
        dispersion = 1
        for session in sessions {
            observed[session.venue] += session.donations
            sessionsPerVenue[session.venue] += 1
            sessionsPerMonth[session.month] += 1
        }
        for venue in 0..<venues where sessionsPerVenue[venue] == 0 { self.venue[venue] = 0 }
        let weekdayVenues = Set(sessions.filter { $0.weekday >= 0 }.map(\.venue))
        // Flat columns: the rounds touch every session four times, so no key paths or structs in the loop.
        let count = sessions.count
        let venueOf = sessions.map(\.venue)
        let yearOf = sessions.map(\.year)
        let monthOf = sessions.map(\.month)
        let weekdayOf = sessions.map(\.weekday)
        let exposureOf = sessions.map(\.exposure)
        let donationsOf = sessions.map(\.donations)
        var observedBy = (venue: [Double](), year: [Double](), month: [Double](), weekday: [Double]())
        observedBy.venue = Array(repeating: 0, count: venues)
        observedBy.year = Array(repeating: 0, count: years)
        observedBy.month = Array(repeating: 0, count: 12)
        observedBy.weekday = Array(repeating: 0, count: 7)
        var monthSessions = Array(repeating: 0, count: 12)
        var weekdaySessions = Array(repeating: 0, count: 7)
        for index in 0..<count {
            let donations = donationsOf[index]
            observedBy.venue[venueOf[index]] += donations
            observedBy.year[yearOf[index]] += donations
            observedBy.month[monthOf[index]] += donations
            monthSessions[monthOf[index]] += 1
            if weekdayOf[index] >= 0 {
                observedBy.weekday[weekdayOf[index]] += donations
                weekdaySessions[weekdayOf[index]] += 1
            }
        }
        /// Observed over fitted-without-the-factor, per level of one factor (0 venue, 1 year, 2 month, 3 weekday).
        func update(_ factor: Int) {
            var expected = Array(
                repeating: 0.0, count: factor == 0 ? venues : factor == 1 ? years : factor == 2 ? 12 : 7)
            for index in 0..<count {
                let weekday = weekdayOf[index]
                var product = exposureOf[index]
                if factor != 0 { product *= venue[venueOf[index]] }
                if factor != 1 { product *= year[yearOf[index]] }
                if factor != 2 { product *= month[monthOf[index]] }
                if factor != 3, weekday >= 0 { product *= self.weekday[weekday] }
                switch factor {
                case 0: expected[venueOf[index]] += product
                case 1: expected[yearOf[index]] += product
                case 2: expected[monthOf[index]] += product
                default: if weekday >= 0 { expected[weekday] += product }
                }
            }
            for level in expected.indices where expected[level] > 0 {
                switch factor {
                case 0: venue[level] = observedBy.venue[level] / expected[level]
                case 1: year[level] = observedBy.year[level] / expected[level]
                case 2: month[level] = observedBy.month[level] / expected[level]
                default: weekday[level] = observedBy.weekday[level] / expected[level]
                }
            }
        }
        /// Scales month or weekday factors to mean 1 over their sessions, moving the scale into the venues.
        func normalise(weekdays: Bool) {
            let sessions = weekdays ? weekdaySessions : monthSessions
            let total = sessions.reduce(0, +)
            guard total > 0 else { return }
            let factors = weekdays ? weekday : month
            let mean = zip(factors, sessions).reduce(0.0) { $0 + $1.0 * Double($1.1) } / Double(total)
            guard mean > 0 else { return }
            if weekdays { weekday = weekday.map { $0 / mean } } else { month = month.map { $0 / mean } }
            for index in venue.indices where !weekdays || weekdayVenues.contains(index) { venue[index] *= mean }
        }
        // Until no month factor moves by more than one part in a million (or `rounds`).
        for _ in 0..<rounds {
            let before = month
            for factor in 0..<4 { update(factor) }
            normalise(weekdays: false)
            normalise(weekdays: true)
            if zip(before, month).allSatisfy({ abs($0 - $1) <= 1e-6 * max($0, 1e-12) }) { break }
        }
        var pearson = 0.0
        for session in sessions {
            let fitted = self.fitted(session)
            exposure[session.venue] += venue[session.venue] > 0 ? fitted / venue[session.venue] : 0
            if fitted > 0 { pearson += (session.donations - fitted) * (session.donations - fitted) / fitted }
        }
        let freedom = sessions.count - venues - years - 11 - 6
        dispersion = freedom > 0 ? max(1, pearson / Double(freedom)) : 1
    }

    func fitted(_ session: Session) -> Double {
        session.exposure * venue[session.venue] * year[session.year] * month[session.month]
            * (session.weekday >= 0 ? weekday[session.weekday] : 1)
    }
}
