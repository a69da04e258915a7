import Foundation
import OutreachModel

/// Turns a fitted channel model into moves of promotion events for the next month.
///
/// The value of a mix is the expected visits a month once it has been kept long enough for carry-over to build
/// up (the steady state), so a channel whose events keep working for months is credited for that. Each region's
/// events of a channel may move by `maximumShift` of last month's or `minimumStep` events, and only where the
/// channel was held in the last twelve months (a township without a market has no market-day drive to add).
/// Stand-alone promotion keeps the month's total events (or cost); drives (and the channels that come with them)
/// keep each template's total and move only between regions. The staff-days stay within the most the station
/// spent in any of the last twelve months (and within the teams' staff-days of the month when given).
public struct ChannelAdvisor: Sendable {
    public let analysis: ChannelAnalysis
    public let budget: Allocator.Budget
    /// Staff-days per event, by panel channel.
    public let staffDays: [Double]
    public let allocator: Allocator
    public let held: [(channel: String, reason: SuggestionSet.HeldReason)]

    public enum Failure: Error, Sendable {
        case notFitted(ChannelAnalysis.Status)
        /// `--budget cost` with no cost recorded for these channels.
        case noCost([String])
    }

    /// - Parameter holdUnclear: keep channels the model could not estimate or tell apart where they are (the
    ///   benchmark turns it off to score against the best allocation over every channel).
    public init(
        analysis: ChannelAnalysis, budget: Allocator.Budget, staffDays: [Double], teamStaffDays: Double? = nil,
        holdUnclear: Bool = true
    ) throws(Failure) {
        guard analysis.isFitted else { throw .notFitted(analysis.status) }
        let panel = analysis.panel
        let settings = analysis.settings
        let last = panel.monthCount - 1
        let current = panel.mix(month: last).map { $0.map { Int($0.rounded()) } }
        var lower = current
        var upper = current
        var held: [(String, SuggestionSet.HeldReason)] = []
        let yearBefore = panel.monthCount - 12
        for channel in 0..<panel.channelCount {
            let code = panel.channels[channel]
            let estimate = analysis.channels[channel]
            let reason: SuggestionSet.HeldReason?
            if settings.fixedChannels.contains(code) {
                reason = .fixed
            } else if holdUnclear, case .collinear(let partners) = estimate.status {
                reason = .collinear(partners)
            } else if holdUnclear, estimate.status != .estimated {
                reason = .notEstimated
            } else if yearBefore >= 0,
                (0..<panel.regionCount).allSatisfy({
                    panel.events(region: $0, channel: channel, month: yearBefore) == 0
                })
            {
                reason = .offSeason
            } else {
                reason = nil
            }
            if let reason {
                held.append((code, reason))
                continue
            }
            for region in 0..<panel.regionCount
            where (max(0, panel.monthCount - 12)..<panel.monthCount).contains(where: {
                panel.events(region: region, channel: channel, month: $0) > 0
            }) {
                let now = Double(current[region][channel])
                lower[region][channel] = Int((now * (1 - settings.maximumShift)).rounded(.down))
                upper[region][channel] = max(
                    Int((now * (1 + settings.maximumShift)).rounded(.up)),
                    current[region][channel] + settings.minimumStep)
            }
        }
        let price: [Double]
        switch budget {
        case .events: price = Array(repeating: 1, count: panel.channelCount)
        case .cost:
            let missing = (0..<panel.channelCount).filter { channel in
                panel.costPerEvent[channel] == nil
                    && lower.indices.contains { lower[$0][channel] != upper[$0][channel] }
            }
            guard missing.isEmpty else { throw .noCost(missing.map { panel.channels[$0] }) }
            price = panel.costPerEvent.map { $0 ?? 0 }
        }
        var capacity = 0.0
        for month in max(0, panel.monthCount - 12)..<panel.monthCount {
            var used = 0.0
            for region in 0..<panel.regionCount {
                for channel in 0..<panel.channelCount {
                    used += staffDays[channel] * panel.events(region: region, channel: channel, month: month)
                }
            }
            capacity = max(capacity, used)
        }
        if let teamStaffDays { capacity = min(capacity, max(teamStaffDays, Self.staff(current, staffDays))) }
        let budgetTotal = zip(current.flatMap { $0 }, Array(repeating: price, count: current.count).flatMap { $0 })
            .reduce(0.0) { $0 + Double($1.0) * $1.1 }
        self.analysis = analysis
        self.budget = budget
        self.staffDays = staffDays
        self.held = held
        allocator = Allocator(
            current: current, lower: lower, upper: upper, price: price, staffDays: staffDays, staffCapacity: capacity,
            budget: budgetTotal,
            pools: panel.driveTemplates.indices.map { panel.driveTemplates[$0] == nil ? 0 : 1 + $0 })
    }

    /// The mean of the bootstrap fits' values (bagging): steadier than the single fit when the data are noisy.
    func bagged(_ point: @escaping (Int, Int, Int) -> Double, _ replicates: [(Int, Int, Int) -> Double])
        -> (Int, Int, Int) -> Double
    {
        guard !replicates.isEmpty else { return point }
        return { region, channel, events in
            replicates.reduce(0.0) { $0 + $1(region, channel, events) } / Double(replicates.count)
        }
    }

    static func staff(_ allocation: [[Int]], _ staffDays: [Double]) -> Double {
        allocation.reduce(0.0) { sum, row in
            sum + row.enumerated().reduce(0.0) { $0 + staffDays[$1.offset] * Double($1.element) }
        }
    }

    /// The value of a cell under a fit whose channels are the analysis's fitted ones.
    public func value(_ fit: ChannelFit) -> (Int, Int, Int) -> Double {
        let panel = analysis.panel
        let positions = (0..<panel.channelCount).map { analysis.fittedPosition($0) }
        return { region, channel, events in
            guard let position = positions[channel] else { return 0 }
            return fit.steadyEffect(
                region: region, channel: position, events: Double(events), population: panel.population[region])
        }
    }

    /// The suggestions: the model's best allocation, as moves with intervals from the bootstrap fits.
    public func suggest() -> SuggestionSet {
        let panel = analysis.panel
        let fit = analysis.fit!
        let value = value(fit)
        let replicateValues = analysis.replicates.map { self.value($0) }
        let allocation = allocator.allocate(bagged(value, replicateValues))
        let current = allocator.current
        let coverage = analysis.settings.intervalCoverage
        // Only moves worth a visit a month that most bootstrap fits agree gain: a meeting should not move people
        // on a coin toss.
        var moves = Self.pair(current, allocation).filter { move in
            guard standalone(move, value) >= 0.5 else { return false }
            guard !replicateValues.isEmpty else { return true }
            let agreeing = replicateValues.filter { standalone(move, $0) > 0 }.count
            return Double(agreeing) >= analysis.settings.minimumAgreement * Double(replicateValues.count)
        }
        var suggested = current
        for move in moves { suggested = move.applied(to: suggested) }
        let (used, staff) = allocator.spent(suggested)
        if used > allocator.budget + 1e-9 || staff > allocator.staffCapacity + 1e-9 {
            moves = moves.filter { $0.from != nil }
            suggested = current
            for move in moves { suggested = move.applied(to: suggested) }
        }
        // Biggest standalone gain first; then each move's gain is counted on top of the ones before it.
        moves.sort { standalone($0, value) > standalone($1, value) }
        let pointGains = sequentialGains(moves, value)
        let replicateGains = replicateValues.map { sequentialGains(moves, $0) }
        var suggestions: [Suggestion] = []
        for (index, move) in moves.enumerated() {
            func marginal(_ change: Change?, removing: Bool) -> ChannelAnalysis.Estimate? {
                guard let change else { return nil }
                let (region, channel) = (change.region, change.channel)
                let now = current[region][channel]
                let step = { (value: (Int, Int, Int) -> Double) -> Double in
                    removing
                        ? value(region, channel, now) - value(region, channel, max(0, now - 1))
                        : value(region, channel, now + 1) - value(region, channel, now)
                }
                return ChannelModeler.interval(step(value), replicateValues.map(step), coverage: coverage)
            }
            suggestions.append(
                Suggestion(
                    number: index + 1, from: side(move.from), to: side(move.to),
                    gain: ChannelModeler.interval(
                        pointGains[index], replicateGains.map { $0[index] }, coverage: coverage),
                    marginalTo: marginal(move.to, removing: false), marginalFrom: marginal(move.from, removing: true)))
        }
        let totalGain = ChannelModeler.interval(
            allocator.total(suggested, value) - allocator.total(current, value),
            replicateValues.map { allocator.total(suggested, $0) - allocator.total(current, $0) }, coverage: coverage)
        return SuggestionSet(
            month: panel.months[panel.monthCount - 1].adding(months: 1), budget: budget,
            budgetTotal: allocator.budget, staffCapacity: allocator.staffCapacity,
            staffUsedNow: Self.staff(current, staffDays), staffUsedSuggested: Self.staff(suggested, staffDays),
            moves: suggestions, totalGain: totalGain, currentEffect: allocator.total(current, value), held: held,
            current: current, suggested: suggested,
            drives: panel.drives)
    }

    /// Events of one channel in one region, by panel index.
    struct Change {
        var region: Int
        var channel: Int
        var count: Int
    }

    struct Move {
        var from: Change?
        var to: Change?

        func applied(to allocation: [[Int]]) -> [[Int]] {
            var result = allocation
            if let from { result[from.region][from.channel] -= from.count }
            if let to { result[to.region][to.channel] += to.count }
            return result
        }
    }

    /// Pairs the decreases with the increases: within a channel first (a region shift), then within a region (a
    /// channel shift), then any; what is left stands alone.
    static func pair(_ current: [[Int]], _ suggested: [[Int]]) -> [Move] {
        var decreases: [Change] = []
        var increases: [Change] = []
        for region in current.indices {
            for channel in current[region].indices {
                let change = suggested[region][channel] - current[region][channel]
                if change < 0 { decreases.append(Change(region: region, channel: channel, count: -change)) }
                if change > 0 { increases.append(Change(region: region, channel: channel, count: change)) }
            }
        }
        var moves: [Move] = []
        for rule in 0..<3 {
            for i in decreases.indices {
                for j in increases.indices where decreases[i].count > 0 && increases[j].count > 0 {
                    let (taken, given) = (decreases[i], increases[j])
                    let matches = [taken.channel == given.channel, taken.region == given.region, true][rule]
                    guard matches else { continue }
                    let count = min(taken.count, given.count)
                    moves.append(
                        Move(
                            from: Change(region: taken.region, channel: taken.channel, count: count),
                            to: Change(region: given.region, channel: given.channel, count: count)))
                    decreases[i].count -= count
                    increases[j].count -= count
                }
            }
        }
        return moves + decreases.filter { $0.count > 0 }.map { Move(from: $0, to: nil) }
            + increases.filter { $0.count > 0 }.map { Move(from: nil, to: $0) }
    }

    func standalone(_ move: Move, _ value: (Int, Int, Int) -> Double) -> Double {
        Self.gain(of: move, from: allocator.current, value)
    }

    func sequentialGains(_ moves: [Move], _ value: (Int, Int, Int) -> Double) -> [Double] {
        var allocation = allocator.current
        return moves.map { move in
            defer { allocation = move.applied(to: allocation) }
            return Self.gain(of: move, from: allocation, value)
        }
    }

    /// The change in value a move makes to an allocation: only the (at most two) cells it touches change.
    static func gain(of move: Move, from allocation: [[Int]], _ value: (Int, Int, Int) -> Double) -> Double {
        let applied = move.applied(to: allocation)
        var cells = [move.from, move.to].compactMap { $0.map { ($0.region, $0.channel) } }
        if cells.count == 2, cells[0] == cells[1] { cells.removeLast() }
        return cells.reduce(0.0) { sum, cell in
            sum + value(cell.0, cell.1, applied[cell.0][cell.1]) - value(cell.0, cell.1, allocation[cell.0][cell.1])
        }
    }

    func side(_ change: Change?) -> Suggestion.Side? {
        change.map {
            Suggestion.Side(
                regionCode: analysis.panel.regions[$0.region], channel: analysis.panel.channels[$0.channel],
                events: $0.count)
        }
    }
}
