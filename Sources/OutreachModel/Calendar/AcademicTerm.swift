/// A college or school term; outside terms the campus is on vacation.
public struct AcademicTerm: Hashable, Sendable {
    public var name: String
    public var period: Period

    public init(name: String, period: Period) {
        self.name = name
        self.period = period
    }
}

/// A local campaign period such as Shiyan's civil-servant donation month (July, by city notice since 2014).
public struct CampaignPeriod: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Months of the year (1–12) the period covers.
    public var months: [Int]
    public var sinceYear: Int?
    public var notes: String

    public init(id: String, name: String, months: [Int], sinceYear: Int? = nil, notes: String = "") {
        self.id = id
        self.name = name
        self.months = months
        self.sinceYear = sinceYear
        self.notes = notes
    }
}

/// A fixed day of the year observed by blood services, such as World Blood Donor Day on 14 June.
public struct Observance: Hashable, Sendable {
    public var id: String
    public var name: String
    public var englishName: String
    public var month: Int
    public var day: Int

    public init(id: String, name: String, englishName: String, month: Int, day: Int) {
        self.id = id
        self.name = name
        self.englishName = englishName
        self.month = month
        self.day = day
    }
}
