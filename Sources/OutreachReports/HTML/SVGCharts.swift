import OutreachModel

/// Hand-written SVG charts that read in black-and-white print: lines differ by dash, bars by fill and outline,
/// heat-map cells carry their number.
public enum SVGCharts {
    static func number(_ value: Double) -> String { Table.decimal(value, digits: 1, grouped: false) }
    static func label(_ value: Double) -> String { Table.decimal(value, digits: 0, grouped: true) }

    /// Small multiples: one panel per series with a solid line for actual values and a dashed one for the target.
    public static func trends(_ panels: [(title: String, actual: [Double?], target: [Double?])], months: [YearMonth])
        -> String
    {
        let columns = 3
        let width = 220.0
        let height = 130.0
        let rows = (panels.count + columns - 1) / columns
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width) * columns) \(Int(height) * rows)\" role=\"img\">"
        for (index, panel) in panels.enumerated() {
            let x0 = Double(index % columns) * width
            let y0 = Double(index / columns) * height
            let scale = NiceScale(maximum: (panel.actual + panel.target).compactMap { $0 }.max() ?? 1, count: 3)
            let left = x0 + 42
            let right = x0 + width - 8
            let top = y0 + 18
            let bottom = y0 + height - 22
            func x(_ position: Int) -> Double {
                left + (right - left) * Double(position) / Double(max(1, months.count - 1))
            }
            func y(_ value: Double) -> Double { bottom - (bottom - top) * value / scale.upper }
            svg +=
                "<text x=\"\(number(x0 + 4))\" y=\"\(number(y0 + 12))\" font-size=\"10\" font-weight=\"bold\">\(HTMLPage.escape(panel.title))</text>"
            for tick in scale.ticks {
                svg +=
                    "<line x1=\"\(number(left))\" x2=\"\(number(right))\" y1=\"\(number(y(tick)))\" y2=\"\(number(y(tick)))\" stroke=\"#ddd\"/>"
                svg +=
                    "<text x=\"\(number(left - 3))\" y=\"\(number(y(tick) + 3))\" font-size=\"8\" text-anchor=\"end\">\(label(tick))</text>"
            }
            // The first and last months anchored inside the frame; a January too close to either is left out.
            let last = months.count - 1
            for position in months.indices {
                let isEnd = position == 0 || position == last
                guard isEnd || (months[position].month == 1 && x(position) - x(0) > 34 && x(last) - x(position) > 34)
                else { continue }
                let anchor = position == 0 ? "start" : position == last ? "end" : "middle"
                svg +=
                    "<text x=\"\(number(x(position)))\" y=\"\(number(bottom + 11))\" font-size=\"7\" text-anchor=\"\(anchor)\">\(months[position])</text>"
            }
            svg += path(panel.target, x: x, y: y, style: "stroke=\"#555\" stroke-dasharray=\"4 3\"")
            svg += path(panel.actual, x: x, y: y, style: "stroke=\"#111\" stroke-width=\"1.6\"")
        }
        return svg + "</svg>"
    }

    /// A polyline through the present values; gaps break the line.
    static func path(_ values: [Double?], x: (Int) -> Double, y: (Double) -> Double, style: String) -> String {
        var result = ""
        var points: [String] = []
        func flush() {
            if points.count > 1 {
                result += "<polyline fill=\"none\" \(style) points=\"\(points.joined(separator: " "))\"/>"
            }
            points = []
        }
        for (position, value) in values.enumerated() {
            if let value { points.append(number(x(position)) + "," + number(y(value))) } else { flush() }
        }
        flush()
        return result
    }

    /// Horizontal bars per row: a filled bar for the first value, a hollow one for the second, a line at 100.
    public static func attainment(_ rows: [(label: String, month: Double?, yearToDate: Double?)]) -> String {
        let width = 660.0
        let rowHeight = 22.0
        let left = 130.0
        let scale = NiceScale(
            maximum: max(120, rows.flatMap { [$0.month, $0.yearToDate] }.compactMap { $0 }.max() ?? 0), count: 5)
        let height = rowHeight * Double(rows.count) + 24
        func x(_ value: Double) -> Double { left + (width - left - 10) * max(0, value) / scale.upper }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        for tick in scale.ticks {
            svg +=
                "<line x1=\"\(number(x(tick)))\" x2=\"\(number(x(tick)))\" y1=\"0\" y2=\"\(number(height - 16))\" stroke=\"#ddd\"/>"
            svg +=
                "<text x=\"\(number(x(tick)))\" y=\"\(number(height - 4))\" font-size=\"8\" text-anchor=\"middle\">\(label(tick))</text>"
        }
        // Value labels start past both the bar's end and the 100 line, so the line never runs through a number.
        func labelX(_ value: Double) -> Double { max(x(value), x(100)) + 4 }
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight + 4
            svg +=
                "<text x=\"\(number(left - 4))\" y=\"\(number(y + 12))\" font-size=\"9\" text-anchor=\"end\">\(HTMLPage.escape(row.label))</text>"
            if let month = row.month {
                svg +=
                    "<rect x=\"\(number(left))\" y=\"\(number(y))\" width=\"\(number(x(month) - left))\" height=\"8\" fill=\"#444\"/>"
                svg +=
                    "<text x=\"\(number(labelX(month)))\" y=\"\(number(y + 7))\" font-size=\"7\">\(number(month))</text>"
            }
            if let total = row.yearToDate {
                svg +=
                    "<rect x=\"\(number(left))\" y=\"\(number(y + 9))\" width=\"\(number(x(total) - left))\" height=\"8\" fill=\"#fff\" stroke=\"#444\"/>"
                svg +=
                    "<text x=\"\(number(labelX(total)))\" y=\"\(number(y + 16))\" font-size=\"7\">\(number(total))</text>"
            }
        }
        svg +=
            "<line x1=\"\(number(x(100)))\" x2=\"\(number(x(100)))\" y1=\"0\" y2=\"\(number(height - 16))\" stroke=\"#000\" stroke-width=\"1.5\"/>"
        return svg + "</svg>"
    }

    /// A grid of cells shaded by value (darker is higher), each printed with its value; empty where nil.
    /// Rows × columns of values, each column shaded from white (0) to dark grey (its largest value).
    public static func heatMap(rows: [String], columns: [String], values: [[Double?]]) -> String {
        let left = 120.0
        let top = 70.0
        let cellWidth = max(34, min(60, 540 / Double(max(1, columns.count))))
        let cellHeight = 18.0
        let width = left + cellWidth * Double(columns.count) + 4
        let height = top + cellHeight * Double(rows.count) + 4
        // Each column shaded against its own largest value: one channel's big numbers (appeals bring thousands)
        // would otherwise leave every other column white.
        let maxima = columns.indices.map { column in values.compactMap { $0[column] }.max() ?? 0 }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        for (column, title) in columns.enumerated() {
            let x = left + cellWidth * (Double(column) + 0.5)
            svg +=
                "<text transform=\"translate(\(number(x)),\(number(top - 4))) rotate(-45)\" font-size=\"8\">\(HTMLPage.escape(title))</text>"
        }
        for (row, title) in rows.enumerated() {
            let y = top + cellHeight * Double(row)
            svg +=
                "<text x=\"\(number(left - 4))\" y=\"\(number(y + 12))\" font-size=\"9\" text-anchor=\"end\">\(HTMLPage.escape(title))</text>"
            for column in columns.indices {
                let x = left + cellWidth * Double(column)
                guard let value = values[row][column] else {
                    svg +=
                        "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(cellWidth))\" height=\"\(number(cellHeight))\" fill=\"#fff\" stroke=\"#ccc\"/>"
                    continue
                }
                let share = maxima[column] > 0 ? max(0, value) / maxima[column] : 0
                let grey = Int(245 - 170 * share)
                let ink = share > 0.6 ? "#fff" : "#000"
                svg +=
                    "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(cellWidth))\" height=\"\(number(cellHeight))\" fill=\"rgb(\(grey),\(grey),\(grey))\" stroke=\"#ccc\"/>"
                svg +=
                    "<text x=\"\(number(x + cellWidth / 2))\" y=\"\(number(y + 12))\" font-size=\"8\" text-anchor=\"middle\" fill=\"\(ink)\">\(number(value))</text>"
            }
        }
        return svg + "</svg>"
    }
}
