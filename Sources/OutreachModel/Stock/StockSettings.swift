/// How the station reads its stock (`Templates/stock.json`, overridable in `workspace.json › stock`): the alert
/// levels, mildest first, with the days of supply below which each component is at the level and for how many
/// days in a row; what the planner does at each level; and the blood-group mix assumed where the station's own
/// donations do not give one. Every figure is a documented default, to be set by the station.
public struct StockSettings: Hashable, Sendable, Codable {
    public var source: String
    public var notes: String
    /// Days of issues the expected daily issues are the mean of.
    public var trailingDays: Int
    /// Days the projection looks ahead.
    public var projectionDays: Int
    public var levels: [StockLevel]
    /// Share of each blood group among donors (`O+`: 0.339), where imported donations give no mix.
    public var groupMix: [String: Double]
    /// Team working days a month the shortage response may ask for (Maoming 2023: 27).
    public var maximumTeamDaysPerMonth: Int
    /// A series issuing less than this a day does not trigger a shortage plan (its few units are recalled for).
    public var minimumDailyIssues: Double
    /// Share of donors who give within the window when recalled the day they become eligible; a default.
    public var recallResponse: Double
    /// Months after which that share has halved: a donor long lapsed answers less often.
    public var recallHalfLifeMonths: Double

    public init(
        source: String = "", notes: String = "", trailingDays: Int = 28, projectionDays: Int = 14,
        levels: [StockLevel] = [], groupMix: [String: Double] = [:], maximumTeamDaysPerMonth: Int = 27,
        minimumDailyIssues: Double = 1, recallResponse: Double = 0.15, recallHalfLifeMonths: Double = 12
    ) {
        self.minimumDailyIssues = minimumDailyIssues
        self.recallResponse = recallResponse
        self.recallHalfLifeMonths = recallHalfLifeMonths
        self.source = source
        self.notes = notes
        self.trailingDays = trailingDays
        self.projectionDays = projectionDays
        self.levels = levels
        self.groupMix = groupMix
        self.maximumTeamDaysPerMonth = maximumTeamDaysPerMonth
    }

    /// The share of `group` among donors, from `groupMix` (0 when it is not listed).
    public func share(of group: BloodGroup) -> Double { groupMix[group.description] ?? 0 }

    /// What is wrong with the levels, as key paths of the settings file: unknown components or groups, days or
    /// weights that do not grow stricter from one level to the next, a mix that does not add up to 1.
    public func problems() -> [(keyPath: String, kind: ProblemKind)] {
        var found: [(String, ProblemKind)] = []
        let components = BloodComponent.allCases.map(\.rawValue)
        for (index, level) in levels.enumerated() {
            for key in level.days.keys.sorted() where BloodComponent(rawValue: key) == nil {
                found.append(
                    (
                        "levels[\(index)].days.\(key)",
                        .invalidValue(field: "days", value: key, expected: .oneOf(components))
                    ))
            }
            if level.consecutiveDays < 1 {
                found.append(
                    (
                        "levels[\(index)].consecutiveDays",
                        .invalidValue(
                            field: "consecutiveDays", value: String(level.consecutiveDays), expected: .positiveInteger)
                    ))
            }
            guard index > 0 else { continue }
            let previous = levels[index - 1]
            for component in BloodComponent.allCases {
                guard let days = level.days[component.rawValue], let before = previous.days[component.rawValue],
                    days >= before
                else { continue }
                found.append(
                    (
                        "levels[\(index)].days.\(component.rawValue)",
                        .stockLevelsNotOrdered(
                            level: level.id, previous: previous.id, field: component.rawValue, value: days,
                            previousValue: before)
                    ))
            }
            for (field, value, before) in [
                ("surplusWeight", level.surplusWeight, previous.surplusWeight),
                ("groupWeight", level.groupWeight, previous.groupWeight),
            ] where value < before {
                found.append(
                    (
                        "levels[\(index)].\(field)",
                        .stockLevelsNotOrdered(
                            level: level.id, previous: previous.id, field: field, value: value, previousValue: before)
                    ))
            }
        }
        for key in groupMix.keys.sorted() where BloodGroup(key) == nil {
            found.append(
                ("groupMix.\(key)", .invalidValue(field: "groupMix", value: key, expected: .bloodGroup)))
        }
        let total = groupMix.values.reduce(0, +)
        if !groupMix.isEmpty, abs(total - 1) > 0.01 {
            found.append(
                (
                    "groupMix",
                    .invalidValue(field: "groupMix", value: String(total), expected: .sumOfShares)
                ))
        }
        return found
    }
}

/// One alert level: a component is at it when its days of supply have been below `days` for `consecutiveDays`
/// days in a row (the day itself included).
public struct StockLevel: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var englishName: String
    /// Days of supply, by component code (`red-cells`); a component not listed never reaches the level.
    public var days: [String: Double]
    public var consecutiveDays: Int
    /// The planner's weight of units beyond a month's target at this level (in place of `surplusWeight`): in a
    /// shortage, stock building is what is needed.
    public var surplusWeight: Double
    /// Extra value of a unit of the short group, as a share of a unit (0.5: one and a half).
    public var groupWeight: Double
    /// Whether the shortage-only campaigns (emergency appeals, extended fixed-site hours) are planned.
    public var shortageCampaigns: Bool

    public init(
        id: String, name: String, englishName: String, days: [String: Double], consecutiveDays: Int,
        surplusWeight: Double, groupWeight: Double, shortageCampaigns: Bool
    ) {
        self.id = id
        self.name = name
        self.englishName = englishName
        self.days = days
        self.consecutiveDays = consecutiveDays
        self.surplusWeight = surplusWeight
        self.groupWeight = groupWeight
        self.shortageCampaigns = shortageCampaigns
    }

    public func days(for component: BloodComponent) -> Double? { days[component.rawValue] }
}
