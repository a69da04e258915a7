import Foundation
import OutreachEvaluation
import OutreachModel
import Testing

@testable import OutreachLoading

/// The simulated world on the Maoming sample: its records are sums of its donations, it meets the published
/// anchors, and its drives and donors keep the rules the planner keeps.
@Suite struct WorldTests {
    static let workspace: Workspace = {
        let repository = FixtureWorkspace.repository
        let paths = WorkspacePaths(
            workspace: repository.appendingPathComponent("Regions/maoming"),
            templates: repository.appendingPathComponent("Templates"), workspaceDisplay: "maoming",
            templatesDisplay: "Templates")
        return try! WorkspaceLoader.load(paths).workspace
    }()

    static func world(_ from: String, _ through: String, seed: UInt64 = 5) -> World {
        World(workspace: workspace, from: YearMonth(from)!, through: YearMonth(through)!, seed: seed)
    }

    @Test func recordsAndVenueDaysAreSumsOfTheDonations() {
        let world = Self.world("2026-01", "2026-03")
        let records = world.records()
        var visits = 0
        var deferred = 0
        var units = 0.0
        var firstTime = 0
        world.forEachDonation { donation in
            guard donation.date >= YearMonth("2026-01")!.firstDay, donation.date <= YearMonth("2026-03")!.lastDay
            else { return }
            if donation.deferred {
                deferred += 1
            } else {
                visits += 1
                units += Double(donation.millilitres) / 200
                firstTime += donation.firstTime ? 1 : 0
            }
        }
        #expect(records.donations.reduce(0) { $0 + $1.visits } == visits)
        #expect(records.donations.reduce(0) { $0 + ($1.deferred ?? 0) } == deferred)
        #expect(records.donations.reduce(0) { $0 + $1.units } == units)
        #expect(records.donations.reduce(0) { $0 + ($1.firstTime ?? 0) } == firstTime)
        #expect(records.drives.reduce(0) { $0 + $1.donations } == visits)
        #expect(records.drives.reduce(0) { $0 + $1.units } == units)
        // Township grain: every row sits where its venue is.
        let venueRegions = Set(Self.workspace.venues.map(\.regionCode))
        #expect(records.donations.allSatisfy { venueRegions.contains($0.regionCode) })
        #expect(
            Set(records.donations.map(\.month)) == [
                YearMonth("2026-01")!, YearMonth("2026-02")!, YearMonth("2026-03")!,
            ])
    }

    @Test func theYearsUnitsMeetTheAnchorWithinTwoPercent() {
        let world = Self.world("2023-01", "2023-12")
        let units = world.records().donations.reduce(0) { $0 + $1.units }
        let anchor = world.settings.anchor(2023).units
        #expect(abs(units / anchor - 1) < 0.02, "\(units) against \(anchor)")
    }

    @Test func theSameSeedGivesTheSameWorldAndAnotherSeedAnother() {
        let first = Self.world("2026-09", "2026-10", seed: 3).records().drives
        let again = Self.world("2026-09", "2026-10", seed: 3).records().drives
        let other = Self.world("2026-09", "2026-10", seed: 4).records().drives
        #expect(first == again)
        #expect(first != other)
    }

    @Test func drivesKeepCalendarsRevisitIntervalsAndOneDriveATeamADay() {
        let world = Self.world("2025-01", "2025-12")
        let calendar = Self.workspace.calendar
        let revisit = Dictionary(uniqueKeysWithValues: Self.workspace.templates.map { ($0.id, $0.minimumRevisitDays) })
        var last: [Int: CivilDate] = [:]
        var teamDays = Set<String>()
        for session in world.sessions {
            let venue = world.venues[session.venue]
            #expect(calendar.allows(venue.schedule, on: session.date) == true, "\(venue.id) \(session.date)")
            guard let template = session.template, let team = session.team else { continue }
            #expect(calendar.holidays.closedForDrives(session.date) == nil)
            if let previous = last[session.venue] {
                #expect(previous.days(until: session.date) >= revisit[template]!, "\(venue.id) \(session.date)")
            }
            last[session.venue] = session.date
            #expect(teamDays.insert(team + session.date.description).inserted)
        }
    }

    @Test func aDonorGivesWholeBloodAgainOnlyAfterTheInterval() throws {
        let world = Self.world("2025-01", "2026-06")
        let rules = try #require(Self.workspace.donationRules)
        var lastWholeBlood: [Int: CivilDate] = [:]
        var repeats = 0
        try world.forEachDonation { donation in
            guard !donation.deferred, !donation.platelets else { return }
            if let previous = lastWholeBlood[donation.donor] {
                repeats += 1
                let next = try #require(rules.nextEligibleDay(after: previous, from: .wholeBlood, to: .wholeBlood))
                #expect(next <= donation.date, "\(previous) → \(donation.date)")
                #expect(!donation.firstTime)
            }
            lastWholeBlood[donation.donor] = donation.date
        }
        #expect(repeats > 1_000)
    }

    /// A city without published totals keeps the settings' yields: level 1 in the last year, 5 % a year before.
    @Test func aCityWithoutAnchorsGrowsFromItsOwnVenues() throws {
        let repository = FixtureWorkspace.repository
        let paths = WorkspacePaths(
            workspace: repository.appendingPathComponent("Regions/shiyan"),
            templates: repository.appendingPathComponent("Templates"), workspaceDisplay: "shiyan",
            templatesDisplay: "Templates")
        let shiyan = try WorkspaceLoader.load(paths).workspace
        let settings = WorldSettings.forCity(shiyan.settings.cityCode)
        #expect(settings.anchors.isEmpty)
        let world = World(
            workspace: shiyan, from: YearMonth("2025-01")!, through: YearMonth("2026-06")!, seed: 2, settings: settings)
        #expect(world.levels[2026] == 1)
        #expect(abs(world.levels[2025]! - 1 / 1.05) < 1e-12)
        #expect(world.countyEffect.values.allSatisfy { $0 == 1 })
        #expect(!world.records().drives.isEmpty)
    }
}
