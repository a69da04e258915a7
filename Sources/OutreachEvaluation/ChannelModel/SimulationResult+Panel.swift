import OutreachModel

extension SimulationResult {
    /// The simulated months as the channel model sees them.
    public func panel(regions: [Region], channels: [String]) -> ChannelPanel {
        let months = Array(Set(truth.cells.map(\.month))).sorted()
        let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        let regionIndex = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1.code, $0) })
        let channelIndex = Dictionary(uniqueKeysWithValues: channels.enumerated().map { ($1, $0) })
        var visits = [Double](repeating: 0, count: regions.count * months.count)
        var events = [Double](repeating: 0, count: regions.count * channels.count * months.count)
        for cell in truth.cells {
            guard let region = regionIndex[cell.regionCode], let month = monthIndex[cell.month] else { continue }
            visits[region * months.count + month] = Double(cell.visits)
        }
        var cost = [Double](repeating: 0, count: channels.count)
        var counted = [Double](repeating: 0, count: channels.count)
        for row in promotion {
            guard let region = regionIndex[row.regionCode], let month = monthIndex[row.month],
                let channel = channelIndex[row.channel]
            else { continue }
            events[(region * channels.count + channel) * months.count + month] += Double(row.events)
            if let value = row.cost {
                cost[channel] += value
                counted[channel] += Double(row.events)
            }
        }
        return ChannelPanel(
            regions: regions.map(\.code), population: regions.map { Double($0.population?.count ?? 0) / 1_000_000 },
            months: months, channels: channels, visits: visits, events: events,
            costPerEvent: channels.indices.map { counted[$0] > 0 ? cost[$0] / counted[$0] : nil })
    }

}

extension SimulationResult.Truth {
    /// The true response as a fit: each channel's Hill curve with its peak, the same in every region.
    public func fit(channels: [String], regionCount: Int) -> ChannelFit {
        let truths = channels.map { code in settings.channels.first { $0.code == code } }
        return ChannelFit(
            curves: truths.map {
                ResponseCurve(
                    carryOver: $0?.carryOver ?? 0, halfSaturation: $0?.halfSaturation ?? 1, shape: $0?.shape ?? 1)
            },
            coefficients: truths.map { $0?.peak ?? 0 }, regionLevels: Array(repeating: 0, count: regionCount),
            monthLevels: [],
            multipliers: Array(repeating: Array(repeating: 1, count: channels.count), count: regionCount),
            error: 0)
    }
}
