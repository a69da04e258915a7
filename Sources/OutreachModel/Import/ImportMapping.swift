/// How a blood-management system's export maps onto what the import reads (`Templates/imports/NAME.json`). A new
/// system needs only a new mapping file: its header names, the words it uses for types and results, and what to do
/// with the identity columns it carries.
public struct ImportMapping: Hashable, Sendable, Codable {
    /// What a column holds.
    public enum Role: String, Sendable, Codable, CaseIterable {
        /// The donation date: `2026/1/5`, `2026-01-05`, `2026年1月5日`, or an Excel serial number.
        case date
        /// The donor's identifier in the system; replaced by a keyed hash, never stored.
        case donorKey
        /// Region by name or division code.
        case region
        /// Venue by id or name; gives the venue kind (and the region when there is no region column).
        case venue
        /// Venue kind, when the export has no venue the workspace knows.
        case venueKind
        /// Whole blood or apheresis platelets.
        case type
        /// Whole-blood volume: `400`, `400ml`, `2U`.
        case volume
        /// Platelet therapeutic doses.
        case doses
        case firstTime
        /// Donated or deferred at screening.
        case result
        /// Birth date or year, for the age limits of the eligible pool.
        case birthDate
        /// ABO blood group (`A`, `A型`), or the whole group in one column (`A+`, `A型RhD阳性`). Not identifying:
        /// kept with the donor's keyed hash for recall and the venues' group mix.
        case abo
        /// RhD (`阳性`, `阴性`, `+`, `-`), when the export has it in a column of its own.
        case rhd
    }

    /// What to do with a column that identifies a person.
    public enum IdentityHandling: String, Sendable, Codable {
        /// Never read.
        case drop
        /// Replaced by a keyed hash (then it acts as the donor key).
        case hash
    }

    public var name: String
    public var notes: String
    /// Header → role.
    public var columns: [String: Role]
    /// Header → handling, for every identity column the export carries.
    public var identity: [String: IdentityHandling]
    /// The export's words for types, results, yes/no and venue kinds (besides the built-in ones).
    public var types: [String: DonationType]
    public var results: [String: Bool]
    public var yesNo: [String: Bool]
    public var venueKinds: [String: VenueKind]

    public init(
        name: String, notes: String = "", columns: [String: Role], identity: [String: IdentityHandling] = [:],
        types: [String: DonationType] = [:], results: [String: Bool] = [:], yesNo: [String: Bool] = [:],
        venueKinds: [String: VenueKind] = [:]
    ) {
        self.name = name
        self.notes = notes
        self.columns = columns
        self.identity = identity
        self.types = types
        self.results = results
        self.yesNo = yesNo
        self.venueKinds = venueKinds
    }

    /// Roles every export must have.
    public static let requiredRoles: [Role] = [.date, .donorKey, .type]
}
