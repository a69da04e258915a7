import OutreachModel

extension ChannelAnalysis {
    /// Per fitted channel, the visits it brings in each region-month under a fit (coefficient × the region's
    /// multiplier × the feature, carry-over included), region-major over the panel.
    func effects(_ fit: ChannelFit) -> [[Double]] {
        let model = panel.keeping(channels: fittedChannels)
        return (0..<model.channelCount).map { channel in
            let feature = ChannelFitter.feature(panel: model, channel: channel, curve: fit.curves[channel])
            return feature.indices.map { index in
                fit.coefficients[channel] * fit.multipliers[index / model.monthCount][channel] * feature[index]
            }
        }
    }

    /// The panel regions (townships) reported under a group code (county), or the region itself at county grain.
    func regions(under code: String) -> [Int] {
        let grouped = panel.regions.indices.filter {
            panel.groupCount > 1 && panel.groupCodes[panel.groups[$0]] == code
        }
        return grouped.isEmpty ? panel.regions.indices.filter { panel.regions[$0] == code } : grouped
    }

}

/// The channel effects of a fitted model and of its bootstrap fits, computed once for all the findings.
struct ModelEffects {
    let analysis: ChannelAnalysis
    let point: [[Double]]
    let replicates: [[[Double]]]

    init?(_ analysis: ChannelAnalysis?) {
        guard let analysis, let fit = analysis.fit else { return nil }
        self.analysis = analysis
        point = analysis.effects(fit)
        replicates = analysis.replicates.map { analysis.effects($0) }
    }

    /// A sum of effects over regions and months, with its bootstrap interval.
    func interval(_ sum: ([[Double]]) -> Double) -> ChannelAnalysis.Estimate {
        ChannelModeler.interval(sum(point), replicates.map(sum), coverage: analysis.settings.intervalCoverage)
    }
}
