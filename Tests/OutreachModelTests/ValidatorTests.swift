import Testing

@testable import OutreachModel

/// One test per validation rule: start from a valid tiny city, break one thing, expect exactly that problem.
@Suite struct ValidatorTests {
    let today = d("2026-11-24")

    func problems(_ change: (inout Workspace) -> Void) -> [Problem] {
        var workspace = TinyCity.workspace
        workspace.assignments.append(
            Assignment(regionCode: "440904", leaderID: "L01", period: Period(start: d("2021-01-01"))))
        workspace.calendar.holidays = HolidayCalendar(holidays: [d("2026-10-01"): "National Day"])
        change(&workspace)
        return WorkspaceValidator(workspace: workspace, today: today).problems()
    }

    @Test func theTinyCityIsValid() {
        #expect(problems { _ in }.isEmpty)
    }

    @Test func duplicateRegionCodeIsAnError() {
        let found = problems { $0.regions.append(TinyCity.regions[5]) }
        #expect(found == [.error(.duplicateID(.region, "440904100"), .region(6), field: "code")])
    }

    @Test func unknownParentSuggestsTheNearestCode() {
        let found = problems { $0.regions[5].parentCode = "440905" }
        // Equally near candidates: the first in file order wins, so the hint is stable.
        #expect(
            found.first
                == .error(.unknownReference(.region, "440905", suggestion: "440900"), .region(5), field: "parent"))
    }

    @Test func parentCycleIsAnError() {
        let found = problems {
            $0.regions[1].parentCode = "440902001"
        }
        #expect(found.contains(.error(.regionCycle("440902"), .region(1), field: "parent")))
    }

    @Test func malformedCodeAndLevelMismatch() {
        let found = problems {
            $0.regions.append(Region(code: "44x", name: "坏", kind: .town, parentCode: "440902100"))
        }
        #expect(found.contains(.error(.malformedRegionCode("44x"), .region(6), field: "code")))
        #expect(found.contains(.error(.levelMismatch(child: .town, parent: .town), .region(6), field: "kind")))
    }

    @Test func codeOutsideItsParentIsAWarning() {
        let found = problems { $0.regions[5].parentCode = "440902" }
        #expect(
            found == [.warning(.codeNotUnderParent(code: "440904100", parent: "440902"), .region(5), field: "code")])
    }

    @Test func overlappingAssignmentsAreAnError() {
        let found = problems {
            $0.assignments.append(
                Assignment(
                    regionCode: "440902", leaderID: "L03", period: Period(start: d("2023-06-30"), end: d("2023-07-10")))
            )
        }
        let first = TinyCity.assignments[0].period
        #expect(
            found.first
                == .error(
                    .assignmentsOverlap(region: "440902", otherLeader: "L01", other: first), .assignment(4),
                    field: "from"))
        #expect(found.count == 2)  // it overlaps L02's open period too
    }

    @Test func assignmentToUnknownLeaderAndReversedDates() {
        let found = problems {
            $0.assignments.append(
                Assignment(
                    regionCode: "440904100", leaderID: "L1",
                    period: Period(start: d("2026-01-02"), end: d("2026-01-01"))))
        }
        #expect(
            found == [
                .error(.unknownReference(.leader, "L1", suggestion: "L01"), .assignment(4), field: "leader"),
                .error(.endsBeforeStart(start: d("2026-01-02"), end: d("2026-01-01")), .assignment(4), field: "to"),
            ])
    }

    @Test func townshipWithoutLeaderTodayIsAWarning() {
        let found = problems { $0.assignments.removeLast() }
        #expect(
            found == [
                .warning(.regionWithoutLeader(code: "440904", name: "电白区", englishName: "", on: today), .region(4)),
                .warning(.regionWithoutLeader(code: "440904100", name: "马踏镇", englishName: "", on: today), .region(5)),
            ])
    }

    @Test func leaderWhoNeverHeldARegionIsAWarning() {
        let found = problems { $0.leaders.append(Leader(id: "L04", name: "区域领导丁", role: .other)) }
        #expect(found == [.warning(.leaderWithoutRegion("区域领导丁"), .leader(3), field: "id")])
    }

    @Test func venueInUnknownRegionOrWithUnknownTermCalendar() {
        let found = problems {
            $0.venues[0].regionCode = "440999"
            $0.venues[1].schedule = .term(calendarID: "colleges")
            $0.calendar.terms = ["college": []]
        }
        #expect(
            found.contains(
                .error(.unknownReference(.region, "440999", suggestion: "440900"), .venue(0), field: "region")))
        #expect(
            found.contains(
                .error(
                    .unknownReference(.termCalendar, "colleges", suggestion: "college"), .venue(1), field: "schedule")))
    }

    @Test func teamsMustWorkOnDayRules() {
        let found = problems {
            $0.teams = [
                Team(
                    id: "T1", name: "车", kind: .bloodmobile, staff: 5, chairs: 5, baseRegionCode: "440902",
                    workingDays: .term(calendarID: "x"))
            ]
        }
        #expect(
            found == [
                .error(
                    .invalidValue(field: "working_days", value: "term:x", expected: .teamWorkingDays), .team(0),
                    field: "working_days")
            ])
    }

    @Test func templateReferencesAndRangesAreChecked() {
        let found = problems {
            $0.channels = [Channel(code: "school-talk", name: "校园宣讲", englishName: "School talk")]
            $0.templates = [
                CampaignTemplate(
                    id: "school", name: "高校", englishName: "College", venueKinds: [.college, .market, .fixedSite],
                    leadTimeDays: -1, staff: 8,
                    promotion: [PromotionItem(channel: "school-tlak", count: 1, daysBefore: 7)],
                    allowedDays: AllowedDays(months: [13], observance: "blood-day"), minimumRevisitDays: 180,
                    turnoutShareOfReach: 1.5, unitsPerDonor: 1.7)
            ]
        }
        #expect(
            found == [
                .error(
                    .invalidValue(field: "leadTimeDays", value: "-1", expected: .nonNegativeInteger),
                    .template("school"), field: "leadTimeDays"),
                .error(
                    .invalidValue(field: "turnoutShareOfReach", value: "1.5", expected: .fraction), .template("school"),
                    field: "turnoutShareOfReach"),
                .error(
                    .unknownReference(.channel, "school-tlak", suggestion: "school-talk"), .template("school"),
                    field: "promotion[0].channel"),
                .error(
                    .invalidValue(field: "allowedDays.months", value: "13", expected: .month), .template("school"),
                    field: "allowedDays.months"),
                .error(
                    .unknownReference(.observance, "blood-day", suggestion: nil), .template("school"),
                    field: "allowedDays.observance"),
            ])
    }

    @Test func holidayDataMissingForAYearATermReachesIsAWarning() {
        let found = problems {
            $0.calendar.terms = [
                "colleges": [AcademicTerm(name: "autumn", period: Period(start: d("2026-09-07"), end: d("2027-01-22")))]
            ]
        }
        #expect(
            found == [
                .warning(.holidayDataMissing(year: 2027, reachedBy: "colleges"), .calendar, field: "terms.colleges")
            ])
    }

    @Test func venueKindWithoutAnyCampaignIsAWarning() {
        let found = problems {
            $0.templates = [
                CampaignTemplate(
                    id: "market", name: "圩日", englishName: "Market", venueKinds: [.market], leadTimeDays: 7,
                    staff: 6, minimumRevisitDays: 120, turnoutShareOfReach: 0.01, unitsPerDonor: 1.5)
            ]
        }
        #expect(found == [.warning(.noCampaignForVenueKind(.fixedSite), .venue(1), field: "kind")])
    }
}

extension ValidatorTests {
    /// Venues of public drives need an address for the public schedule: one warning names the first few.
    @Test func publicVenuesWithoutAnAddressAreOneWarning() {
        let market = CampaignTemplate(
            id: "market", name: "圩日", englishName: "Market", venueKinds: [.market, .fixedSite], leadTimeDays: 7,
            staff: 6, minimumRevisitDays: 120, turnoutShareOfReach: 0.01, unitsPerDonor: 1.5, openToPublic: true)
        let found = problems {
            $0.templates = [market]
            $0.venues[1].address = " "
        }
        #expect(
            found == [
                .warning(
                    .publicVenuesWithoutAddress(count: 2, examples: ["V1", "V2"]), .venue(0), field: "address")
            ])
        var closed = market
        closed.openToPublic = nil
        #expect(problems { $0.templates = [closed] }.isEmpty)
    }

    @Test func aVenueScheduleThatContradictsItsKindIsAWarning() {
        let found = problems { $0.venues[0].schedule = .daily }
        #expect(
            found == [
                .warning(
                    .scheduleUnusualForKind(.market, schedule: "daily", usual: "market:1,4,7"), .venue(0),
                    field: "schedule")
            ])
    }
}

@Suite struct NearestNameTests {
    @Test(arguments: [
        ("--dept", ["--depth", "--at"], "--depth"), ("regoins", ["regions", "leaders"], "regions"),
        ("茂南", ["茂南区", "电白区"], "茂南区"), ("zzz", ["regions"], nil),
    ])
    func suggestsOnlyPlausibleTypos(name: String, candidates: [String], expected: String?) {
        #expect(NearestName.suggestion(for: name, among: candidates) == expected)
    }
}
