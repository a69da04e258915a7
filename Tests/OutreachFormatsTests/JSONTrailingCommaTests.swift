import Testing

@testable import OutreachFormats

@Suite struct JSONTrailingCommaTests {
    @Test(arguments: [
        ("{\"a\": 1,}", 1, 8), ("{\n  \"a\": [1, 2,\n  ]\n}", 2, 13), ("[1,\t\r\n]", 1, 3),
    ])
    func aCommaBeforeAClosingBracketIsFound(text: String, line: Int, column: Int) {
        let found = JSONTrailingComma.position(in: text)
        #expect(found?.line == line && found?.column == column)
    }

    @Test(arguments: ["{\"a\": 1, \"b\": [1, 2]}", "{\"a\": \",}\"}", "{\"a\": \"\\\",]\"}", "[]", "{}"])
    func validJSONHasNone(text: String) {
        #expect(JSONTrailingComma.position(in: text) == nil)
    }
}
