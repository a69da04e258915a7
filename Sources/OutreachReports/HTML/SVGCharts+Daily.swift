import OutreachModel

extension SVGCharts {
    /// One panel per series set over days: a line per named series, each labelled at its right end and drawn in
    /// its own dash so it reads in black-and-white print, and a red dashed line at `threshold` (an alert level).
    public static func daily(
        _ panels: [(title: String, lines: [(label: String, values: [Double?])], threshold: Double?)],
        dates: [CivilDate]
    ) -> String {
        let width = 640.0
        let height = 170.0
        let dashes = ["", "6 3", "2 2", "8 3 2 3"]
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height) * panels.count)\" role=\"img\">"
        for (index, panel) in panels.enumerated() {
            let y0 = Double(index) * height
            let values = panel.lines.flatMap { $0.values.compactMap { $0 } } + [panel.threshold ?? 0]
            let scale = NiceScale(maximum: max(1, values.max() ?? 1), count: 4)
            let left = 42.0
            let right = width - 40
            let top = y0 + 18
            let bottom = y0 + height - 22
            func x(_ position: Int) -> Double {
                left + (right - left) * Double(position) / Double(max(1, dates.count - 1))
            }
            func y(_ value: Double) -> Double { bottom - (bottom - top) * min(value, scale.upper) / scale.upper }
            svg +=
                "<text x=\"4\" y=\"\(number(y0 + 12))\" font-size=\"10\" font-weight=\"bold\">\(HTMLPage.escape(panel.title))</text>"
            for tick in scale.ticks {
                svg +=
                    "<line x1=\"\(number(left))\" x2=\"\(number(right))\" y1=\"\(number(y(tick)))\" y2=\"\(number(y(tick)))\" stroke=\"#ddd\"/>"
                svg +=
                    "<text x=\"\(number(left - 3))\" y=\"\(number(y(tick) + 3))\" font-size=\"8\" text-anchor=\"end\">\(label(tick))</text>"
            }
            if let first = dates.first, let last = dates.last {
                svg +=
                    "<text x=\"\(number(left))\" y=\"\(number(bottom + 11))\" font-size=\"7\">\(first)</text>"
                    + "<text x=\"\(number(right))\" y=\"\(number(bottom + 11))\" font-size=\"7\" text-anchor=\"end\">\(last)</text>"
            }
            if let threshold = panel.threshold {
                svg +=
                    "<line x1=\"\(number(left))\" x2=\"\(number(right))\" y1=\"\(number(y(threshold)))\" y2=\"\(number(y(threshold)))\" stroke=\"#c0392b\" stroke-dasharray=\"5 3\"/>"
            }
            for (position, line) in panel.lines.enumerated() {
                let dash = dashes[position % dashes.count]
                let style =
                    "stroke=\"#222\" stroke-width=\"1.3\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")
                svg += path(line.values, x: x, y: y, style: style)
                if let end = line.values.lastIndex(where: { $0 != nil }), let value = line.values[end] {
                    svg +=
                        "<text x=\"\(number(x(end) + 3))\" y=\"\(number(y(value) + 3))\" font-size=\"8\">\(HTMLPage.escape(line.label))</text>"
                }
            }
        }
        return svg + "</svg>"
    }
}
