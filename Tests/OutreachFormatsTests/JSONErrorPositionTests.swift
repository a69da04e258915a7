import Testing

@testable import OutreachFormats

@Suite struct JSONErrorPositionTests {
    @Test func turnsAByteOffsetIntoLineAndColumn() throws {
        // Foundation counts UTF-8 bytes: the 'x' below is byte 27 but character 19.
        let text = "{\"名字\": \"茂名\",\n \"b\": x}"
        let position = try #require(
            JSONErrorPosition.lineAndColumn(describedBy: "Invalid value around character 27.", in: text))
        #expect(position.line == 2)
        #expect(position.column == 7)
    }

    @Test func givesNothingWhenTheMessageNamesNoPosition() {
        #expect(JSONErrorPosition.lineAndColumn(describedBy: "The data is not valid", in: "{}") == nil)
    }
}
