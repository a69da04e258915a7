import Testing

@testable import OutreachModel

/// Identity columns are found however the header is written and whatever spelling the values use.
@Suite struct IdentityScreenTests {
    @Test(arguments: ["姓 名", "姓名", "Donor_Name", "xm", "SFZH", "联系人", "户籍所在地", "addr", "单位电话", "E-mail", "手机号"])
    func identityHeadersAreFound(header: String) {
        #expect(IdentityScreen.isIdentityHeader(header))
    }

    @Test(arguments: ["献血码", "献血者编号", "采血点名称", "venue name", "血量", "献血日期", "region code"])
    func otherHeadersAreNot(header: String) {
        #expect(!IdentityScreen.isIdentityHeader(header))
    }

    static func check(_ text: String, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(test)
    }

    @Test(arguments: ["13800138000", "+86 138 0013 8000", "138-0013-8000", "+8613800138000", "0086 13800138000"])
    func mobilesInAnySpellingAreFound(value: String) {
        #expect(Self.check(value, IdentityScreen.isMobile))
    }

    @Test(arguments: ["12800138000", "000000000068", "2026-10-03", "1380013800", "138001380001"])
    func otherNumbersAreNotMobiles(value: String) {
        #expect(!Self.check(value, IdentityScreen.isMobile))
    }

    @Test func fifteenDigitIDsAndEmailAddressesAreFound() {
        #expect(Self.check("440902850312123", IdentityScreen.isOldResidentID))
        #expect(!Self.check("000000000000068", IdentityScreen.isOldResidentID))
        #expect(Self.check("zhang.san@example.com", IdentityScreen.isEmail))
        #expect(!Self.check("a@b", IdentityScreen.isEmail) && !Self.check("@example.com", IdentityScreen.isEmail))
    }
}

/// What an error message may repeat of a value.
@Suite struct ValueEchoTests {
    @Test(arguments: [
        "440902199001011233", "13800138000", "张三 13800138000", "+86 138-0013-8000", "d1@example.cn",
        "茂南区人民路12号", "幸福小区3栋501室", "油城五路 8 号",
    ])
    func identityShapedValuesAreNotShown(value: String) {
        #expect(ValueEcho.shown(value) == nil)
    }

    @Test(arguments: ["茂南去", "固定献血点", "12a", "2026-13", "400ml", "人民路献血屋", "3号献血车"])
    func ordinaryValuesAreShown(value: String) {
        #expect(ValueEcho.shown(value) == value)
    }

    @Test func aLongValueIsCut() {
        let long = String(repeating: "甲", count: 5_000)
        #expect(ValueEcho.shown(long) == String(repeating: "甲", count: ValueEcho.shownCharacters) + "…")
        // And no nearest-name search is made for it.
        #expect(NearestName.suggestion(for: long, among: ["甲"]) == nil)
    }
}
