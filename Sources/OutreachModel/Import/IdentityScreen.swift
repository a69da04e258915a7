/// Finds columns that identify a person, by header name (zh and en) and by the shape of their values: an 18-digit
/// resident ID whose check digit is right, or an 11-digit mainland mobile number. Other numbers (volumes, barcodes,
/// 18-digit numbers with a wrong check digit) are not identity.
public enum IdentityScreen {
    public enum Evidence: Hashable, Sendable {
        case header
        case idNumbers
        case mobileNumbers
    }

    static let headerWords = [
        "姓名", "名字", "身份证", "证件号", "证件号码", "手机", "电话", "联系方式", "地址", "住址", "家庭住址", "name",
        "id card", "id number", "idcard", "identity", "phone", "mobile", "telephone", "address",
    ]

    /// Whether a header names identity data.
    public static func isIdentityHeader(_ header: String) -> Bool {
        let lower = header.lowercased()
        return headerWords.contains { lower.contains($0) } && !lower.contains("编号") && !lower.contains("code")
            && lower != "venue name" && !lower.hasSuffix("点名称")
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

    /// A mainland mobile number: 11 digits, 1 then 3–9.
    public static func isMobile(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 11, bytes[0] == 0x31, (0x33...0x39).contains(bytes[1]) else { return false }
        return bytes.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Counts identity-shaped values in a column's sample; a column is identity when a fifth of its values are.
    public struct Tally: Sendable {
        public var values = 0
        public var ids = 0
        public var mobiles = 0

        public init() {}

        public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard !bytes.isEmpty else { return }
            values += 1
            if IdentityScreen.isResidentID(bytes) { ids += 1 }
            if IdentityScreen.isMobile(bytes) { mobiles += 1 }
        }

        public var evidence: Evidence? {
            guard values > 0 else { return nil }
            if ids * 5 >= values && ids > 0 { return .idNumbers }
            if mobiles * 5 >= values && mobiles > 0 { return .mobileNumbers }
            return nil
        }
    }
}
