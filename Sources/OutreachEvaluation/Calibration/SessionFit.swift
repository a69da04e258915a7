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
        for _ in 0..<rounds {
            update(sessions, count: venues, key: \.venue, factors: \.venue)
            update(sessions, count: years, key: \.year, factors: \.year)
            update(sessions, count: 12, key: \.month, factors: \.month)
            update(sessions, count: 7, key: \.weekday, factors: \.weekday)
            normalise(\.month, weights: sessions.map(\.month), venues: nil)
            normalise(\.weekday, weights: sessions.filter { $0.weekday >= 0 }.map(\.weekday), venues: weekdayVenues)
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

    /// One backfitting step for a factor: observed over fitted-without-it, per level.
    mutating func update(
        _ sessions: [Session], count: Int, key: KeyPath<Session, Int>, factors: WritableKeyPath<SessionFit, [Double]>
    ) {
        var observed = Array(repeating: 0.0, count: count)
        var expected = Array(repeating: 0.0, count: count)
        for session in sessions {
            let level = session[keyPath: key]
            guard level >= 0 else { continue }
            let current = self[keyPath: factors][level]
            guard current > 0 else { continue }
            observed[level] += session.donations
            expected[level] += fitted(session) / current
        }
        for level in 0..<count where expected[level] > 0 {
            self[keyPath: factors][level] = observed[level] / expected[level]
        }
    }

    /// Scales a factor to mean 1 over the sessions that use it, moving the scale into the venues that use it
    /// (nil: all).
    mutating func normalise(_ factors: WritableKeyPath<SessionFit, [Double]>, weights: [Int], venues: Set<Int>?) {
        guard !weights.isEmpty else { return }
        let mean = weights.reduce(0.0) { $0 + self[keyPath: factors][$1] } / Double(weights.count)
        guard mean > 0 else { return }
        self[keyPath: factors] = self[keyPath: factors].map { $0 / mean }
        for index in venue.indices where venues?.contains(index) ?? true { venue[index] *= mean }
    }
}
