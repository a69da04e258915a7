import OutreachEvaluation
import OutreachModel

/// The suggested moves as the meeting reads them: what to move, the gain with its range, and the evidence.
public struct SuggestionReport: Sendable {
    public let suggestions: SuggestionSet
    public let settings: ModelSettings
    public let workspace: Workspace

    public init(suggestions: SuggestionSet, settings: ModelSettings, workspace: Workspace) {
        self.suggestions = suggestions
        self.settings = settings
        self.workspace = workspace
    }

    /// "将 6 次乡镇科普讲座从茂南区调到化州市": the move in words (also the text of an action made from it).
    public static func text(
        _ move: Suggestion, workspace: Workspace, drives: [String: String] = [:], _ strings: any Catalog
    ) -> String {
        func region(_ code: String) -> String { ChannelModelReport.qualifiedRegionName(code, workspace, strings) }
        func channel(_ code: String) -> String {
            ChannelModelReport.channelName(code, workspace, strings, drives: drives)
        }
        switch (move.from, move.to) {
        case (let from?, let to?) where from.channel == to.channel && drives[from.channel] != nil:
            return strings.model(
                .moveDrives(
                    count: from.events, drive: channel(from.channel), from: region(from.regionCode),
                    to: region(to.regionCode)))
        case (let from?, let to?) where from.channel == to.channel:
            return strings.model(
                .moveRegions(
                    count: from.events, channel: channel(from.channel), from: region(from.regionCode),
                    to: region(to.regionCode)))
        case (let from?, let to?) where from.regionCode == to.regionCode:
            return strings.model(
                .moveChannels(
                    region: region(from.regionCode), count: from.events, from: channel(from.channel),
                    toCount: to.events, to: channel(to.channel)))
        case (let from?, let to?):
            return strings.model(
                .moveAny(
                    count: from.events, channel: channel(from.channel), region: region(from.regionCode),
                    toCount: to.events, toChannel: channel(to.channel), toRegion: region(to.regionCode)))
        case (nil, let to?):
            return strings.model(
                .addOnly(count: to.events, channel: channel(to.channel), region: region(to.regionCode)))
        case (let from?, nil):
            return strings.model(
                .removeOnly(count: from.events, channel: channel(from.channel), region: region(from.regionCode)))
        case (nil, nil): return ""
        }
    }

    func evidence(_ move: Suggestion, _ strings: any Catalog) -> String {
        func region(_ code: String) -> String { ChannelModelReport.qualifiedRegionName(code, workspace, strings) }
        func channel(_ code: String) -> String {
            ChannelModelReport.channelName(code, workspace, strings, drives: suggestions.drives)
        }
        var parts: [String] = []
        let drives = suggestions.drives
        if let to = move.to, let estimate = move.marginalTo {
            let (place, name) = (region(to.regionCode), channel(to.channel))
            parts.append(
                strings.model(
                    drives[to.channel] != nil
                        ? .evidenceDriveTo(region: place, drive: name, estimate)
                        : .evidenceTo(region: place, channel: name, estimate)))
        }
        if let from = move.from, let estimate = move.marginalFrom {
            let (place, name) = (region(from.regionCode), channel(from.channel))
            parts.append(
                strings.model(
                    drives[from.channel] != nil
                        ? .evidenceDriveFrom(region: place, drive: name, estimate)
                        : .evidenceFrom(region: place, channel: name, estimate)))
        }
        return parts.joined(separator: strings.listSeparator)
    }

    /// The moves, largest gain first; `limit` keeps the pack to the moves that matter.
    public func table(_ strings: any Catalog, limit: Int? = nil) -> Table {
        let columns = [
            Table.Column(key: "number", title: strings.model(.columnNumber), alignRight: true),
            Table.Column(key: "move", title: strings.model(.columnMove)),
            Table.Column(key: "gain", title: strings.model(.columnGain), alignRight: true),
            Table.Column(key: "gainLow", title: strings.model(.columnGainLow), machineOnly: true),
            Table.Column(key: "gainHigh", title: strings.model(.columnGainHigh), machineOnly: true),
            Table.Column(key: "evidence", title: strings.model(.columnEvidence)),
            Table.Column(key: "fromRegion", title: strings.model(.columnFromRegion), machineOnly: true),
            Table.Column(key: "fromChannel", title: strings.model(.columnFromChannel), machineOnly: true),
            Table.Column(key: "fromEvents", title: strings.model(.columnFromEvents), machineOnly: true),
            Table.Column(key: "toRegion", title: strings.model(.columnToRegion), machineOnly: true),
            Table.Column(key: "toChannel", title: strings.model(.columnToChannel), machineOnly: true),
            Table.Column(key: "toEvents", title: strings.model(.columnToEvents), machineOnly: true),
        ]
        let shown = limit.map { Array(suggestions.moves.prefix($0)) } ?? suggestions.moves
        let rows = shown.map { move -> [Table.Cell] in
            [
                .number(move.number), .text(Self.text(move, workspace: workspace, drives: suggestions.drives, strings)),
                .label(
                    strings.model(.gain(move.gain)), code: Table.decimal(move.gain.value, digits: 4, grouped: false)),
                .decimal(move.gain.low, digits: 4), .decimal(move.gain.high, digits: 4), .text(evidence(move, strings)),
                .text(move.from?.regionCode ?? ""), .text(move.from?.channel ?? ""),
                move.from.map { .number($0.events) } ?? .empty, .text(move.to?.regionCode ?? ""),
                .text(move.to?.channel ?? ""), move.to.map { .number($0.events) } ?? .empty,
            ]
        }
        return Table(title: strings.model(.sectionSuggestions(month: suggestions.month)), columns: columns, rows: rows)
    }

    /// Budget, staff, total gain and the channels left alone, one line each.
    public func summary(_ strings: any Catalog) -> [String] {
        var lines = [
            strings.model(
                suggestions.budget == .events
                    ? .budgetEvents(total: suggestions.budgetTotal) : .budgetCost(total: suggestions.budgetTotal)),
            strings.model(
                .staff(
                    now: suggestions.staffUsedNow, suggested: suggestions.staffUsedSuggested,
                    capacity: suggestions.staffCapacity)),
        ]
        if suggestions.moves.isEmpty {
            lines.append(strings.model(.noMoves))
        } else {
            lines.append(strings.model(.totalGain(suggestions.totalGain, current: suggestions.currentEffect)))
        }
        lines += suggestions.held.map {
            strings.model(
                .held(
                    channel: ChannelModelReport.channelName(
                        $0.channel, workspace, strings, drives: suggestions.drives), reason: $0.reason))
        }
        return lines
    }

    public var note: ModelMessage {
        .suggestNote(coverage: settings.intervalCoverage, agreement: settings.minimumAgreement)
    }

    public func render(_ strings: any Catalog, as format: OutputFormat, title: String) -> String {
        let table = table(strings)
        switch format {
        case .json, .csv: return TableRenderer.render(table, as: format)
        case .md: return "# " + title + "\n\n" + markdown(strings, limit: nil)
        case .text:
            return title + "\n\n" + summary(strings).joined(separator: "\n") + "\n\n"
                + (suggestions.moves.isEmpty ? "" : TableRenderer.text(table) + "\n") + strings.model(note) + "\n"
        }
    }

    /// The section as the pack's Markdown has it (the pack passes a limit).
    public func markdown(_ strings: any Catalog, limit: Int?) -> String {
        var text = summary(strings).map { "- " + $0 + "\n" }.joined() + "\n"
        if !suggestions.moves.isEmpty {
            var plain = table(strings, limit: limit)
            plain.title = nil
            text += TableRenderer.markdown(plain) + "\n"
            if let limit, suggestions.moves.count > limit {
                text += strings.model(.moreMoves(suggestions.moves.count - limit)) + "\n\n"
            }
        }
        return text + strings.model(note) + "\n"
    }
}
