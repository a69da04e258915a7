/// Finds columns that identify a person, by header name (zh and en) and by the shape of their values: an 18-digit
/// resident ID whose check digit is right, or an 11-digit mainland mobile number. Other numbers (volumes, barcodes,
/// 18-digit numbers with a wrong check digit) are not identity.
public enum IdentityScreen {
    public enum Evidence: Hashable, Sendable {
        case header
        case idNumbers
        case mobileNumbers
    }

    /// Words that mark a header as identity wherever they appear, compared without spaces, punctuation or case.
    static let headerWords = [
        "姓名", "名字", "身份证", "证件号", "手机", "电话", "联系方式", "联系人", "地址", "住址", "户籍", "邮箱",
        "name", "idcard", "idnumber", "identity", "phone", "mobile", "telephone", "address", "addr", "email", "mail",
    ]
    /// Pinyin initials used as whole headers in station exports: 姓名, 身份证(号), 手机号, 电话, 联系电话, 地址, 住址, 邮箱.
    static let headerAbbreviations: Set<String> = ["xm", "sfz", "sfzh", "sjh", "dh", "lxdh", "dz", "zz", "yx"]

    /// Whether a header names identity data: `姓 名`, `Donor_Name`, `xm`, `户籍所在地` … but not a code or a venue name.
    public static func isIdentityHeader(_ header: String) -> Bool {
        let normal = String(
            header.lowercased().unicodeScalars.filter {
                !$0.properties.isWhitespace && !"_-.:()()：".unicodeScalars.contains($0)
            })
        if headerAbbreviations.contains(normal) { return true }
        return headerWords.contains { normal.contains($0) } && !normal.contains("编号") && !normal.contains("code")
            && normal != "venuename" && !normal.hasSuffix("点名称") && !normal.hasSuffix("名称")
    }

    /// A resident identity number (GB 11643-1999): 17 digits and a check character by ISO 7064 MOD 11-2.
    public static func isResidentID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 18 else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for index in 0..<17 {
            let digit = Int(bytes[index]) - 48
            guard (0...9).contains(digit) else { return false }
            sum += digit * weights[index]
        }
        let check = Array("10X98765432".utf8)[sum % 11]
        let last = bytes[17] == 0x78 ? 0x58 : bytes[17]
        return last == check
    }

    /// A first-generation resident identity number: 15 digits whose 7th to 12th are a date (YYMMDD).
    public static func isOldResidentID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 15, bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        let month = Int(bytes[8] - 48) * 10 + Int(bytes[9] - 48)
        let day = Int(bytes[10] - 48) * 10 + Int(bytes[11] - 48)
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// A mainland mobile number in any common spelling: 11 digits, 1 then 3–9, optionally after `+86`/`0086`/`86`,
    /// with spaces or dashes between groups (`+86 138-0013-8000`).
    public static func isMobile(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 11, bytes.count <= 20 else { return false }
        var digits: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if (0x30...0x39).contains(byte) {
                digits.append(byte)
            } else if byte == 0x20 || byte == 0x2D || (byte == 0x2B && index == 0) {
                continue
            } else {
                return false
            }
        }
        if digits.count == 15, digits.starts(with: [0x30, 0x30, 0x38, 0x36]) { digits.removeFirst(4) }
        if digits.count == 13, digits.starts(with: [0x38, 0x36]) { digits.removeFirst(2) }
        return digits.count == 11 && digits[0] == 0x31 && (0x33...0x39).contains(digits[1])
    }

    /// An e-mail address: text, one `@`, and a domain with a dot.
    public static func isEmail(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 254, let at = bytes.firstIndex(of: 0x40), at > 0,
            bytes[(at + 1)...].firstIndex(of: 0x40) == nil
        else { return false }
        let domain = bytes[(at + 1)...]
        guard let dot = domain.lastIndex(of: 0x2E) else { return false }
        return dot > at + 1 && dot < bytes.count - 1 && !bytes.contains(0x20)
    }

    /// Counts identity-shaped values in every value of a column; a column is identity when a fifth of its values
    /// are.
    public struct Tally: Sendable {
        public var values = 0
        public var ids = 0
        public var mobiles = 0

        public init() {}

        public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard !bytes.isEmpty else { return }
            values += 1
            if IdentityScreen.isResidentID(bytes) || IdentityScreen.isOldResidentID(bytes) { ids += 1 }
            if IdentityScreen.isMobile(bytes) || IdentityScreen.isEmail(bytes) { mobiles += 1 }
        }

        /// Adds another piece's counts: a file read in pieces is screened whole.
        public mutating func add(_ other: Tally) {
            values += other.values
            ids += other.ids
            mobiles += other.mobiles
        }

        public var evidence: Evidence? {
            guard values > 0 else { return nil }
            if ids * 5 >= values && ids > 0 { return .idNumbers }
            if mobiles * 5 >= values && mobiles > 0 { return .mobileNumbers }
            return nil
        }
    }
}
