/// The kind of an administrative division, as the National Bureau of Statistics names them.
public enum RegionKind: String, CaseIterable, Sendable, Codable {
    case city
    case district
    case countyLevelCity = "county-level-city"
    case county
    case banner
    case town
    case township
    case subdistrict
    case sumu
    /// A statistical unit that is not an administrative area: state farm, salt works, development-zone office.
    case otherUnit = "other-unit"

    /// 0 for the prefecture-level city, 1 for county-level areas, 2 for township-level units; nil for statistical
    /// units, which exist at both county level (development zones) and township level (state farms).
    public var level: Int? {
        switch self {
        case .city: return 0
        case .district, .countyLevelCity, .county, .banner: return 1
        case .town, .township, .subdistrict, .sumu: return 2
        case .otherUnit: return nil
        }
    }
}
