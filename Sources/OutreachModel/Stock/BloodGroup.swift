/// An ABO × RhD blood group: `A+`, `O-`; read also as the Chinese forms staff and hospitals write (`A型RhD阳性`,
/// `A型Rh阳性`, `O型Rh(-)`). A blood group does not identify a person: it is kept with a donor's keyed hash.
public struct BloodGroup: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum ABO: String, CaseIterable, Sendable, Comparable {
        case o = "O"
        case a = "A"
        case b = "B"
        case ab = "AB"

        public static func < (lhs: ABO, rhs: ABO) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var abo: ABO
    public var rhPositive: Bool

    public init(_ abo: ABO, rhPositive: Bool) {
        self.abo = abo
        self.rhPositive = rhPositive
    }

    /// In stock-list order: O+, A+, B+, AB+, O-, A-, B-, AB-.
    public static let all: [BloodGroup] = [true, false].flatMap { positive in
        ABO.allCases.map { BloodGroup($0, rhPositive: positive) }
    }

    /// `A+`, `A-`, `AB+`, `A型RhD阳性`, `A型Rh阳性`, `A型Rh(+)`, `a rh+`; the minus may be `−` or `－`. Nil otherwise.
    public init?(_ text: String) {
        var rest = Substring(text.uppercased().filter { !$0.isWhitespace })
        let abo: ABO
        if rest.hasPrefix("AB") {
            abo = .ab
            rest = rest.dropFirst(2)
        } else if let first = rest.first, let found = ABO(rawValue: String(first)) {
            abo = found
            rest = rest.dropFirst()
        } else {
            return nil
        }
        if rest.hasPrefix("型") { rest = rest.dropFirst() }
        for prefix in ["RH(D)", "RH（D）", "RHD", "RH"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        let sign = rest.filter { !"()()".contains($0) }
        switch sign {
        case "+", "阳性", "阳", "POS", "POSITIVE", "＋": self.init(abo, rhPositive: true)
        case "-", "−", "－", "阴性", "阴", "NEG", "NEGATIVE": self.init(abo, rhPositive: false)
        default: return nil
        }
    }

    /// From an export's ABO column and RhD column (`A型` and `阳性`, `AB` and `RhD-`), or from one column that
    /// holds both (`A+`, `A型RhD阳性`) when `rhd` is nil. Nil when either is not a spelling of its kind.
    public init?(abo: String, rhd: String?) {
        if let group = BloodGroup(abo) {
            self = group
            return
        }
        guard let rhd, let type = BloodGroup.abo(abo), let sign = BloodGroup("O" + rhd) else { return nil }
        self.init(type, rhPositive: sign.rhPositive)
    }

    /// `A`, `a型`, `AB`: the ABO type alone.
    public static func abo(_ text: String) -> ABO? {
        var type = text.uppercased().filter { !$0.isWhitespace }
        if type.hasSuffix("型") { type.removeLast() }
        return ABO(rawValue: type)
    }

    /// Its position in `all` (0–7), the compact form the import keeps.
    public var index: Int { (rhPositive ? 0 : 4) + ABO.allCases.firstIndex(of: abo)! }

    /// RhD positive first, as stock lists are read: O+ A+ B+ AB+ O- A- B- AB-.
    public static func < (lhs: BloodGroup, rhs: BloodGroup) -> Bool {
        lhs.rhPositive != rhs.rhPositive ? lhs.rhPositive : lhs.abo < rhs.abo
    }

    public var description: String { abo.rawValue + (rhPositive ? "+" : "-") }
}

extension BloodGroup: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let group = BloodGroup(text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not a blood group: \(text)"))
        }
        self = group
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
