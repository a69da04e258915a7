import Testing

@testable import OutreachReports

@Suite struct SVGChartsTests {
    /// The fill of every cell, in row-major order.
    func fills(_ svg: String) -> [String] {
        svg.components(separatedBy: "fill=\"rgb(").dropFirst().map { String($0.prefix { $0 != ")" }) }
    }

    @Test func eachHeatMapColumnIsShadedAgainstItsOwnLargestValue() {
        // One channel brings thousands per event, the other tens: both columns still run from light to dark.
        let svg = SVGCharts.heatMap(
            rows: ["甲", "乙"], columns: ["紧急呼吁", "乡镇科普"], values: [[6_984, 40], [1_000, 10]])
        #expect(fills(svg) == ["75,75,75", "75,75,75", "220,220,220", "202,202,202"])
    }

    @Test func anEmptyHeatMapCellIsWhite() {
        let svg = SVGCharts.heatMap(rows: ["甲"], columns: ["A", "B"], values: [[nil, 0]])
        #expect(svg.contains("fill=\"#fff\""))
        #expect(fills(svg) == ["245,245,245"])
    }
}
