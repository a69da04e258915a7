import OutreachModel

/// A donor as the workspace keeps them: a pseudonym, where and when they last gave, and what.
public struct ImportedDonor: Hashable, Sendable {
    /// The first 16 bytes of HMAC-SHA-256(workspace secret, donor key), in hexadecimal.
    public var key: String
    public var regionCode: String
    /// The venue of the last donation, when the export names one the workspace knows.
    public var venueID: String?
    public var lastDonation: CivilDate
    public var lastType: DonationType
    public var birthYear: Int?
    public var donations: Int
    /// ABO and RhD, when the export had them.
    public var bloodGroup: BloodGroup?

    public init(
        key: String, regionCode: String, venueID: String?, lastDonation: CivilDate, lastType: DonationType,
        birthYear: Int?, donations: Int, bloodGroup: BloodGroup? = nil
    ) {
        self.bloodGroup = bloodGroup
        self.key = key
        self.regionCode = regionCode
        self.venueID = venueID
        self.lastDonation = lastDonation
        self.lastType = lastType
        self.birthYear = birthYear
        self.donations = donations
    }
}
