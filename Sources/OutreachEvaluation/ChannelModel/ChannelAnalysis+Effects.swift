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

    /// A sum of effects over regions and months, with its bootstrap interval.
    func interval(_ sum: ([[Double]]) -> Double) -> Estimate? {
        guard let fit else { return nil }
        return ChannelModeler.interval(
            sum(effects(fit)), replicates.map { sum(effects($0)) }, coverage: settings.intervalCoverage)
    }
}
