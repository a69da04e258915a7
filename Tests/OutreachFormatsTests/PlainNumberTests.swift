import Testing

@testable import OutreachFormats

@Suite struct PlainNumberTests {
    @Test(arguments: [
        ("12", 12.0), ("1,234", 1234), ("1，234.5", 1234.5), ("-3", -3), ("+7", 7), ("12.0", 12), ("0.5", 0.5),
        ("1.2E+07", 12_000_000), ("5e-3", 0.005),
    ])
    func plainNumbersAreRead(text: String, value: Double) {
        #expect(PlainNumber.parse(text) == value)
    }

    @Test(arguments: [
        "0x10", "1e+23", "1e-400", "inf", "nan", "infinity", "12 3", "12a", "", "-", ".", ",5", "1e", "1e+", "1-2",
        "1..2", "１２",
    ])
    func anythingElseIsRefused(text: String) {
        #expect(PlainNumber.parse(text) == nil)
    }

    @Test func integersNeverTrap() {
        #expect(PlainNumber.integer("9223372036854775808") == nil)
        #expect(PlainNumber.integer("12.5") == nil)
        #expect(PlainNumber.integer("1,000") == 1_000)
    }
}
