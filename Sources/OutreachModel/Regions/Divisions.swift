/// The country's official division codes (National Bureau of Statistics), from which `outreach init` lays out a
/// city's regions: the city, its county-level areas and, if asked, their townships and streets.
public struct Divisions: Sendable {
    /// A division with its full code: 2 digits for a province, 6 for a city or county, 9 for a township.
    public struct Unit: Sendable, Hashable {
        public var code: String
        public var name: String
        /// The code of the unit above: the province (2 digits) for a city, the city (6) for a county, the
        /// county (6) for a township.
        public var parent: String

        public init(code: String, name: String, parent: String) {
            self.code = code
            self.name = name
            self.parent = parent
        }
    }

    /// What a city name or code finds.
    public enum Match: Sendable, Equatable {
        case found(Unit)
        case ambiguous([Unit])
        case unknown(suggestions: [String])
    }

    public var provinces: [Unit]
    /// Prefecture-level cities, codes padded to 6 digits; a municipality's 市辖区 / 县 rows are not cities.
    public var cities: [Unit]
    public var counties: [Unit]
    public var townships: [Unit]

    public init(provinces: [Unit], cities: [Unit], counties: [Unit], townships: [Unit]) {
        self.provinces = provinces
        self.cities = cities.filter { !Self.municipalityRows.contains($0.name) }
        self.counties = counties
        self.townships = townships
        let provinceCodes = Set(provinces.map(\.code))
        municipalities = provinces.filter { province in
            provinceCodes.contains(province.code)
                && cities.contains { $0.parent == province.code && Self.municipalityRows.contains($0.name) }
        }
    }

    /// Beijing, Tianjin, Shanghai, Chongqing: provinces that are cities, with 6-digit codes (`110000`).
    public private(set) var municipalities: [Unit]

    static let municipalityRows: Set<String> = ["市辖区", "县"]

    /// Finds a city (or a municipality, or a county-level unit for a county's own station) by name — with or
    /// without its suffix, 十堰市 or 十堰 — or by code: 4 or 6 digits.
    public func city(_ query: String) -> Match {
        let key = query.trimmingSpaces()
        let candidates =
            municipalities.map { Unit(code: $0.code + "0000", name: $0.name, parent: $0.code) } + cities + counties
        let digits = key.allSatisfy(\.isASCIIDigit)
        let matches: [Unit]
        if digits {
            let code = key.count == 4 ? key + "00" : key.count == 2 ? key + "0000" : key
            matches = candidates.filter { $0.code == code }
        } else {
            let exact = candidates.filter { $0.name == key }
            matches = exact.isEmpty ? candidates.filter { Self.stem($0.name) == Self.stem(key) } : exact
        }
        switch matches.count {
        case 1: return .found(matches[0])
        case 0:
            let names = (municipalities + cities).map(\.name)
            let suggestion = NearestName.suggestion(for: key, among: names)
            let containing = names.filter { !key.isEmpty && ($0.contains(key) || key.contains(Self.stem($0))) }
            var seen: Set<String> = []
            let unique = ((suggestion.map { [$0] } ?? []) + containing).filter { seen.insert($0).inserted }
            return .unknown(suggestions: Array(unique.prefix(5)))
        default: return .ambiguous(matches)
        }
    }

    /// A unit with the names above it, so two 朝阳区 can be told apart: `220104 朝阳区(吉林省 长春市)`.
    public func label(_ unit: Unit) -> String {
        var above: [String] = []
        var parent = unit.parent
        while !parent.isEmpty, let next = self.unit(parent), next.code != unit.code {
            above.insert(next.name, at: 0)
            parent = next.parent
        }
        return unit.code + " " + unit.name + (above.isEmpty ? "" : "(" + above.joined(separator: " ") + ")")
    }

    /// The regions of a workspace for `root`: the root as the city, its county-level units and, when asked, their
    /// township-level units, with kinds from the official names and codes.
    public func regions(under root: Unit, townships includeTownships: Bool) -> [Region] {
        let isMunicipality = root.code.hasSuffix("0000")
        let isCounty = counties.contains(root)
        let areas =
            isCounty ? [] : counties.filter { isMunicipality ? $0.code.hasPrefix(root.parent) : $0.parent == root.code }
        var regions = [
            Region(code: root.code, name: root.name, kind: isCounty ? Self.countyKind(root) : .city, parentCode: nil)
        ]
        let townshipsByCounty = Dictionary(grouping: includeTownships ? townships : [], by: \.parent)
        for area in (isCounty ? [] : areas) {
            regions.append(Region(code: area.code, name: area.name, kind: Self.countyKind(area), parentCode: root.code))
            for township in townshipsByCounty[area.code] ?? [] {
                regions.append(
                    Region(
                        code: township.code, name: township.name, kind: Self.townshipKind(township),
                        parentCode: area.code))
            }
        }
        if isCounty {
            for township in townshipsByCounty[root.code] ?? [] {
                regions.append(
                    Region(
                        code: township.code, name: township.name, kind: Self.townshipKind(township),
                        parentCode: root.code))
            }
        }
        return regions
    }

    private func unit(_ code: String) -> Unit? {
        if code.count == 2 { return provinces.first { $0.code == code } }
        // A municipality's counties hang under its 市辖区 row (`110100`): their parent is the province.
        return cities.first { $0.code == code } ?? counties.first { $0.code == code }
            ?? provinces.first { code.hasSuffix("00") && $0.code == code.prefix(2) }
    }

    /// Development zones and other statistical units (经济技术开发区, 高新区, 管理区: numbered 70–80 within their
    /// city) are not administrative areas; 滨海新区 (120116) is.
    static func countyKind(_ unit: Unit) -> RegionKind {
        let statistical = ["开发区", "高新", "管理区", "园区", "示范区", "新区", "工业区", "试验区"]
        if let number = Int(unit.code.dropFirst(4).prefix(2)), (70...80).contains(number),
            statistical.contains(where: unit.name.contains)
        {
            return .otherUnit
        }
        if unit.name.hasSuffix("旗") { return .banner }
        if unit.name.hasSuffix("县") { return .county }
        if unit.name.hasSuffix("市") { return .countyLevelCity }
        if unit.name.hasSuffix("区") { return .district }
        return .otherUnit
    }

    static func townshipKind(_ unit: Unit) -> RegionKind {
        if unit.name.hasSuffix("街道") || unit.name.hasSuffix("街道办事处") { return .subdistrict }
        if unit.name.hasSuffix("苏木") { return .sumu }
        if unit.name.hasSuffix("镇") { return .town }
        if unit.name.hasSuffix("乡") { return .township }
        return .otherUnit
    }

    /// A name without its level suffix: 十堰市 → 十堰, 锡林郭勒盟 → 锡林郭勒.
    static func stem(_ name: String) -> String {
        for suffix in ["自治州", "地区", "市", "盟", "州", "区", "县", "旗"]
        where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
