import Foundation
import OutreachEvaluation
import OutreachLoading
import OutreachModel

/// The channel model against the simulator's truth, per scenario family (noise × months × promotion plan; the
/// regions and channels vary within a family), compared with two baselines on the same scenarios:
/// allocating by the raw visits-per-event ratio, and keeping last month's mix.
///
/// Regret = 1 − (truth(suggested) − truth(current)) / (truth(best) − truth(current)): the share of the achievable
/// gain the suggestion misses; best is the allocator run on the true curves over every channel, under the same
/// bounds, budget and staff capacity.
func runModelBenchmark(repository: URL, scenarios perFamily: Int, only: String?) throws {
    let paths = maomingPaths(repository)
    let workspace = try WorkspaceLoader.load(paths).workspace
    let plannable = plannableChannels(workspace)
    let shapes = [(5, 4), (15, 4), (5, 8), (15, 8)]

    // Time: fit (with bootstrap and rolling-origin validation) + suggest, 15 regions × 6 channels × 60 months.
    let timed = ModelScenario(
        regionCount: 15, channels: Array(plannable.prefix(6)), months: 60, noise: 0.1, collinear: false, seed: 42,
        profile: workspace.planning.seasonalProfile, springFestival: workspace.calendar.holidays.springFestival)
    let staffDays = timed.panel.channels.map { code in timed.channels.first { $0.code == code }?.staffDaysPerEvent ?? 0
    }
    var samples: [Double] = []
    var moves = 0
    for _ in 0..<5 {
        samples.append(
            try milliseconds {
                let analysis = ChannelModeler.analyse(timed.panel, settings: workspace.evaluation.model)
                moves = try ChannelAdvisor(analysis: analysis, budget: .events, staffDays: staffDays).suggest().moves
                    .count
            })
    }
    print(
        "fit + suggest, 15 regions × 6 channels × 60 months (\(workspace.evaluation.model.bootstrapReplicates) bootstrap fits, \(workspace.evaluation.model.validationMonths) validation refits): "
            + summary(samples) + " — target < 1 s; \(moves) moves\n")
    try scoreBundledWorkspace(paths, workspace)

    print(
        "| noise | months | plan | scenarios | regret model (median) | true curves given | raw ratio | last month's mix | model beats ratio | per-event error | marginal error | 80% coverage | forecast MAPE model / naive | collinear flagged |"
    )
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for noise in [0.05, 0.10, 0.20] {
        for months in [24, 36, 60] {
            for collinear in [false, true] {
                if let only, only != "\(Int(noise * 100))-\(months)" { continue }
                var family = FamilyScores()
                for index in 0..<perFamily {
                    let (regions, channels) = shapes[index % shapes.count]
                    let scenario = ModelScenario(
                        regionCount: regions, channels: Array(plannable.prefix(channels)), months: months, noise: noise,
                        collinear: collinear, seed: UInt64(1000 * months + 100 * Int(noise * 100) + index),
                        profile: workspace.planning.seasonalProfile,
                        springFestival: workspace.calendar.holidays.springFestival)
                    family.add(score(scenario, settings: workspace.evaluation.model))
                }
                print(family.row(noise: noise, months: months, collinear: collinear))
            }
        }
    }
}

struct ScenarioScore {
    var regretModel: Double?
    var regretRatio: Double?
    var regretKnownCurves: Double?
    var perEventErrors: [Double] = []
    var marginalErrors: [Double] = []
    var covered: [Bool] = []
    var modelError: Double?
    var naiveError: Double?
    var flagged = 0
}

struct FamilyScores {
    var scores: [ScenarioScore] = []
    mutating func add(_ score: ScenarioScore) { scores.append(score) }

    func row(noise: Double, months: Int, collinear: Bool) -> String {
        let model = scores.compactMap(\.regretModel)
        let ratio = scores.compactMap(\.regretRatio)
        let known = scores.compactMap(\.regretKnownCurves)
        let pairs = scores.compactMap { score in score.regretModel.flatMap { m in score.regretRatio.map { (m, $0) } } }
        let beats = pairs.filter { $0.0 < $0.1 }.count
        let coverage = scores.flatMap(\.covered)
        let forecast = scores.compactMap(\.modelError)
        let naive = scores.compactMap(\.naiveError)
        return
            "| \(Int(noise * 100))% | \(months) | \(collinear ? "collinear" : "independent") | \(scores.count) | \(percent(median(model))) | \(percent(median(known))) | \(percent(median(ratio))) | 100% | \(beats)/\(pairs.count) | \(percent(median(scores.flatMap(\.perEventErrors)))) | \(percent(median(scores.flatMap(\.marginalErrors)))) | \(percent(coverage.isEmpty ? nil : Double(coverage.filter { $0 }.count) / Double(coverage.count))) | \(forecast.isEmpty ? "—" : percent(mean(forecast)) + " / " + percent(mean(naive))) | \(scores.reduce(0) { $0 + $1.flagged }) |"
    }
}

func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }

func percent(_ value: Double?) -> String { value.map { String(format: "%.0f%%", $0 * 100) } ?? "—" }

func score(_ scenario: ModelScenario, settings: ModelSettings) -> ScenarioScore {
    var result = ScenarioScore()
    let panel = scenario.panel
    let analysis = ChannelModeler.analyse(panel, settings: settings)
    let staffDays = panel.channels.map { code in scenario.channels.first { $0.code == code }?.staffDaysPerEvent ?? 0 }
    guard analysis.isFitted,
        let advisor = try? ChannelAdvisor(analysis: analysis, budget: .events, staffDays: staffDays),
        let reference = try? ChannelAdvisor(
            analysis: analysis, budget: .events, staffDays: staffDays, holdUnclear: false)
    else { return result }
    result.modelError = analysis.validation?.modelError
    result.naiveError = analysis.validation?.naiveError
    result.flagged = analysis.channels.filter { if case .collinear = $0.status { true } else { false } }.count

    let truthValue: (Int, Int, Int) -> Double = { region, channel, events in
        scenario.truth.steadyEffect(
            region: region, channel: channel, events: Double(events), population: panel.population[region])
    }
    let allocator = reference.allocator
    let current = allocator.current
    let best = allocator.allocate(truthValue)
    let achievable = allocator.total(best, truthValue) - allocator.total(current, truthValue)
    let suggested = advisor.suggest().suggested

    // Raw ratio: city visits at the channel's venue kinds per event over the last twelve months, as if linear.
    let lastYear = Set(panel.months.suffix(12))
    let ratios = scenario.channels.map { channel -> Double in
        let kinds = Set(channel.venueKinds)
        let visits = scenario.result.donations.filter {
            lastYear.contains($0.month) && (kinds.isEmpty || kinds.contains($0.venueKind))
        }.reduce(0) { $0 + $1.visits }
        let events = scenario.result.promotion.filter { lastYear.contains($0.month) && $0.channel == channel.code }
            .reduce(0) { $0 + $1.events }
        return events > 0 ? Double(visits) / Double(events) : 0
    }
    let ratioAllocation = allocator.allocate { _, channel, events in ratios[channel] * Double(events) }
    if achievable > 0.5 {
        func regret(_ allocation: [[Int]]) -> Double {
            1 - (allocator.total(allocation, truthValue) - allocator.total(current, truthValue)) / achievable
        }
        result.regretModel = regret(suggested)
        result.regretRatio = regret(ratioAllocation)
        // The same fit with the true curves given (only the linear parts estimated): how much of the regret is
        // the noise in the data rather than the curve search.
        let model = panel.keeping(channels: analysis.fittedChannels)
        let known = ChannelModeler.fit(model, curves: analysis.fittedChannels.map { scenario.truth.curves[$0] })
        result.regretKnownCurves = regret(allocator.allocate(reference.value(known)))
    }

    // Per channel: visits per event and marginal at last month's level against the truth.
    let last = panel.monthCount - 1
    for (position, channel) in analysis.fittedChannels.enumerated() {
        guard let estimate = analysis.channels[channel].perEvent, let marginal = analysis.channels[channel].marginal
        else { continue }
        let code = panel.channels[channel]
        let cells = scenario.result.truth.cells
        let trueEffect = cells.reduce(0.0) { $0 + ($1.channels[code] ?? 0) }
        let events = scenario.result.promotion.filter { $0.channel == code }.reduce(0) { $0 + $1.events }
        if events > 0, trueEffect > 0 {
            result.perEventErrors.append(
                abs(estimate.value - trueEffect / Double(events)) / (trueEffect / Double(events)))
        }
        let truthFit = truthForFittedChannels(scenario, analysis)
        let trueMarginal = ChannelModeler.marginalForScoring(truthFit, analysis, position, month: last)
        if trueMarginal > 0.01 {
            result.marginalErrors.append(abs(marginal.value - trueMarginal) / trueMarginal)
            result.covered.append(marginal.low <= trueMarginal && trueMarginal <= marginal.high)
        }
    }
    return result
}

/// One scenario in detail: true and fitted curves per channel (for working on the model).
func diagnoseModel(repository: URL, noise: Double, months: Int, regions: Int, channels: Int, collinear: Bool) throws {
    let paths = maomingPaths(repository)
    let workspace = try WorkspaceLoader.load(paths).workspace
    let plannable = plannableChannels(workspace)
    let scenario = ModelScenario(
        regionCount: regions, channels: Array(plannable.prefix(channels)), months: months, noise: noise,
        collinear: collinear, seed: 7, profile: workspace.planning.seasonalProfile,
        springFestival: workspace.calendar.holidays.springFestival)
    let start = DispatchTime.now().uptimeNanoseconds
    let analysis = ChannelModeler.analyse(scenario.panel, settings: workspace.evaluation.model)
    print(String(format: "analyse: %.0f ms", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6))
    guard let fit = analysis.fit else { return print("not fitted: \(analysis.status)") }
    for (position, channel) in analysis.fittedChannels.enumerated() {
        let truth = scenario.truth.curves[channel]
        let curve = fit.curves[position]
        let estimate = analysis.channels[channel]
        print(
            String(
                format:
                    "%-20@ true λ %.2f K %.1f s %.1f peak %.0f | fit λ %.2f K %@ s %.2f coef %.1f | per event %.2f (%.2f–%.2f) | marginal %.2f (%.2f–%.2f) | VIF %.1f",
                scenario.panel.channels[channel] as NSString, truth.carryOver, truth.halfSaturation ?? 0, truth.shape,
                scenario.truth.coefficients[channel], curve.carryOver,
                (curve.halfSaturation.map { String(format: "%.1f", $0) } ?? "lin") as NSString, curve.shape,
                fit.coefficients[position], estimate.perEvent?.value ?? 0, estimate.perEvent?.low ?? 0,
                estimate.perEvent?.high ?? 0, estimate.marginal?.value ?? 0, estimate.marginal?.low ?? 0,
                estimate.marginal?.high ?? 0, estimate.inflation ?? 0))
        let code = scenario.panel.channels[channel]
        let trueEffect = scenario.result.truth.cells.reduce(0.0) { $0 + ($1.channels[code] ?? 0) }
        let events = scenario.result.promotion.filter { $0.channel == code }.reduce(0) { $0 + $1.events }
        let truthFit = truthForFittedChannels(scenario, analysis)
        print(
            String(
                format: "%20@ truth per event %.2f, marginal %.2f", "" as NSString,
                trueEffect / Double(max(1, events)),
                ChannelModeler.marginalForScoring(truthFit, analysis, position, month: scenario.panel.monthCount - 1)))
    }
    let model = scenario.panel.keeping(channels: analysis.fittedChannels)
    let atTruth = ChannelModeler.fit(model, curves: analysis.fittedChannels.map { scenario.truth.curves[$0] })
    print("error at fit \(fit.error), at true curves \(atTruth.error); coefficients at truth \(atTruth.coefficients)")
    print("validation:", analysis.validation.map { "\($0.modelError) vs \($0.naiveError)" } ?? "none")
    print("multipliers:", fit.multipliers.map { $0.map { String(format: "%.2f", $0) }.joined(separator: " ") })
}

/// The suggestions on the bundled Maoming records, scored against the truth the simulator wrote beside them.
func scoreBundledWorkspace(_ paths: WorkspacePaths, _ workspace: Workspace) throws {
    let store = RecordStore.load(paths, workspace: workspace)
    let truthFile = paths.workspace.appendingPathComponent(RecordStore.truthFile)
    // Since the bundled history comes from the simulated world (calibration), its truth is the world's — drive
    // turnout and the talk's lift, not per-channel curves — and cannot score the suggestions cell by cell.
    guard let truth = try? JSONDecoder().decode(SimulationResult.Truth.self, from: Data(contentsOf: truthFile)) else {
        return print(
            "Bundled Maoming records: records/simulation-truth.json holds the simulated world's truth, not channel curves; not scored\n"
        )
    }
    guard let month = store.donations.map(\.month).max() else { return }
    let panel = ChannelPanel(
        history: store.history(workspace, through: month), tree: workspace.tree, through: month,
        promotion: store.promotion)
    let analysis = ChannelModeler.analyse(panel, settings: workspace.evaluation.model)
    let staffDays = panel.channels.map { code in workspace.channels.first { $0.code == code }?.staffDaysPerEvent ?? 0 }
    let advisor = try ChannelAdvisor(analysis: analysis, budget: .events, staffDays: staffDays)
    let reference = try ChannelAdvisor(analysis: analysis, budget: .events, staffDays: staffDays, holdUnclear: false)
    let trueFit = truth.fit(channels: panel.channels, regionCount: panel.regionCount)
    let value: (Int, Int, Int) -> Double = { region, channel, events in
        trueFit.steadyEffect(
            region: region, channel: channel, events: Double(events), population: panel.population[region])
    }
    let allocator = reference.allocator
    let now = allocator.total(allocator.current, value)
    let best = allocator.total(allocator.allocate(value), value)
    let suggested = allocator.total(advisor.suggest().suggested, value)
    print(
        String(
            format:
                "Bundled Maoming records (%d regions × %d months × %d channels, %.0f%% noise), scored against records/simulation-truth.json: the suggestions gain %.0f visits a month of %.0f achievable (regret %.0f%%)\n",
            panel.regionCount, panel.monthCount, panel.channelCount, truth.settings.noise * 100, suggested - now,
            best - now, (1 - (suggested - now) / (best - now)) * 100))
}

/// Township grain: many small regions pooled within counties, per noise level and shape (townships × counties ×
/// channels), `seeds` scenarios each; regret and the 80 % intervals' coverage of the true marginal.
func runTownshipModelBenchmark(repository: URL, seeds: Int) throws {
    let paths = maomingPaths(repository)
    let workspace = try WorkspaceLoader.load(paths).workspace
    let plannable = plannableChannels(workspace)
    print(
        "| noise | townships | counties | channels | months | scenarios | regret model (median) | range | 80% coverage | fit + suggest (median) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|")
    for noise in [0.05, 0.10, 0.20] {
        for (townships, counties, channels, months) in [(100, 5, 4, 48), (120, 6, 6, 60)] {
            var family = FamilyScores()
            var times: [Double] = []
            for seed in 0..<seeds {
                let scenario = ModelScenario(
                    regionCount: townships, channels: Array(plannable.prefix(channels)), months: months, noise: noise,
                    collinear: false, seed: UInt64(7000 + 100 * Int(noise * 100) + 10 * channels + seed),
                    profile: workspace.planning.seasonalProfile,
                    springFestival: workspace.calendar.holidays.springFestival, counties: counties)
                var scored = ScenarioScore()
                times.append(milliseconds { scored = score(scenario, settings: workspace.evaluation.model) })
                family.add(scored)
            }
            let regrets = family.scores.compactMap(\.regretModel)
            let coverage = family.scores.flatMap(\.covered)
            print(
                "| \(Int(noise * 100))% | \(townships) | \(counties) | \(channels) | \(months) | \(family.scores.count) | \(percent(median(regrets))) | \(percent(regrets.min()))–\(percent(regrets.max())) | \(percent(coverage.isEmpty ? nil : Double(coverage.filter { $0 }.count) / Double(coverage.count))) | \(String(format: "%.0f ms", median(times) ?? 0)) |"
            )
        }
    }
}

/// The channels a scenario draws from, in order: the ones a station plans month by month.
func plannableChannels(_ workspace: Workspace) -> [Channel] {
    [
        "township-talk", "school-talk", "street-bloodmobile", "wechat-post", "sms", "poster", "enterprise",
        "government-notice",
    ].compactMap { code in workspace.channels.first { $0.code == code } }
}

/// The truth restricted to the channels the analysis fitted, in its order.
func truthForFittedChannels(_ scenario: ModelScenario, _ analysis: ChannelAnalysis) -> ChannelFit {
    var truth = scenario.truth
    truth.curves = analysis.fittedChannels.map { scenario.truth.curves[$0] }
    truth.coefficients = analysis.fittedChannels.map { scenario.truth.coefficients[$0] }
    truth.multipliers = truth.multipliers.map { _ in analysis.fittedChannels.map { _ in 1 } }
    return truth
}
