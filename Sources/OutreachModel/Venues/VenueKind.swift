/// Where a drive can be held; each kind has its own rhythm of availability.
public enum VenueKind: String, CaseIterable, Sendable, Codable {
    /// College or university: students are the main force, but campuses empty in vacations.
    case college
    case school
    /// Government body or organ unit (机关单位): workdays only.
    case government
    /// Township market site (圩场/集市): drives follow the market-day cycle.
    case market
    case enterprise
    /// Street or square where a bloodmobile parks.
    case street
    /// Fixed donation house (献血屋 / 固定采血点) with opening hours.
    case fixedSite = "fixed-site"
    case community
}
