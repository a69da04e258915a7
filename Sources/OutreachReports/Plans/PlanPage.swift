import OutreachModel
import OutreachPlanning

/// A self-contained HTML page for a plan (inline CSS and SVG, no scripts or links) that prints on A4.
public enum PlanPage {
    public static func render(summary: PlanSummaryView?, drives: PlanDrivesView, _ strings: any Catalog) -> String {
        let title = summary?.headline(strings).first ?? drives.table(strings).title ?? ""
        var body = "<h1>" + HTMLPage.escape(title) + "</h1>\n"
        if let summary {
            body += "<ul class=\"headline\">\n"
            for line in summary.headline(strings, includingSolver: false).dropFirst() {
                body += "<li>" + HTMLPage.escape(line) + "</li>\n"
            }
            body += "</ul>\n"
            body += "<figure>" + chart(summary.plan, strings) + "</figure>\n"
            body += HTMLPage.section(summary.targetsTable(strings)) + HTMLPage.section(summary.teamsTable(strings))
            let notices = summary.notices(strings)
            if !notices.isEmpty {
                body += "<h2>" + HTMLPage.escape(strings.plan(.sectionNotices)) + "</h2>\n<ul>\n"
                body += notices.map { "<li>" + HTMLPage.escape($0) + "</li>\n" }.joined() + "</ul>\n"
            }
        }
        var table = drives.table(strings)
        if drives.audience == .publicSchedule {
            body += HTMLPage.section(drives.fixedSitesTable(strings))
            // The page's title already says what the schedule is: the section is the drives.
            table.title = strings.plan(.sectionDrives)
        }
        body += HTMLPage.section(table)
        if drives.audience == .publicSchedule {
            body += "<p class=\"note\">" + HTMLPage.escape(strings.plan(.publicFooter)) + "</p>\n"
        }
        if let summary {
            body += "<h2>" + HTMLPage.escape(strings.plan(.sectionSolver)) + "</h2>\n<ul class=\"note\">\n"
            body += summary.solverLines(strings).map { "<li>" + HTMLPage.escape($0) + "</li>\n" }.joined() + "</ul>\n"
        }
        return HTMLPage.document(title: title, body: body, strings)
    }

    /// Bars of expected units (fixed sites and drives) per month against a line for the target.
    static func chart(_ plan: Plan, _ strings: any Catalog) -> String {
        let months = Array(Set(plan.targets.map(\.month))).sorted()
        guard !months.isEmpty else { return "" }
        let fixed = months.map { month in plan.targets.filter { $0.month == month }.reduce(0) { $0 + $1.fixedSiteUnits }
        }
        let drives = months.map { month in plan.targets.filter { $0.month == month }.reduce(0) { $0 + $1.driveUnits } }
        let targets = months.map { month in
            plan.targets.filter { $0.month == month }.reduce(0) { $0 + ($1.target ?? 0) }
        }
        // "Nice" ticks (0, 5,000, 10,000 …), the top one above every bar and target.
        let scale = NiceScale(
            maximum: max(1, zip(fixed, drives).map { $0 + $1 }.max() ?? 1, targets.max() ?? 1), count: 5)
        let top = scale.upper
        let width = 680.0
        let height = 220.0
        let left = 50.0
        let bottom = 30.0
        let slot = (width - left - 10) / Double(months.count)
        func y(_ value: Double) -> Double { height - bottom - value / top * (height - bottom - 10) }
        func number(_ value: Double) -> String { Table.decimal(value, digits: 1, grouped: false) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        svg +=
            "<title>" + HTMLPage.escape(strings.text(.columnExpected) + " / " + strings.text(.columnTarget))
            + "</title>"
        for value in scale.ticks {
            svg +=
                "<line x1=\"\(number(left))\" x2=\"\(number(width - 10))\" y1=\"\(number(y(value)))\" y2=\"\(number(y(value)))\" stroke=\"#ddd\"/>"
            svg +=
                "<text x=\"\(number(left - 4))\" y=\"\(number(y(value) + 3))\" font-size=\"9\" text-anchor=\"end\">\(Table.decimal(value, digits: 0, grouped: true))</text>"
        }
        for index in months.indices {
            let x = left + Double(index) * slot + slot * 0.15
            let barWidth = slot * 0.7
            svg +=
                "<rect x=\"\(number(x))\" y=\"\(number(y(fixed[index])))\" width=\"\(number(barWidth))\" height=\"\(number(y(0) - y(fixed[index])))\" fill=\"#9ecae1\"/>"
            svg +=
                "<rect x=\"\(number(x))\" y=\"\(number(y(fixed[index] + drives[index])))\" width=\"\(number(barWidth))\" height=\"\(number(y(fixed[index]) - y(fixed[index] + drives[index])))\" fill=\"#c0392b\"/>"
            svg +=
                "<line x1=\"\(number(x - 2))\" x2=\"\(number(x + barWidth + 2))\" y1=\"\(number(y(targets[index])))\" y2=\"\(number(y(targets[index])))\" stroke=\"#222\" stroke-width=\"2\"/>"
            svg +=
                "<text x=\"\(number(x + barWidth / 2))\" y=\"\(number(height - bottom + 14))\" font-size=\"9\" text-anchor=\"middle\">\(months[index].description)</text>"
        }
        // The legend's marks in their series' colours.
        svg +=
            "<text x=\"\(number(left))\" y=\"\(number(height - 4))\" font-size=\"9\"><tspan fill=\"#9ecae1\">■</tspan> \(HTMLPage.escape(strings.text(.columnFixedSites)))  <tspan fill=\"#c0392b\">■</tspan> \(HTMLPage.escape(strings.text(.columnDriveUnits)))  <tspan font-weight=\"bold\">—</tspan> \(HTMLPage.escape(strings.text(.columnTarget)))</text>"
        return svg + "</svg>"
    }

}
