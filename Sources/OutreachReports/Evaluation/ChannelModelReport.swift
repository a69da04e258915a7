import Foundation
import OutreachEvaluation
import OutreachModel

/// What `outreach model` prints: the fit's scope and forecast check, plain warnings, and one row per channel.
public struct ChannelModelReport: Sendable {
    public let analysis: ChannelAnalysis
    public let workspace: Workspace

    public init(analysis: ChannelAnalysis, workspace: Workspace) {
        self.analysis = analysis
        self.workspace = workspace
    }

    func channelName(_ code: String, _ strings: any Catalog) -> String {
        Self.channelName(code, workspace, strings, drives: analysis.panel.drives)
    }

    /// A channel's name; where the model counts drives (`drives`: code → template), the drives' name: the
    /// template's lead channel reads "乡镇圩日献血(含科普讲座)", `drive:<template>` the drives held without it.
    public static func channelName(
        _ code: String, _ workspace: Workspace, _ strings: any Catalog, drives: [String: String] = [:]
    ) -> String {
        func plain(_ code: String) -> String {
            workspace.channels.first { $0.code == code }.map { strings.localized($0.name, english: $0.englishName) }
                ?? code
        }
        guard let template = drives[code], let campaign = workspace.templates.first(where: { $0.id == template })
        else { return plain(code) }
        let name = strings.localized(campaign.name, english: campaign.englishName)
        let lead = workspace.channels.first { $0.campaign == template }.map { plain($0.code) } ?? ""
        // "乡镇圩日献血+科普讲座" already names its talk.
        if !code.hasPrefix(DriveCount.prefix), name.contains(String(lead.suffix(max(1, lead.count / 2)))) {
            return name
        }
        return strings.model(
            code.hasPrefix(DriveCount.prefix) ? .drivesWithout(name, lead: lead) : .drivesWith(name, lead: lead)
        )
    }

    /// A region as the suggestions name it: a township with its county ("化州市平定镇"), else its own name.
    public static func qualifiedRegionName(_ code: String, _ workspace: Workspace, _ strings: any Catalog) -> String {
        let name = EvaluationPack.regionName(code, workspace, strings)
        let ancestors = workspace.tree.ancestors(of: code)
        guard ancestors.count >= 2 else { return name }
        return strings.model(.townshipIn(county: strings.name(of: ancestors[ancestors.count - 2]), township: name))
    }

    public func title(_ strings: any Catalog, month: YearMonth) -> String {
        strings.model(
            .title(
                workspace: strings.localized(workspace.settings.name, english: workspace.settings.englishName),
                month: month))
    }

    /// Scope, forecast check and warnings, one line each.
    public func summary(_ strings: any Catalog) -> [String] {
        let settings = analysis.settings
        let panel = analysis.panel
        switch analysis.status {
        case .tooFewMonths(let months):
            return [strings.model(.tooFewMonths(have: months, need: settings.minimumMonths))]
        case .tooFewRegions(let regions):
            return [strings.model(.tooFewRegions(have: regions, need: settings.minimumRegions))]
        case .noPromotion: return [strings.model(.noPromotion)]
        case .fitted: break
        }
        var lines = [
            strings.model(
                .fitted(
                    months: panel.monthCount, from: panel.months.first!, to: panel.months.last!,
                    regions: panel.regionCount, channels: analysis.fittedChannels.count))
        ]
        if let validation = analysis.validation {
            lines.append(
                strings.model(
                    .validation(
                        model: validation.modelError, naive: validation.naiveError, months: validation.months.count)))
        } else {
            lines.append(strings.model(.noValidation))
        }
        for estimate in analysis.channels {
            switch estimate.status {
            case .estimated: break
            case .collinear(let partners):
                lines.append(
                    strings.model(
                        .collinear(
                            channel: channelName(estimate.code, strings),
                            partners: partners.map { channelName($0, strings) }, inflation: estimate.inflation ?? 0)))
            case .tooFewEvents: lines.append(strings.model(.tooFewEvents(channel: channelName(estimate.code, strings))))
            }
        }
        for experiment in analysis.panel.experiments {
            let reading = ExperimentReading(
                experiment, panel: analysis.panel, coverage: analysis.settings.intervalCoverage,
                seed: analysis.settings.seed)
            lines.append(
                strings.model(
                    .experimentStatus(
                        id: experiment.id, channel: channelName(experiment.channel, strings), start: experiment.start,
                        end: experiment.end, status: reading.status, recorded: reading.monthsRecorded,
                        lift: reading.lift)))
        }
        return lines
    }

    public func channelsTable(_ strings: any Catalog) -> Table {
        let columns = [
            Table.Column(key: "channel", title: strings.evaluation(.columnChannel)),
            Table.Column(key: "code", title: strings.text(.columnChannelCode), machineOnly: true),
            Table.Column(key: "status", title: strings.model(.columnReliability)),
            Table.Column(key: "lastMonthEvents", title: strings.model(.columnLastMonth), alignRight: true),
            Table.Column(key: "perEvent", title: strings.model(.columnPerEvent), alignRight: true),
            Table.Column(key: "perEventLow", title: strings.text(.columnPerEventLow), machineOnly: true),
            Table.Column(key: "perEventHigh", title: strings.text(.columnPerEventHigh), machineOnly: true),
            Table.Column(key: "marginal", title: strings.model(.columnMarginal), alignRight: true),
            Table.Column(key: "marginalLow", title: strings.text(.columnMarginalLow), machineOnly: true),
            Table.Column(key: "marginalHigh", title: strings.text(.columnMarginalHigh), machineOnly: true),
            Table.Column(key: "monthsItWorks", title: strings.model(.columnCarryOver), alignRight: true),
            Table.Column(key: "carryOver", title: strings.text(.columnCarryOverRate), machineOnly: true),
            Table.Column(key: "halfSaturation", title: strings.model(.columnHalfSaturation), alignRight: true),
            Table.Column(key: "saturation", title: strings.model(.columnSaturation), alignRight: true),
            Table.Column(key: "varianceInflation", title: strings.text(.columnVarianceInflation), machineOnly: true),
        ]
        let rows = analysis.channels.map { estimate -> [Table.Cell] in
            let status: (ModelMessage, String) =
                switch estimate.status {
                case .estimated: (.statusEstimated, "estimated")
                case .collinear: (.statusCollinear, "collinear")
                case .tooFewEvents: (.statusTooFewEvents, "too-few-events")
                }
            func ranged(_ value: ChannelAnalysis.Estimate?) -> Table.Cell {
                guard let value else { return .empty }
                return .label(
                    Table.decimal(value.value, digits: 1, grouped: true) + " (" + strings.range(value) + ")",
                    code: Table.decimal(value.value, digits: 4, grouped: false))
            }
            func number(_ value: Double?, digits: Int = 4) -> Table.Cell {
                value.map { .decimal($0, digits: digits) } ?? .empty
            }
            let curve = estimate.curve
            return [
                .text(channelName(estimate.code, strings)), .text(estimate.code),
                .label(strings.model(status.0), code: status.1), .decimal(estimate.currentEvents, digits: 0),
                ranged(estimate.perEvent), number(estimate.perEvent?.low), number(estimate.perEvent?.high),
                ranged(estimate.marginal), number(estimate.marginal?.low), number(estimate.marginal?.high),
                number(curve?.meanLag, digits: 1), number(curve?.carryOver, digits: 2),
                number(curve?.halfSaturation, digits: 1),
                estimate.saturation.map {
                    .label(strings.percentWhole($0), code: Table.decimal($0, digits: 4, grouped: false))
                }
                    ?? .empty,
                number(estimate.inflation, digits: 1),
            ]
        }
        return Table(title: strings.model(.sectionChannels), columns: columns, rows: rows)
    }

    /// Without a fit there is nothing per channel to show: the summary says why.
    public func render(_ strings: any Catalog, as format: OutputFormat, month: YearMonth) -> String {
        var table = channelsTable(strings)
        if !analysis.isFitted { table.rows = [] }
        switch format {
        case .json:
            let validation = analysis.validation.map {
                "{\"modelError\": \(Table.decimal($0.modelError, digits: 4, grouped: false)), \"naiveError\": \(Table.decimal($0.naiveError, digits: 4, grouped: false)), \"months\": \($0.months.count)}"
            }
            let notes = summary(strings).map(JSONText.quote).joined(separator: ", ")
            return
                "{\n\"month\": \"\(month)\",\n\"status\": \"\(statusCode)\",\n\"notes\": [\(notes)],\n\"validation\": \(validation ?? "null"),\n\"channels\": "
                + TableRenderer.json(table).trimmingCharacters(in: .newlines) + "\n}\n"
        case .csv: return TableRenderer.csv(table)
        case .md:
            let heading =
                "# " + title(strings, month: month) + "\n\n" + summary(strings).map { "- " + $0 + "\n" }.joined()
            guard analysis.isFitted else { return heading }
            var plain = table
            plain.title = nil
            return heading + "\n## " + (table.title ?? "") + "\n\n" + TableRenderer.markdown(plain) + "\n"
                + strings.model(.method) + "\n"
        case .text:
            let heading = title(strings, month: month) + "\n\n" + summary(strings).joined(separator: "\n") + "\n"
            guard analysis.isFitted else { return heading }
            return heading + "\n" + TableRenderer.text(table) + "\n" + strings.model(.method) + "\n"
        }
    }

    var statusCode: String {
        switch analysis.status {
        case .fitted: return "fitted"
        case .tooFewMonths: return "too-few-months"
        case .tooFewRegions: return "too-few-regions"
        case .noPromotion: return "no-promotion"
        }
    }
}
