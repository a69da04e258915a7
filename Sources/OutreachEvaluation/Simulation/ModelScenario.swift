import Foundation
import OutreachModel

/// A simulated city for scoring the channel model: regions of random size, a chosen set of channels, noise and
/// length, and a promotion plan whose channels vary independently or together. The truth is the simulator's.
public struct ModelScenario: Sendable {
    public var regions: [Region]
    public var channels: [Channel]
    public var result: SimulationResult
    public var panel: ChannelPanel
    public var truth: ChannelFit

    /// - Parameters:
    ///   - channels: the channels to simulate (their truths come from `SimulationSettings.maoming`).
    ///   - profile, springFestival: the season, as the bundled workspace has it.
    /// - Parameter settings: the truth (default Maoming's); tests give every curve shape 1 to recover it exactly.
    /// - Parameter counties: with more than one, the regions are townships (20,000–150,000 people) dealt to this
    ///   many counties in turn, and the panel pools them within their county.
    public init(
        regionCount: Int, channels: [Channel], months: Int, noise: Double, collinear: Bool, seed: UInt64,
        profile: [Double], springFestival: [Int: CivilDate],
        through last: YearMonth = YearMonth(year: 2026, month: 10)!,
        settings model: SimulationSettings = .maoming, counties: Int = 1
    ) {
        var random = SeededRandom(seed: seed ^ 0x5EED)
        let (smallest, spread) = counties > 1 ? (20_000.0, 130_000.0) : (300_000.0, 1_200_000.0)
        regions = (0..<regionCount).map { index in
            let people = Int(smallest + spread * Double(random.next() >> 11) / Double(1 << 53))
            let code = counties > 1 ? String(format: "9%05d", index) : String(format: "9%02d000", index)
            return Region(
                code: code, name: "区\(index)", kind: .county, parentCode: nil,
                population: Population(count: people, year: 2020, source: "simulated"))
        }
        self.channels = channels
        var settings = model
        settings.noise = noise
        // Scale Maoming's published totals to these regions so the calibrated baseline keeps its share.
        let people = Double(regions.reduce(0) { $0 + ($1.population?.count ?? 0) })
        settings.anchors = settings.anchors.map {
            var anchor = $0
            anchor.visits *= people / 6_200_000
            anchor.units *= people / 6_200_000
            return anchor
        }
        let simulator = Simulator(settings: settings, profile: profile, springFestival: springFestival)
        result = simulator.run(
            regions: regions, from: last.adding(months: 1 - months), through: last, channels: channels, seed: seed,
            dropLastMonths: 0, collinearPlan: collinear)
        panel = result.panel(regions: regions, channels: channels.map(\.code))
        if counties > 1 {
            panel.groups = (0..<regionCount).map { $0 % counties }
            panel.groupCodes = (0..<counties).map { "county-\($0)" }
        }
        truth = result.truth.fit(channels: channels.map(\.code), regionCount: regionCount)
    }
}
