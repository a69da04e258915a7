import Foundation
import OutreachModel

/// What a recorded experiment has shown so far: the difference in differences between the townships that held
/// more events and those that held fewer, per extra event, with a bootstrap interval over townships.
public struct ExperimentReading: Hashable, Sendable {
    public enum Status: Hashable, Sendable { case planned, running, finished }

    public var experiment: Experiment
    public var status: Status
    /// Months of the test with records so far.
    public var monthsRecorded: Int
    /// Extra visits a month per extra event (nil before any month is recorded or without a contrast).
    public var lift: ChannelAnalysis.Estimate?

    /// Per arm, what the test compares: the panel regions, and their visits' and events' change from the twelve
    /// months before the test to its recorded months.
    struct Contrast {
        var more: [Int]
        var fewer: [Int]
        var during: [Int]
        var before: [Int]
        var channel: Int
    }

    static func contrast(_ experiment: Experiment, in panel: ChannelPanel) -> Contrast? {
        guard let channel = panel.channels.firstIndex(of: experiment.channel),
            let first = panel.months.firstIndex(of: experiment.start), first >= 12
        else { return nil }
        let during = experiment.span.compactMap { panel.months.firstIndex(of: $0) }
        guard !during.isEmpty else { return nil }
        let index = Dictionary(uniqueKeysWithValues: panel.regions.enumerated().map { ($1, $0) })
        func members(_ arm: Experiment.Arm) -> [Int] {
            experiment.assignments.filter { $0.arm == arm }.compactMap { index[$0.regionCode] }
        }
        let (more, fewer) = (members(.more), members(.fewer))
        guard !more.isEmpty, !fewer.isEmpty else { return nil }
        return Contrast(
            more: more, fewer: fewer, during: during, before: Array((first - 12)..<first), channel: channel)
    }

    /// The per-region change from before to during of a series (region-major over the panel's months).
    static func change(_ series: (Int, Int) -> Double, _ contrast: Contrast, _ region: Int) -> Double {
        let during = contrast.during.reduce(0.0) { $0 + series(region, $1) } / Double(contrast.during.count)
        let before = contrast.before.reduce(0.0) { $0 + series(region, $1) } / Double(contrast.before.count)
        return during - before
    }

    public init(_ experiment: Experiment, panel: ChannelPanel, coverage: Double, seed: UInt64) {
        self.experiment = experiment
        let recorded = experiment.span.filter { panel.months.contains($0) }.count
        monthsRecorded = recorded
        status = recorded == 0 ? .planned : recorded < experiment.months ? .running : .finished
        guard let contrast = Self.contrast(experiment, in: panel) else { return }
        let visits = { (region: Int, month: Int) in panel.visits(region: region, month: month) }
        let events = { (region: Int, month: Int) in
            panel.events(region: region, channel: contrast.channel, month: month)
        }
        let visitChange = (contrast.more + contrast.fewer).map { ($0, Self.change(visits, contrast, $0)) }
        let eventChange = (contrast.more + contrast.fewer).map { ($0, Self.change(events, contrast, $0)) }
        let dv = Dictionary(uniqueKeysWithValues: visitChange)
        let de = Dictionary(uniqueKeysWithValues: eventChange)
        func estimate(_ more: [Int], _ fewer: [Int]) -> Double? {
            func mean(_ values: [Int], _ table: [Int: Double]) -> Double {
                values.reduce(0.0) { $0 + table[$1]! } / Double(values.count)
            }
            let events = mean(more, de) - mean(fewer, de)
            guard events > 0.5 else { return nil }
            return (mean(more, dv) - mean(fewer, dv)) / events
        }
        guard let point = estimate(contrast.more, contrast.fewer) else { return }
        var random = SeededRandom(seed: seed)
        func resample(_ regions: [Int]) -> [Int] {
            regions.map { _ in regions[Int(random.next() % UInt64(regions.count))] }
        }
        let samples = (0..<200).compactMap { _ in estimate(resample(contrast.more), resample(contrast.fewer)) }
        lift = ChannelModeler.interval(point, samples, coverage: coverage)
    }
}

/// An experiment as a term of the channel model's fit: the model's difference in differences of the channel's
/// feature, times its coefficient, should match the one measured in visits, within the measurement's error —
/// lift-test calibration, as Robyn and Meridian use it.
struct ExperimentCalibration {
    let contrast: ExperimentReading.Contrast
    /// The visits' difference in differences (more − fewer) and its variance.
    let measured: Double
    let variance: Double

    init?(_ experiment: Experiment, panel: ChannelPanel) {
        guard let contrast = ExperimentReading.contrast(experiment, in: panel) else { return nil }
        let visits = { (region: Int, month: Int) in panel.visits(region: region, month: month) }
        func moments(_ regions: [Int]) -> (mean: Double, variance: Double) {
            let values = regions.map { ExperimentReading.change(visits, contrast, $0) }
            let mean = values.reduce(0, +) / Double(values.count)
            let spread = values.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, values.count - 1))
            return (mean, spread / Double(values.count))
        }
        let (more, fewer) = (moments(contrast.more), moments(contrast.fewer))
        guard more.variance + fewer.variance > 0 else { return nil }
        self.contrast = contrast
        measured = more.mean - fewer.mean
        variance = more.variance + fewer.variance
    }

    /// The model's difference in differences of a feature (region-major over the panel's months).
    func modelled(_ feature: [Double], months: Int) -> Double {
        let series = { (region: Int, month: Int) in feature[region * months + month] }
        func mean(_ regions: [Int]) -> Double {
            regions.reduce(0.0) { $0 + ExperimentReading.change(series, contrast, $1) } / Double(regions.count)
        }
        return mean(contrast.more) - mean(contrast.fewer)
    }
}
