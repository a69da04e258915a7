import OutreachModel

/// The planning problem as data: every candidate drive with its value and resource use, and every constraint.
///
/// The planner solves it, `plan score` checks any schedule against it, and `--export-instance` writes it as
/// JSON so an exact solver can solve the same problem (format: README › Planning instance).
public struct PlanningProblem: Sendable, Codable {
    public var version = 1
    public var from: CivilDate
    public var to: CivilDate
    public var today: CivilDate
    public var objective: ObjectiveWeights
    /// Share of people coming forward who are deferred; they do not donate and stay in the pool.
    public var deferralRate: Double
    public var months: [Month]
    public var regions: [TargetRegion]
    public var teams: [TeamSlot]
    public var venues: [VenueSlot]
    public var candidates: [Candidate]
    /// Laboratory samples left for drives on each day of the horizon (fixed sites' expected samples taken off).
    public var labCapacity: [Double]
    /// Drives a team may hold in one month (`stock.json › maximumTeamDaysPerMonth`); nil in older instances.
    public var maximumTeamDaysPerMonth: Int?
    /// Drives before a re-plan date: they happened (or are about to) and stay as they are.
    public var kept: [Choice]
    /// Drives the user pinned: they stay, and must break no hard rule.
    public var pinned: [Choice]
    /// The previous plan's drives from the re-plan date on; the search keeps as many as it can.
    public var previous: [Choice]

    public struct Month: Sendable, Codable, Hashable {
        public var month: YearMonth
        /// 1, or `troughLeadWeight` in the month before a trough.
        public var weight: Double
        public var beforeTrough: Bool
    }

    /// A region whose monthly targets the plan serves; venues count towards the one that contains them.
    public struct TargetRegion: Sendable, Codable, Hashable {
        public var code: String
        /// One entry per horizon month: the target (prorated to the days inside the horizon), or nil.
        public var targets: [Double?]
        /// Where each month's target came from (`targets.csv` row, annual share).
        public var sources: [TargetSource?]
        /// Units the fixed sites are expected to collect, per horizon month.
        public var baselineUnits: [Double]
    }

    public struct TeamSlot: Sendable, Codable, Hashable {
        public var id: String
        public var base: String
    }

    public struct VenueSlot: Sendable, Codable, Hashable {
        public var id: String
        /// Index into `regions`, or nil when no target region contains the venue.
        public var region: Int?
        /// Eligible donors the venue reaches when nobody has donated recently.
        public var pool: Double
        /// Donors who gave there before the plan (from the imported donor table) and when they may give again;
        /// until then they are not in the pool. Nil in instances written before imports existed.
        public var waiting: [Waiting]?
        /// Extra value per unit collected here in a stock-triggered plan (README › Planning › Objective); nil: none.
        public var groupBonus: Double?

        public init(id: String, region: Int?, pool: Double, waiting: [Waiting]? = nil, groupBonus: Double? = nil) {
            self.id = id
            self.region = region
            self.pool = pool
            self.waiting = waiting
            self.groupBonus = groupBonus
        }

        /// The pool on a day: the full pool less the donors still waiting then.
        public func pool(on date: CivilDate) -> Double {
            max(0, pool - (waiting ?? []).reduce(0) { $0 + ($1.until > date ? $1.donors : 0) })
        }
    }

    public struct Waiting: Sendable, Codable, Hashable {
        /// The first day they may give again.
        public var until: CivilDate
        public var donors: Double

        public init(until: CivilDate, donors: Double) {
            self.until = until
            self.donors = donors
        }
    }

    /// A venue, a campaign and a day that break no hard rule, with the teams that could hold it.
    public struct Candidate: Sendable, Codable, Hashable {
        public var venue: Int
        public var template: String
        public var date: CivilDate
        /// When this drive's donors are eligible to give whole blood again.
        public var eligibleAgain: CivilDate
        /// No other drive at the venue within this many days either side (the larger of the two drives' values).
        public var revisitDays: Int
        /// Share of the venue's remaining pool expected to come forward.
        public var turnoutShare: Double
        public var unitsPerDonation: Double
        /// False when the day is sooner than the campaign's lead time: allowed only as a fixed drive.
        public var meetsLeadTime: Bool
        public var teams: [TeamOption]
    }

    public struct TeamOption: Sendable, Codable, Hashable {
        public var team: Int
        /// People the team can take at this venue in the campaign's hours.
        public var maximumTurnout: Double
        /// Steps in the region tree from the team's base to the venue.
        public var travelSteps: Int
    }

    /// A candidate held by a team.
    public struct Choice: Sendable, Codable, Hashable {
        public var candidate: Int
        public var team: Int

        public init(candidate: Int, team: Int) {
            self.candidate = candidate
            self.team = team
        }
    }

    /// Candidates by venue id, date and template, for matching drives read from files.
    func candidateIndex() -> [String: Int] {
        var index: [String: Int] = [:]
        for (number, candidate) in candidates.enumerated() {
            index[Self.key(venues[candidate.venue].id, candidate.date, candidate.template)] = number
        }
        return index
    }

    static func key(_ venue: String, _ date: CivilDate, _ template: String) -> String {
        venue + "|" + date.description + "|" + template
    }

    /// Team numbers by id.
    func teamIndex() -> [String: Int] {
        Dictionary(teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Turnout of a candidate at a venue nobody has given at recently, with the largest team that could hold it.
    func fullPoolTurnout(_ index: Int) -> Double {
        let candidate = candidates[index]
        return min(
            candidate.teams.map(\.maximumTurnout).max() ?? 0, candidate.turnoutShare * venues[candidate.venue].pool)
    }

    public var dayCount: Int { from.days(until: to) + 1 }
    public func day(of date: CivilDate) -> Int { from.days(until: date) }
    public func monthIndex(of date: CivilDate) -> Int {
        (date.year - from.year) * 12 + date.month - from.month
    }
}
