import OutreachModel
import Testing

@testable import OutreachEvaluation

/// GB 18467-2011 intervals per pair of donation types, on their boundary days, and the age limits.
@Suite struct RecallTests {
    static let rules = DonationRules(
        source: "GB 18467-2011", unitMillilitres: 200, wholeBloodVolumes: [200, 300, 400],
        plateletDosesPerDonation: [1, 2],
        intervals: [
            .init(from: .wholeBlood, to: .wholeBlood, minimum: IntervalLength(count: 6, unit: .month)),
            .init(from: .platelets, to: .platelets, minimum: IntervalLength(count: 2, unit: .week)),
            .init(from: .platelets, to: .wholeBlood, minimum: IntervalLength(count: 4, unit: .week)),
            .init(from: .wholeBlood, to: .platelets, minimum: IntervalLength(count: 3, unit: .month)),
        ], maximumPlateletDonationsPerYear: 24, minimumAge: 18, maximumAge: 55, maximumAgeRepeatDonor: 60,
        deferralRate: 0.1)

    static func donor(_ last: String, _ type: DonationType, birth: Int? = nil) -> ImportedDonor {
        ImportedDonor(
            key: "k", regionCode: "440902", venueID: nil, lastDonation: date(last), lastType: type, birthYear: birth,
            donations: 1)
    }

    @Test(arguments: [
        (DonationType.wholeBlood, DonationType.wholeBlood, "2026-09-01"),
        (.wholeBlood, .platelets, "2026-06-01"),
        (.platelets, .platelets, "2026-03-15"),
        (.platelets, .wholeBlood, "2026-03-29"),
    ])
    func intervalEndsOnItsBoundaryDay(last: DonationType, next: DonationType, first: String) {
        let donor = Self.donor("2026-03-01", last)
        #expect(Recall.eligibleFrom(donor, type: next, rules: Self.rules) == date(first))
        let dayBefore = date(first).adding(days: -1)
        #expect(Recall.due([donor], from: date("2026-01-01"), to: dayBefore, type: next, rules: Self.rules).isEmpty)
        #expect(Recall.due([donor], from: date(first), to: date(first), type: next, rules: Self.rules).count == 1)
    }

    @Test func ageLimitsLeaveOutTheTooOld() {
        // Born 1966: 60 in 2026, 61 in 2027 — past the repeat-donor limit by the time the interval ends.
        #expect(
            Recall.eligibleFrom(
                Self.donor("2026-03-01", .wholeBlood, birth: 1966), type: .wholeBlood, rules: Self.rules) != nil)
        #expect(
            Recall.eligibleFrom(
                Self.donor("2026-09-01", .wholeBlood, birth: 1966), type: .wholeBlood, rules: Self.rules) == nil)
    }

    @Test func poolsCountEveryoneEligibleByTheDate() {
        let donors = [
            Self.donor("2026-01-10", .wholeBlood), Self.donor("2026-05-10", .wholeBlood),
            Self.donor("2026-06-20", .platelets),
        ]
        let pool = Recall.pool(donors, at: date("2026-07-31"), type: .wholeBlood, rules: Self.rules) { $0.regionCode }
        #expect(pool == ["440902": 2])
        #expect(Recall.weekStart(date("2026-12-02")) == date("2026-11-30"))
    }
}
