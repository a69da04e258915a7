/// What an error message may repeat of a value read from a file: nothing of a value that looks like an identity
/// (ID number, phone, e-mail, street address) — it may be a donor's, shifted into the wrong column — and no more
/// than a short prefix of a long value.
public enum ValueEcho {
    /// Characters shown of a long value before `…`.
    public static let shownCharacters = 40

    /// The value as a message may show it, or nil when it must not be shown at all.
    public static func shown(_ value: String) -> String? {
        if looksLikeIdentity(value) { return nil }
        guard value.count > shownCharacters else { return value }
        return String(value.prefix(shownCharacters)) + "…"
    }

    /// An ID number, phone or e-mail address anywhere in the value (as a whole or as a word of it), or a street
    /// address: a street or estate word together with a number (`人民路 12 号`, `幸福小区3栋`).
    public static func looksLikeIdentity(_ value: String) -> Bool {
        let words = value.split(whereSeparator: { " ,;,;/|".contains($0) }).map(String.init)
        for word in [value] + words {
            var bytes = Array(word.utf8)
            let found = bytes.withUnsafeBufferPointer { buffer in
                IdentityScreen.isResidentID(buffer) || IdentityScreen.isOldResidentID(buffer)
                    || IdentityScreen.isMobile(buffer) || IdentityScreen.isEmail(buffer)
            }
            bytes.removeAll()
            if found { return true }
        }
        let hasDigit = value.unicodeScalars.contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
        return hasDigit && addressWords.contains { value.contains($0) }
    }

    /// Words naming a street or an estate; with a number they make an address (`3号献血车` alone does not).
    static let addressWords = ["路", "街", "巷", "弄", "村", "小区", "大厦", "公寓", "花园", "苑"]
}
