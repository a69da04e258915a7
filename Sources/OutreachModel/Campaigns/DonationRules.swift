/// Donation types whose intervals GB 18467-2011 regulates.
public enum DonationType: String, CaseIterable, Sendable, Codable {
    case wholeBlood = "whole-blood"
    case platelets
}

/// A length of time in whole days, weeks or calendar months.
public struct IntervalLength: Hashable, Sendable, Codable {
    public enum Unit: String, Sendable, Codable { case day, week, month }
    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The first day on which the interval since `date` has passed.
    public func after(_ date: CivilDate) -> CivilDate {
        switch unit {
        case .day: return date.adding(days: count)
        case .week: return date.adding(days: 7 * count)
        case .month: return date.adding(months: count)
        }
    }
}

/// The national rules on donor eligibility and units, kept as data (`Templates/rules/donation.json`) so that a
/// change of standard is an edit, not a code change.
public struct DonationRules: Hashable, Sendable, Codable {
    public struct Interval: Hashable, Sendable, Codable {
        public var from: DonationType
        public var to: DonationType
        public var minimum: IntervalLength

        public init(from: DonationType, to: DonationType, minimum: IntervalLength) {
            self.from = from
            self.to = to
            self.minimum = minimum
        }
    }

    public var source: String
    /// Millilitres of whole blood in one unit (China: 200 mL = 1 U).
    public var unitMillilitres: Int
    public var wholeBloodVolumes: [Int]
    public var plateletDosesPerDonation: [Int]
    public var intervals: [Interval]
    public var maximumPlateletDonationsPerYear: Int
    public var minimumAge: Int
    public var maximumAge: Int
    /// Repeat donors without earlier reactions may donate up to this age.
    public var maximumAgeRepeatDonor: Int
    /// Share of people who come forward and are deferred at screening (default, about 10%).
    public var deferralRate: Double

    public init(
        source: String, unitMillilitres: Int, wholeBloodVolumes: [Int], plateletDosesPerDonation: [Int],
        intervals: [Interval], maximumPlateletDonationsPerYear: Int, minimumAge: Int, maximumAge: Int,
        maximumAgeRepeatDonor: Int, deferralRate: Double
    ) {
        self.source = source
        self.unitMillilitres = unitMillilitres
        self.wholeBloodVolumes = wholeBloodVolumes
        self.plateletDosesPerDonation = plateletDosesPerDonation
        self.intervals = intervals
        self.maximumPlateletDonationsPerYear = maximumPlateletDonationsPerYear
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.maximumAgeRepeatDonor = maximumAgeRepeatDonor
        self.deferralRate = deferralRate
    }

    /// The first day a donor who gave `previous` on `date` may give `next`; nil when the rules are silent.
    public func nextEligibleDay(after date: CivilDate, from previous: DonationType, to next: DonationType)
        -> CivilDate?
    {
        intervals.first { $0.from == previous && $0.to == next }?.minimum.after(date)
    }

    /// Units for a whole-blood volume in millilitres (400 mL → 2 U).
    public func units(forMillilitres millilitres: Int) -> Double {
        Double(millilitres) / Double(unitMillilitres)
    }
}
