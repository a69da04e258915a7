import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachLoading
import OutreachModel
import OutreachPlanning
import OutreachReports

/// `outreach recall --from DATE --to DATE [--region R] [--venue V] [--type T] [--output FILE]` and
/// `outreach pools [--at DATE] [--type T]`: who may give again, from the imported donor table.
enum RecallCommand {
    static let recall = CommandSpec(
        name: "recall", abstract: .recallAbstract,
        options: [
            OptionSpec("from", value: "DATE", help: .optionFromDate, required: true),
            OptionSpec("to", value: "DATE", help: .optionToDate, required: true),
            OptionSpec("region", value: "REGION", help: .optionRegionView),
            OptionSpec("venue", value: "VENUE", help: .optionVenue),
            OptionSpec("type", value: "whole-blood|platelets", help: .optionDonationType),
            OptionSpec("group", value: "A+|O-|…", help: .optionBloodGroup),
            OptionSpec("top", value: "N", help: .optionRecallTop),
            OptionSpec("output", value: "FILE", help: .optionRecallOutput),
            OptionSpec("export", value: "FILE", help: .optionRecallExport),
            OptionSpec("mapping", value: "NAME", help: .optionMapping), CommandSpec.formatOption,
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])
    static let pools = CommandSpec(
        name: "pools", abstract: .poolsAbstract,
        options: [
            OptionSpec("at", value: "DATE", help: .optionPoolDate),
            OptionSpec("type", value: "whole-blood|platelets", help: .optionDonationType),
            OptionSpec("group", value: "A+|O-|…", help: .optionBloodGroup),
            OptionSpec("format", value: "text|md|html|csv|json|xlsx", help: .optionEvaluationFormat),
            OptionSpec("output", value: "FILE", help: .optionTableOutput),
        ] + CommandSpec.commonOptions + [CommandSpec.helpOption])

    static func donors(_ invocation: Invocation) throws(CommandFailure) -> (Workspace, [ImportedDonor], DonationRules) {
        let workspace = try invocation.loadForPlanning()
        let (donors, problems) = DonorTable.load(invocation.paths)
        guard problems.isEmpty else { throw .problems(problems) }
        guard !donors.isEmpty else { throw .message(invocation.strings.importing(.noDonors)) }
        guard let rules = workspace.donationRules else { throw invocation.failure(PlanningError.noDonationRules) }
        return (workspace, donors, rules)
    }

    static func runRecall(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let arguments = invocation.arguments
        let from: CivilDate
        let to: CivilDate
        let type: DonationType
        let format: OutputFormat
        let group: BloodGroup?
        let top: Int?
        do throws(UsageMessage) {
            from = try arguments.date("from")!
            to = try arguments.date("to")!
            type = try arguments.choice("type", default: DonationType.wholeBlood)
            format = try invocation.format
            top = try arguments.positiveInteger("top")
            group = try invocation.bloodGroup()
        } catch { throw .usage(error) }
        let (workspace, donors, rules) = try Self.donors(invocation)
        let strings = invocation.strings
        let tree = workspace.tree
        let region = try arguments.value("region").map { name throws(CommandFailure) in
            try invocation.regionCode(name, in: workspace)
        }
        let venue = try arguments.value("venue").map { text throws(CommandFailure) in
            if let ambiguity = workspace.venueAmbiguity(text) { throw .problems([.error(ambiguity)]) }
            return workspace.venues.first { $0.id == text || $0.name == text }?.id ?? text
        }
        if group != nil, !donors.contains(where: { $0.bloodGroup != nil }) {
            // The export had no group columns, or the mapping does not name them.
            throw .message(strings.stock(.noRecallData))
        }
        var entries = Recall.due(donors, from: from, to: to, type: type, rules: rules) { donor in
            if let region, !tree.isWithin(donor.regionCode, region) { return false }
            if let venue, donor.venueID != venue { return false }
            if let group, donor.bloodGroup != group { return false }
            return true
        }
        // For a group in short supply: the likeliest to come first, as many as asked for.
        let chances = Dictionary(
            entries.map { ($0.donor.key, Recall.responseChance($0, from: from, settings: workspace.stock)) },
            uniquingKeysWith: { first, _ in first })
        if group != nil || top != nil {
            entries.sort { (-chances[$0.donor.key]!, $0.donor.key) < (-chances[$1.donor.key]!, $1.donor.key) }
            if let top { entries = Array(entries.prefix(top)) }
        }
        let output = arguments.value("output") ?? "recall-\(from)-\(to).csv"
        let title = strings.importing(.recallTitle(from: from, to: to))
        var note = strings.importing(.recallWrote(path: output, donors: entries.count, from: from, to: to))
        let header: [String]
        let rows: [[String]]
        // The donors the list holds: with `--export`, those the export has a number for.
        var listed = entries
        if let export = arguments.value("export") {
            let numbers = try donorNumbers(Set(entries.map(\.donor.key)), export: export, workspace, invocation)
            let found = entries.filter { numbers[$0.donor.key] != nil }
            listed = found
            header = [
                strings.importing(.columnDonorNumber), strings.text(.columnRegion), strings.importing(.columnVenue),
                strings.importing(.columnLastDonation), strings.importing(.columnEligibleFrom),
            ]
            rows = found.map { entry in
                [
                    numbers[entry.donor.key]!,
                    EvaluationPack.regionName(entry.donor.regionCode, workspace, strings),
                    entry.donor.venueID.map { id in workspace.venues.first { $0.id == id }?.name ?? id } ?? "",
                    entry.donor.lastDonation.description, entry.eligibleFrom.description,
                ]
            }
            note = strings.importing(
                .recallNumbers(
                    path: output, donors: found.count, missing: entries.count - found.count, from: from, to: to))
        } else {
            header = [
                strings.importing(.columnKey), strings.importing(.columnRegionCode),
                strings.importing(.columnVenueID), strings.importing(.columnLastDonation),
                strings.importing(.columnLastType), strings.importing(.columnEligibleFrom),
            ]
            rows = entries.map {
                [
                    $0.donor.key, $0.donor.regionCode, $0.donor.venueID ?? "", $0.donor.lastDonation.description,
                    $0.donor.lastType.rawValue, $0.eligibleFrom.description,
                ]
            }
        }
        try invocation.write(listBytes(header, rows, output: output, title: title), to: output)
        if let group {
            let typeName = strings.stock(.donationType(type))
            note +=
                "\n"
                + strings.stock(
                    .recallLine(
                        group: group.description, type: typeName, donors: listed.count,
                        expected: listed.reduce(0) { $0 + chances[$1.donor.key]! }))
        }
        var counts: [String: Int] = [:]
        for entry in entries {
            counts[entry.donor.regionCode + "|" + Recall.weekStart(entry.eligibleFrom).description, default: 0] += 1
        }
        let table = Table(
            title: title,
            columns: [
                Table.Column(key: "region", title: strings.text(.columnRegion)),
                Table.Column(key: "code", title: strings.text(.columnCode), machineOnly: true),
                Table.Column(key: "week", title: strings.importing(.columnWeek)),
                Table.Column(key: "donors", title: strings.importing(.columnDonors), alignRight: true),
            ],
            rows: counts.keys.sorted().map { key in
                let parts = key.split(separator: "|").map(String.init)
                return [
                    .text(EvaluationPack.regionName(parts[0], workspace, strings)), .text(parts[0]), .text(parts[1]),
                    .number(counts[key]!),
                ]
            })
        return CommandResult(
            output: TableRenderer.render(table, as: format)
                + (format == .text || format == .md ? "\n" + note + "\n" : ""))
    }

    /// The list as the file's name asks: a workbook for `.xlsx` (donor numbers and codes as text, dates as dates),
    /// otherwise CSV as an SMS platform imports it — plain values, so no `="…"` guard for leading zeros there.
    static func listBytes(_ header: [String], _ rows: [[String]], output: String, title: String) -> [UInt8] {
        guard output.lowercased().hasSuffix(".xlsx") else {
            return Array(CSVWriter.document(header: header, rows: rows).utf8)
        }
        let table = Table(
            title: title, columns: header.map { Table.Column(key: $0, title: $0) },
            rows: rows.map { $0.map(Table.Cell.text) })
        return TableWorkbook.xlsx([table])
    }

    /// The station's donor numbers for `keys`, read from its export with the workspace's secret; never created
    /// here, since a new secret would match no stored donor.
    static func donorNumbers(_ keys: Set<String>, export: String, _ workspace: Workspace, _ invocation: Invocation)
        throws(CommandFailure) -> [String: String]
    {
        let strings = invocation.strings
        let mapping = try ImportCommand.mapping(invocation)
        let secretURL = ImportFiles.secretURL(
            workspace: invocation.paths.workspace, environment: invocation.context.environment)
        guard let secret = ImportFiles.existingSecret(at: secretURL) else {
            throw .message(strings.importing(.recallNoSecret(path: secretURL.path)))
        }
        let (numbers, found) = DonorNumbers.lookup(
            keys, export: invocation.fileURL(export).path, display: export, mapping: mapping, secret: secret)
        guard found.isEmpty else { throw .problems(found) }
        return numbers
    }

    static func runPools(_ invocation: Invocation) throws(CommandFailure) -> CommandResult {
        let at: CivilDate
        let type: DonationType
        let format: ReviewCommand.Format
        let group: BloodGroup?
        do throws(UsageMessage) {
            at = try invocation.arguments.date("at") ?? invocation.context.today
            type = try invocation.arguments.choice("type", default: DonationType.wholeBlood)
            format = try invocation.arguments.choice("format", default: ReviewCommand.Format.text)
            group = try invocation.bloodGroup()
        } catch { throw .usage(error) }
        var (workspace, donors, rules) = try Self.donors(invocation)
        if let group {
            guard donors.contains(where: { $0.bloodGroup != nil }) else {
                throw .message(invocation.strings.stock(.noRecallData))
            }
            donors = donors.filter { $0.bloodGroup == group }
        }
        let strings = invocation.strings
        let dates = [at] + (1...3).map { at.adding(months: $0) }
        let byRegion = dates.map { Recall.pool(donors, at: $0, type: type, rules: rules) { $0.regionCode } }
        let byVenue = dates.map { Recall.pool(donors, at: $0, type: type, rules: rules) { $0.venueID } }
        var rows: [[Table.Cell]] = []
        for code in Set(byRegion.flatMap(\.keys)).sorted() {
            rows.append(
                [.text(EvaluationPack.regionName(code, workspace, strings)), .text(code)]
                    + byRegion.map { .number($0[code] ?? 0) })
            for venue in workspace.venues where workspace.tree.isWithin(venue.regionCode, code) {
                guard byVenue.contains(where: { $0[venue.id] != nil }) else { continue }
                rows.append(
                    [.indented(venue.name, depth: 1), .text(venue.id)] + byVenue.map { .number($0[venue.id] ?? 0) })
            }
        }
        let table = Table(
            title: strings.importing(.poolsTitle(at: at)),
            columns: [
                Table.Column(key: "place", title: strings.importing(.columnPlace)),
                Table.Column(key: "code", title: strings.text(.columnCode), machineOnly: true),
                Table.Column(key: "eligible", title: strings.importing(.columnEligibleNow), alignRight: true),
            ]
                + (1...3).map {
                    Table.Column(key: "in\($0)Months", title: strings.importing(.columnInMonths($0)), alignRight: true)
                },
            rows: rows)
        if format == .xlsx { return try invocation.respond(.xlsx, tables: { [table] }, text: { _ in "" }) }
        if let text = OutputFormat(rawValue: format.rawValue) {
            return CommandResult(output: TableRenderer.render(table, as: text))
        }
        // One small chart per region: its pool on the date and the three months after.
        let panels = Set(byRegion.flatMap(\.keys)).sorted().map { code in
            (
                title: EvaluationPack.regionName(code, workspace, strings),
                actual: byRegion.map { Double($0[code] ?? 0) as Double? }, target: dates.map { _ in nil as Double? }
            )
        }
        let title = table.title ?? ""
        let body =
            "<h1>" + HTMLPage.escape(title) + "</h1>\n<figure>"
            + SVGCharts.trends(panels, months: dates.map(YearMonth.init))
            + "</figure>\n" + HTMLPage.section(table)
        return CommandResult(output: HTMLPage.document(title: title, body: body, strings))
    }
}

extension Invocation {
    /// `--group A+`, refused with the spellings it takes.
    func bloodGroup() throws(UsageMessage) -> BloodGroup? {
        try arguments.value("group").map { text throws(UsageMessage) in
            guard let group = BloodGroup(text) else {
                throw .invalidValue(option: "group", value: text, expected: .bloodGroup)
            }
            return group
        }
    }
}
