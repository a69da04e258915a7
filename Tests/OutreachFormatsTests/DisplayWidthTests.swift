import Testing

@testable import OutreachFormats

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("茂名市", 6), ("区域领导甲 L01", 14), ("Ａ１", 4), ("e\u{0301}", 1), ("⚠ 无负责人", 10),
        ("한국", 4), ("", 0),
    ])
    func countsWideCharactersAsTwoColumns(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func padsToAColumnWidthOnEitherSide() {
        #expect(DisplayWidth.pad("茂名", to: 6) == "茂名  ")
        #expect(DisplayWidth.pad("42", to: 5, alignRight: true) == "   42")
        #expect(DisplayWidth.pad("too long", to: 3) == "too long")
    }
}
