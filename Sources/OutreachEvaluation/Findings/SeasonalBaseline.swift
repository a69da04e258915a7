import Foundation
import OutreachModel

/// What a region's month "should" have been, given its own recent level and the season, and how unusual the
/// actual month is against the region's own history of such surprises.
///
/// The seasonal index of a calendar month is the median, over complete years, of that month's share of its year
/// (÷ 1/12). The city's index is the reference; a region with two or more complete years of its own blends in its
/// own index, weighted by its years (n / (n + 2)). Before a complete year exists, the station's declared seasonal
/// profile stands in. The level is the median of deseasonalised units over the 12 months before; expected =
/// level × index. Surprises are log ratios of actual to expected, and the month's score is their modified
/// z-score against the region's earlier surprises — so a region that is always erratic needs a bigger surprise.
public struct SeasonalBaseline: Sendable {
    public struct Assessment: Hashable, Sendable, Codable {
        public var actual: Double
        public var expected: Double
        public var score: Double
        /// Earlier months the score was measured against.
        public var reference: Int
        /// The same calendar month in earlier years, oldest first.
        public var sameMonthBefore: [Double]
        /// The region's seasonal index for the month (1 = an average month).
        public var seasonalIndex: Double = 1
    }

    /// Months of level needed before a month's expectation counts, and residuals needed before a score does.
    static let levelMonths = 6
    static let minimumReference = 12

    let cityIndex: [Double]
    let profile: [Double]

    /// - Parameters:
    ///   - citySeries: the city's units from `first` on.
    ///   - profile: the declared twelve-month seasonal profile (any scale).
    public init(citySeries: [Double], first: YearMonth, profile: [Double]) {
        let mean = profile.count == 12 ? profile.reduce(0, +) / 12 : 0
        self.profile = mean > 0 ? profile.map { $0 / mean } : Array(repeating: 1, count: 12)
        cityIndex = Self.index(citySeries, first: first)?.index ?? self.profile
    }

    /// Seasonal index from complete calendar years, with how many there were; nil without one.
    static func index(_ series: [Double], first: YearMonth) -> (index: [Double], years: Int)? {
        var ratios = Array(repeating: [Double](), count: 12)
        var offset = (13 - first.month) % 12
        var years = 0
        while offset + 12 <= series.count {
            let year = Array(series[offset..<(offset + 12)])
            let mean = year.reduce(0, +) / 12
            if mean > 0 {
                for month in 0..<12 { ratios[month].append(year[month] / mean) }
                years += 1
            }
            offset += 12
        }
        guard years > 0 else { return nil }
        return (ratios.map { RobustStatistics.median($0) ?? 1 }, years)
    }

    /// The region's index: its own complete years blended with the city's.
    func regionIndex(_ series: [Double], first: YearMonth) -> [Double] {
        guard let (own, years) = Self.index(series, first: first), years >= 2 else { return cityIndex }
        let weight = Double(years) / Double(years + 2)
        return (0..<12).map { weight * own[$0] + (1 - weight) * cityIndex[$0] }
    }

    /// Assesses the last month of `series` (a region's units from `first`); nil when history is too short.
    public func assess(_ series: [Double], first: YearMonth) -> Assessment? {
        guard let actual = series.last, series.count > Self.levelMonths + Self.minimumReference else { return nil }
        let past = Array(series.dropLast())
        let index = regionIndex(past, first: first)
        func calendarMonth(_ offset: Int) -> Int { (first.month - 1 + offset) % 12 }
        func expected(at offset: Int) -> Double? {
            guard offset >= Self.levelMonths else { return nil }
            let window = max(0, offset - 12)..<offset
            let deseasonalised = window.map { series[$0] / max(index[calendarMonth($0)], 0.01) }
            return RobustStatistics.median(deseasonalised).map { $0 * index[calendarMonth(offset)] }
        }
        func surprise(_ value: Double, _ expected: Double) -> Double { log((value + 1) / (expected + 1)) }
        var reference: [Double] = []
        for offset in Self.levelMonths..<past.count {
            if let expected = expected(at: offset) { reference.append(surprise(series[offset], expected)) }
        }
        let last = series.count - 1
        guard reference.count >= Self.minimumReference, let expectedNow = expected(at: last),
            let score = RobustStatistics.score(surprise(actual, expectedNow), against: reference)
        else { return nil }
        let sameMonth = stride(from: last - 12, through: 0, by: -12).map { series[$0] }.reversed()
        return Assessment(
            actual: actual, expected: expectedNow, score: score, reference: reference.count,
            sameMonthBefore: Array(sameMonth), seasonalIndex: index[calendarMonth(last)])
    }
}
