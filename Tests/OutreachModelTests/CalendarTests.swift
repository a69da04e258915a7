import Testing

@testable import OutreachModel

@Suite struct CalendarTests {
    let holidays = HolidayCalendar(
        holidays: [d("2026-10-01"): "National Day", d("2026-10-02"): "National Day"],
        makeUpWorkdays: [d("2026-10-10"): "National Day"])

    @Test func makeUpSaturdaysAreWorkdaysAndHolidaysAreNot() {
        #expect(holidays.isWorkday(d("2026-10-10")))  // Saturday, 调休
        #expect(!holidays.isWorkday(d("2026-10-01")))  // Thursday, holiday
        #expect(holidays.isWorkday(d("2026-10-09")))  // ordinary Friday
        #expect(!holidays.isWorkday(d("2026-10-11")))  // ordinary Sunday
        #expect(holidays.covers(year: 2026) && !holidays.covers(year: 2027))
    }

    @Test func venueSchedulesFollowTheCalendar() {
        let calendar = WorkspaceCalendar(
            holidays: holidays,
            lunar: LunarCalendar(monthStarts: [d("2026-09-11"), d("2026-10-10"), d("2026-11-09")]),
            terms: [
                "colleges": [AcademicTerm(name: "autumn", period: Period(start: d("2026-09-07"), end: d("2027-01-22")))]
            ])
        #expect(calendar.allows(.workdays, on: d("2026-10-10")) == true)
        #expect(calendar.allows(.market(digits: [1, 4, 7], lunar: false), on: d("2026-10-14")) == true)
        #expect(calendar.allows(.market(digits: [1, 4, 7], lunar: false), on: d("2026-10-31")) == false)
        // 2026-10-13 is lunar day 4 (month begins 10-10).
        #expect(calendar.allows(.market(digits: [1, 4, 7], lunar: true), on: d("2026-10-13")) == true)
        #expect(calendar.allows(.market(digits: [1, 4, 7], lunar: true), on: d("2027-06-01")) == nil)
        #expect(calendar.allows(.term(calendarID: "colleges"), on: d("2026-10-02")) == false)  // holiday in term
        #expect(calendar.allows(.term(calendarID: "colleges"), on: d("2026-10-12")) == true)
        #expect(calendar.allows(.term(calendarID: "colleges"), on: d("2026-08-20")) == false)  // vacation
        #expect(calendar.allows(.term(calendarID: "missing"), on: d("2026-10-12")) == nil)
        #expect(calendar.lastDay(of: .term(calendarID: "colleges")) == d("2027-01-22"))
    }

    @Test func donationIntervalsComeFromTheRules() {
        let rules = DonationRules(
            source: "GB 18467-2011", unitMillilitres: 200, wholeBloodVolumes: [200, 300, 400],
            plateletDosesPerDonation: [1, 2],
            intervals: [
                .init(from: .wholeBlood, to: .wholeBlood, minimum: .init(count: 6, unit: .month)),
                .init(from: .platelets, to: .wholeBlood, minimum: .init(count: 4, unit: .week)),
            ], maximumPlateletDonationsPerYear: 24, minimumAge: 18, maximumAge: 55, maximumAgeRepeatDonor: 60,
            deferralRate: 0.1)
        #expect(rules.nextEligibleDay(after: d("2026-08-31"), from: .wholeBlood, to: .wholeBlood) == d("2027-02-28"))
        #expect(rules.nextEligibleDay(after: d("2026-08-31"), from: .platelets, to: .wholeBlood) == d("2026-09-28"))
        #expect(rules.nextEligibleDay(after: d("2026-08-31"), from: .wholeBlood, to: .platelets) == nil)
        #expect(rules.units(forMillilitres: 400) == 2)
    }
}
