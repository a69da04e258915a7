import OutreachEvaluation
import OutreachModel

extension EvaluationPack {
    /// The meeting pack as one self-contained HTML page with its three charts.
    public func html(_ strings: any Catalog) -> String {
        var body = "<h1>" + HTMLPage.escape(title(strings)) + "</h1>\n<ul>\n"
        body += subtitle(strings).map { "<li>" + HTMLPage.escape($0) + "</li>\n" }.joined() + "</ul>\n"
        body += HTMLPage.section(indicatorsTable(strings))
        let attainment = ([evaluation.city] + evaluation.regions).map {
            (regionName($0.regionCode, strings), $0.value(.monthAttainment), $0.value(.yearToDateAttainment))
        }
        body += figure(strings.evaluation(.sectionAttainment), SVGCharts.attainment(attainment))
        body += findingsSection(strings)
        body += HTMLPage.section(actionsTable(strings))
        if evaluation.actions.isEmpty {
            body += "<p class=\"note\">" + HTMLPage.escape(strings.evaluation(.noActions)) + "</p>\n"
        }
        body += suggestionSection(strings)
        let panels = evaluation.trends.map { (regionName($0.regionCode, strings), $0.units, $0.targets) }
        body += figure(
            strings.evaluation(.sectionTrends), SVGCharts.trends(panels, months: evaluation.trends.first?.months ?? []))
        body += figure(strings.evaluation(.sectionHeatMap), heatMap(strings))
        body +=
            "<p class=\"note\">"
            + HTMLPage.escape(
                strings.evaluation(.windowNote(from: evaluation.window.first!, to: evaluation.window.last!)) + " "
                    + strings.evaluation(.attributionNote)) + "</p>\n"
        body += HTMLPage.section(definitionsTable(strings))
        return HTMLPage.document(title: title(strings), body: body, strings)
    }

    private func suggestionSection(_ strings: any Catalog) -> String {
        guard let (title, lines) = suggestionLines(strings) else { return "" }
        var html = "<h2>" + HTMLPage.escape(title) + "</h2>\n<ul>\n"
        html += (lines + (suggestions?.summary(strings) ?? [])).map { "<li>" + HTMLPage.escape($0) + "</li>\n" }
            .joined()
        html += "</ul>\n"
        guard let suggestions else { return html }
        if !suggestions.suggestions.moves.isEmpty {
            var table = suggestions.table(strings, limit: Self.shownMoves)
            table.title = nil
            html += HTMLPage.section(table)
            let more = suggestions.suggestions.moves.count - Self.shownMoves
            if more > 0 { html += "<p class=\"note\">" + HTMLPage.escape(strings.model(.moreMoves(more))) + "</p>\n" }
        }
        return html + "<p class=\"note\">" + HTMLPage.escape(strings.model(suggestions.note)) + "</p>\n"
    }

    private func figure(_ caption: String, _ svg: String) -> String {
        "<h2>" + HTMLPage.escape(caption) + "</h2>\n<figure>" + svg + "</figure>\n"
    }

    private func findingsSection(_ strings: any Catalog) -> String {
        guard !evaluation.findings.isEmpty else {
            return "<h2>" + HTMLPage.escape(strings.evaluation(.sectionFindings)) + "</h2>\n<p>"
                + HTMLPage.escape(strings.evaluation(.noFindings)) + "</p>\n"
        }
        let more =
            shownFindings.count < evaluation.findings.count
            ? "<p class=\"note\">"
                + HTMLPage.escape(
                    strings.evaluation(.moreFindings(shown: shownFindings.count, total: evaluation.findings.count)))
                + "</p>\n" : ""
        return HTMLPage.section(findingsTable(strings, shownOnly: true)) + more
    }

    private func heatMap(_ strings: any Catalog) -> String {
        let channels = workspace.channels.filter { channel in
            evaluation.channelYields.contains { $0.channel == channel.code }
        }
        let regions = evaluation.regions.map(\.regionCode)
        var lookup: [String: Double] = [:]
        for value in evaluation.channelYields {
            if let perEvent = value.perEvent { lookup[value.regionCode + "|" + value.channel] = perEvent }
        }
        return SVGCharts.heatMap(
            rows: regions.map { regionName($0, strings) },
            columns: channels.map { strings.localized($0.name, english: $0.englishName) },
            values: regions.map { region in channels.map { lookup[region + "|" + $0.code] } })
    }
}
