import Foundation
import OutreachModel

/// Draws an experiment's assignment from the fitted panel and says how precise it should be.
public enum ExperimentDesigner {
    public struct Design: Sendable {
        public var experiment: Experiment
        /// The 80 % interval's half-width expected for the visits one more event brings, after the test.
        public var expectedHalfWidth: Double
        /// The model's interval for the same figure today, when it has one.
        public var currentInterval: ChannelAnalysis.Estimate?
    }

    public enum Failure: Error, Hashable, Sendable {
        /// The channel is not among the model's (no events recorded).
        case unknownChannel(String)
        /// Fewer than three townships held the channel in the last twelve months: no arms to compare.
        case tooFewRegions(channel: String, count: Int)
    }

    /// Townships that held the channel in the last twelve months, stratified by group (county) and population
    /// tertile, shuffled within each stratum (seeded) and dealt to more / usual / fewer in turn; at most
    /// `townships` of them (by stratum, in turn), all by default.
    public static func design(
        _ analysis: ChannelAnalysis, channel code: String, id: String, start: YearMonth, months: Int,
        townships: Int?, seed: UInt64
    ) throws(Failure) -> Design {
        let panel = analysis.panel
        guard let channel = panel.channels.firstIndex(of: code) else { throw .unknownChannel(code) }
        let recent = max(0, panel.monthCount - 12)..<panel.monthCount
        let usual = (0..<panel.regionCount).map { region in
            recent.reduce(0.0) { $0 + panel.events(region: region, channel: channel, month: $1) }
                / Double(max(1, recent.count))
        }
        let eligible = (0..<panel.regionCount).filter { usual[$0] > 0 }
        guard eligible.count >= 3 else { throw .tooFewRegions(channel: code, count: eligible.count) }
        let sizes = eligible.map { panel.population[$0] }.sorted()
        func tertile(_ region: Int) -> Int {
            let rank = sizes.firstIndex { $0 >= panel.population[region] } ?? 0
            return min(2, rank * 3 / sizes.count)
        }
        var strata: [[Int]] = []
        var strataKeys: [[Int]] = []
        for region in eligible {
            let key = [panel.groups[region], tertile(region)]
            if let position = strataKeys.firstIndex(of: key) {
                strata[position].append(region)
            } else {
                strataKeys.append(key)
                strata.append([region])
            }
        }
        var random = SeededRandom(seed: seed)
        for index in strata.indices {
            for position in stride(from: strata[index].count - 1, to: 0, by: -1) {
                strata[index].swapAt(position, Int(random.next() % UInt64(position + 1)))
            }
        }
        // Dealt stratum by stratum so every county and size is in every arm, and a cut keeps them balanced.
        var order: [Int] = []
        for round in 0..<(strata.map(\.count).max() ?? 0) {
            for stratum in strata where round < stratum.count { order.append(stratum[round]) }
        }
        let chosen = Array(order.prefix(max(3, townships ?? order.count)))
        let arms = Experiment.Arm.allCases
        var assignments: [Experiment.Assignment] = []
        for (position, region) in chosen.enumerated() {
            let arm = arms[position % arms.count]
            let events = max(arm == .fewer ? 0 : 1, Int((usual[region] * arm.factor).rounded()))
            assignments.append(.init(regionCode: panel.regions[region], arm: arm, events: events))
        }
        let experiment = Experiment(
            id: id, channel: code, start: start, months: months, assignments: assignments)
        return Design(
            experiment: experiment,
            expectedHalfWidth: halfWidth(panel, chosen, assignments, months: months, settings: analysis.settings),
            currentInterval: analysis.channels[channel].marginal)
    }

    /// The difference-in-differences estimate's 80 % half-width: each township-month's visits vary by
    /// √(m + (φm)²) (Poisson × multiplicative, m its mean), differenced against its own months before.
    static func halfWidth(
        _ panel: ChannelPanel, _ regions: [Int], _ assignments: [Experiment.Assignment], months: Int,
        settings: ModelSettings
    ) -> Double {
        var variance = [Experiment.Arm: Double]()
        var count = [Experiment.Arm: Double]()
        var events = [Experiment.Arm: Double]()
        for (region, assignment) in zip(regions, assignments) where assignment.arm != .usual {
            let mean =
                (0..<panel.monthCount).reduce(0.0) { $0 + panel.visits(region: region, month: $1) }
                / Double(max(1, panel.monthCount))
            let monthly = mean + pow(settings.priors.multiplicativeNoise * mean, 2)
            // The test months' mean against the year before's: both carry noise.
            variance[assignment.arm, default: 0] += monthly / Double(months) + monthly / 12
            count[assignment.arm, default: 0] += 1
            events[assignment.arm, default: 0] += Double(assignment.events)
        }
        guard let more = count[.more], let fewer = count[.fewer], more > 0, fewer > 0 else { return .infinity }
        let contrast = events[.more]! / more - events[.fewer]! / fewer
        guard contrast > 0 else { return .infinity }
        let standardError = sqrt(variance[.more]! / (more * more) + variance[.fewer]! / (fewer * fewer)) / contrast
        return 1.2816 * standardError
    }
}
