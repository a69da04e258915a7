import Foundation
import OutreachModel
import Testing

@testable import OutreachEvaluation

/// The channel model against simulated truth, the allocator against brute force, and the plain-language limits.
@Suite struct ChannelModelTests {
    static let channels = ["township-talk", "school-talk", "street-bloodmobile", "sms"].map {
        Channel(code: $0, name: $0, englishName: $0, staffDaysPerEvent: 1)
    }
    /// Quick settings: the tests check behaviour, not interval quality.
    static let quick = ModelSettings(bootstrapReplicates: 12, validationMonths: 2)

    static func scenario(noise: Double, shapeOne: Bool = false, seed: UInt64 = 3) -> ModelScenario {
        var truth = SimulationSettings.maoming
        if shapeOne {
            truth.channels = truth.channels.map {
                var channel = $0
                channel.shape = 1
                return channel
            }
        }
        return ModelScenario(
            regionCount: 12, channels: channels, months: 48, noise: noise, collinear: false, seed: seed,
            profile: [0.9, 0.7, 1, 1.05, 1, 1.1, 1.2, 1, 1, 1, 0.95, 1], springFestival: [:], settings: truth)
    }

    @Test func noiselessDataGiveBackTheTrueCurves() throws {
        let scenario = Self.scenario(noise: 0, shapeOne: true)
        let analysis = ChannelModeler.analyse(
            scenario.panel, settings: ModelSettings(bootstrapReplicates: 0, validationMonths: 0))
        let fit = try #require(analysis.fit)
        #expect(analysis.fittedChannels == [0, 1, 2, 3])
        let atTruth = ChannelModeler.fit(scenario.panel, curves: scenario.truth.curves)
        // The search gets about as close as the true curves do; they leave only the rounding of visits to whole
        // numbers (a weighted error of 3e-4 is 0.07 % per region-month).
        #expect(fit.error <= atTruth.error * 1.25 + 1e-9)
        let last = scenario.panel.monthCount - 1
        for channel in 0..<4 {
            let truth = scenario.truth.curves[channel]
            let curve = fit.curves[channel]
            #expect(abs(curve.carryOver - truth.carryOver) <= 0.06, "carry-over of \(Self.channels[channel].code)")
            let marginal = ChannelModeler.marginal(fit, scenario.panel, channel, month: last)
            let trueMarginal = ChannelModeler.marginal(scenario.truth, scenario.panel, channel, month: last)
            #expect(abs(marginal - trueMarginal) <= 0.05 * trueMarginal, "marginal of \(Self.channels[channel].code)")
        }
    }

    @Test func fittingIsDeterministicForASeed() throws {
        let scenario = Self.scenario(noise: 0.1)
        let first = ChannelModeler.analyse(scenario.panel, settings: Self.quick)
        let second = ChannelModeler.analyse(scenario.panel, settings: Self.quick)
        #expect(first.channels == second.channels)
        let staff = [Double](repeating: 1, count: 4)
        let moves = try ChannelAdvisor(analysis: first, budget: .events, staffDays: staff).suggest().moves
        #expect(moves == (try ChannelAdvisor(analysis: second, budget: .events, staffDays: staff).suggest().moves))
        var other = Self.quick
        other.seed = 7
        #expect(ChannelModeler.analyse(scenario.panel, settings: other).channels != first.channels)
    }

    @Test func channelsThatMoveTogetherAreFlaggedAndHeld() throws {
        // Six regions, three years; "poster" is held exactly when and where "sms" is.
        var random = SeededRandom(seed: 11)
        let regions = 6
        let months = 36
        var visits: [Double] = []
        var events: [Double] = []
        for region in 0..<regions {
            let sms = (0..<months).map { _ in Double(random.next() % 8) }
            let talks = (0..<months).map { _ in Double(random.next() % 8) }
            events += sms + sms + talks
            visits += (0..<months).map { month in
                let season = 1 + 0.2 * Double(month % 12) / 12
                let noise = 1 + 0.05 * (Double(random.next() % 1000) / 500 - 1)
                return (1_000 * Double(region + 1) * season + 6 * sms[month] + 9 * talks[month]) * noise
            }
        }
        let panel = ChannelPanel(
            regions: (0..<regions).map { "R\($0)" }, population: (0..<regions).map { Double($0 + 1) },
            months: (0..<months).map { YearMonth(year: 2024, month: 1)!.adding(months: $0) },
            channels: ["sms", "poster", "township-talk"], visits: visits, events: events)
        let analysis = ChannelModeler.analyse(panel, settings: Self.quick)
        #expect(analysis.channels[0].status == .collinear(with: ["poster"]))
        #expect(analysis.channels[1].status == .collinear(with: ["sms"]))
        #expect(analysis.channels[2].status == .estimated)
        let advisor = try ChannelAdvisor(analysis: analysis, budget: .events, staffDays: [1, 1, 1])
        #expect(advisor.held.map(\.channel) == ["sms", "poster"])
        for region in 0..<regions {
            #expect(advisor.allocator.lower[region][0] == advisor.allocator.upper[region][0])
        }
    }

    @Test func tooFewMonthsOrRegionsAreSaidPlainly() throws {
        let scenario = Self.scenario(noise: 0.1)
        let short = ChannelModeler.analyse(scenario.panel, settings: ModelSettings(minimumMonths: 60))
        #expect(short.status == .tooFewMonths(48))
        #expect(short.fit == nil)
        #expect(throws: ChannelAdvisor.Failure.self) {
            _ = try ChannelAdvisor(analysis: short, budget: .events, staffDays: [1, 1, 1, 1])
        }
        let few = ChannelModeler.analyse(scenario.panel, settings: ModelSettings(minimumRegions: 13))
        #expect(few.status == .tooFewRegions(12))
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func allocatorRespectsBoundsBudgetAndStaffAndFindsTheOptimum(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        func draw(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let current = (0..<2).map { _ in (0..<2).map { _ in 1 + draw(4) } }
        let lower = current.map { $0.map { max(0, $0 - 1 - draw(2)) } }
        let upper = current.map { $0.map { $0 + 1 + draw(3) } }
        let price = [1.0, Double(1 + draw(3))]
        let staff = [Double(1 + draw(2)), 0.5]
        let scale = (0..<4).map { _ in 5 + Double(draw(20)) }
        let reach = (0..<4).map { _ in 1 + Double(draw(6)) }
        let value: (Int, Int, Int) -> Double = { region, channel, events in
            scale[region * 2 + channel] * (1 - exp(-Double(events) / reach[region * 2 + channel]))
        }
        var budget = 0.0
        var capacity = 0.0
        for region in 0..<2 {
            for channel in 0..<2 {
                budget += Double(current[region][channel]) * price[channel]
                capacity += Double(current[region][channel]) * staff[channel]
            }
        }
        let allocator = Allocator(
            current: current, lower: lower, upper: upper, price: price, staffDays: staff, staffCapacity: capacity,
            budget: budget)
        let result = allocator.allocate(value)
        let spent = allocator.spent(result)
        #expect(spent.budget <= budget + 1e-9 && spent.staff <= capacity + 1e-9)
        for region in 0..<2 {
            for channel in 0..<2 {
                #expect((lower[region][channel]...upper[region][channel]).contains(result[region][channel]))
            }
        }
        // Brute force over every allocation within the bounds.
        var best = -Double.infinity
        for a in lower[0][0]...upper[0][0] {
            for b in lower[0][1]...upper[0][1] {
                for c in lower[1][0]...upper[1][0] {
                    for d in lower[1][1]...upper[1][1] {
                        let candidate = [[a, b], [c, d]]
                        let used = allocator.spent(candidate)
                        guard used.budget <= budget + 1e-9, used.staff <= capacity + 1e-9 else { continue }
                        best = max(best, allocator.total(candidate, value))
                    }
                }
            }
        }
        #expect(allocator.total(result, value) >= best - 1e-9)
        #expect(allocator.total(result, value) >= allocator.total(current, value))
    }
}
