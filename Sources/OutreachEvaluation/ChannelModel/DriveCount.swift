import OutreachModel

/// Drives per region and month by campaign template, from the recorded venue-days, and the promotion those drives
/// bring along: what the channel model needs to tell a drive's turnout from stand-alone promotion.
///
/// A template's lead channel (the one that comes with it, `Channel.campaign`: the talk of a market-day drive)
/// counts the drives held with it; `perTemplate` counts the drives held without it. The two are nearly
/// orthogonal, where drives and talks would move together and could not be told apart.
public struct DriveCount {
    /// Template id → drives held without the lead channel, region-major over the panel's regions and months;
    /// templates in the workspace's order.
    let perTemplate: [(String, [Double])]
    /// Lead channel code → its template id.
    let leads: [String: String]
    /// Template id → how many events of each channel one drive brings (its promotion items).
    let items: [String: [String: Double]]

    /// Only templates some channel comes with (`Channel.campaign`) and held away from fixed sites are counted; a
    /// drive belongs to the first such template that lists its venue kind.
    init(
        drives: [DriveRecord], templates: [CampaignTemplate], channels: [Channel], regions: [String],
        months: [YearMonth]
    ) {
        let counted = templates.filter { template in
            !template.venueKinds.contains(.fixedSite) && channels.contains { $0.campaign == template.id }
        }
        var templateOfKind: [VenueKind: Int] = [:]
        for (index, template) in counted.enumerated() {
            for kind in template.venueKinds where templateOfKind[kind] == nil { templateOfKind[kind] = index }
        }
        let regionIndex = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1, $0) })
        let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        var series = counted.map { _ in [Double](repeating: 0, count: regions.count * months.count) }
        for drive in drives {
            guard let template = templateOfKind[drive.venueKind], let region = regionIndex[drive.regionCode],
                let month = monthIndex[drive.month]
            else { continue }
            series[template][region * months.count + month] += 1
        }
        var leads: [String: String] = [:]
        for template in counted {
            for channel in channels where channel.campaign == template.id { leads[channel.code] = template.id }
        }
        self.leads = leads
        perTemplate = zip(counted.map(\.id), series).map { ($0, $1) }
        var items: [String: [String: Double]] = [:]
        for template in counted {
            for item in template.promotion
            where channels.first(where: { $0.code == item.channel })?.campaign != template.id {
                items[template.id, default: [:]][item.channel, default: 0] += 1
            }
        }
        self.items = items
    }

    static func code(_ template: String) -> String { prefix + template }
    public static let prefix = "drive:"

    /// Drives of a template held without its lead channel, given the lead channel's events.
    func withoutLead(_ template: String, drives: [Double], leadEvents: [Double]?) -> [Double] {
        guard let leadEvents else { return drives }
        return zip(drives, leadEvents).map { max(0, $0 - $1) }
    }

    /// A channel's events less those the counted drives brought along, never below zero.
    func standalone(_ channel: Channel, _ events: [Double]) -> [Double] {
        var result = events
        for (template, drives) in perTemplate {
            guard let perDrive = items[template]?[channel.code] else { continue }
            for index in result.indices { result[index] = max(0, result[index] - perDrive * drives[index]) }
        }
        return result
    }
}
