/// The planner's model parameters and objective weights, from `Templates/planning.json`; a workspace overrides
/// any key in `workspace.json › planning`. Every figure is a documented default, not a measurement.
public struct PlanningSettings: Hashable, Sendable, Codable {
    /// When drives start (HH:MM); the end follows from the campaign's hours.
    public var driveStart: String
    /// Donors one chair or bed takes per hour; caps a team's donors per drive (chairs × hours × this).
    public var donorsPerChairHour: Double
    /// Share of a fixed site's daily capacity used on an ordinary open day (Maoming: ~25 a day of 50–60).
    public var fixedSiteShareOfCapacity: Double
    /// Units per donation at fixed sites.
    public var fixedSiteUnitsPerDonation: Double
    /// Samples the laboratory can test per day, fixed sites included.
    public var labSamplesPerDay: Int
    /// Farthest a team goes from its base, in steps of the region tree (4 spans a city: township → county →
    /// city → county → township); a hard rule that keeps teams in their own city.
    public var maximumTravelSteps: Int
    /// Twelve monthly weights that split an annual target (January first); they need not sum to 1.
    public var seasonalProfile: [Double]
    /// Months of the summer trough; the Spring Festival month is taken from the holiday calendar.
    public var summerTroughMonths: [Int]
    public var objective: ObjectiveWeights
    public var search: SearchSettings

    public init(
        driveStart: String = "08:30", donorsPerChairHour: Double = 1.5, fixedSiteShareOfCapacity: Double = 0.4,
        fixedSiteUnitsPerDonation: Double = 1.6, labSamplesPerDay: Int = 400, maximumTravelSteps: Int = 4,
        seasonalProfile: [Double] = Array(repeating: 1, count: 12), summerTroughMonths: [Int] = [7, 8],
        objective: ObjectiveWeights = ObjectiveWeights(), search: SearchSettings = SearchSettings()
    ) {
        self.driveStart = driveStart
        self.donorsPerChairHour = donorsPerChairHour
        self.fixedSiteShareOfCapacity = fixedSiteShareOfCapacity
        self.fixedSiteUnitsPerDonation = fixedSiteUnitsPerDonation
        self.labSamplesPerDay = labSamplesPerDay
        self.maximumTravelSteps = maximumTravelSteps
        self.seasonalProfile = seasonalProfile
        self.summerTroughMonths = summerTroughMonths
        self.objective = objective
        self.search = search
    }
}

/// The weights of the planner's one-number objective (see README › Planning).
public struct ObjectiveWeights: Hashable, Sendable, Codable {
    /// Weight of units towards the target in the month before a trough (other months weigh 1).
    public var troughLeadWeight: Double
    /// Attainment breakpoints (shares of the month's target, ascending) of the concave month value; the last is
    /// where the surplus weight starts (1.0: the target).
    public var attainmentBreakpoints: [Double]
    /// Value per unit below each breakpoint, non-increasing: deep shortfalls cost more than shallow ones, because
    /// blood does not keep from one month to the next (red cells 35 days, platelets 5).
    public var attainmentSlopes: [Double]
    /// Weight of units beyond the last breakpoint (stock building), relative to units towards the target.
    public var surplusWeight: Double
    /// Days a region with a target may go without a drive before fairness costs anything.
    public var fairnessGraceDays: Int
    /// Units deducted per day beyond the grace period.
    public var fairnessUnitsPerDay: Double
    /// Units deducted per step in the region tree between a team's base and the venue.
    public var travelUnitsPerStep: Double
    /// Units a re-plan gives up before it moves a drive of the previous plan (search only; not in the objective).
    public var replanStabilityUnits: Double

    public init(
        troughLeadWeight: Double = 1.5, attainmentBreakpoints: [Double] = [0.6, 0.85, 1],
        attainmentSlopes: [Double] = [2, 1.5, 1], surplusWeight: Double = 0.1, fairnessGraceDays: Int = 45,
        fairnessUnitsPerDay: Double = 1, travelUnitsPerStep: Double = 2, replanStabilityUnits: Double = 20
    ) {
        self.troughLeadWeight = troughLeadWeight
        self.attainmentBreakpoints = attainmentBreakpoints
        self.attainmentSlopes = attainmentSlopes
        self.surplusWeight = surplusWeight
        self.fairnessGraceDays = fairnessGraceDays
        self.fairnessUnitsPerDay = fairnessUnitsPerDay
        self.travelUnitsPerStep = travelUnitsPerStep
        self.replanStabilityUnits = replanStabilityUnits
    }

    /// Instances and settings written before the concave month value have no breakpoints: their objective was
    /// linear up to the target, and reads back as such.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        troughLeadWeight = try container.decode(Double.self, forKey: .troughLeadWeight)
        attainmentBreakpoints = try container.decodeIfPresent([Double].self, forKey: .attainmentBreakpoints) ?? [1]
        attainmentSlopes = try container.decodeIfPresent([Double].self, forKey: .attainmentSlopes) ?? [1]
        surplusWeight = try container.decode(Double.self, forKey: .surplusWeight)
        fairnessGraceDays = try container.decode(Int.self, forKey: .fairnessGraceDays)
        fairnessUnitsPerDay = try container.decode(Double.self, forKey: .fairnessUnitsPerDay)
        travelUnitsPerStep = try container.decode(Double.self, forKey: .travelUnitsPerStep)
        replanStabilityUnits = try container.decode(Double.self, forKey: .replanStabilityUnits)
    }

    /// The month value's linear pieces in order, for the units beyond `base` (fixed sites' units, say): each
    /// piece's width in units and its value per unit. The last piece (surplus) is unbounded. Concave when the
    /// slopes do not increase, which keeps the objective linear-programmable (maximise Σ slope × piece with
    /// 0 ≤ piece ≤ width).
    public func pieces(target: Double?, above base: Double = 0) -> [(width: Double, slope: Double)] {
        var result: [(width: Double, slope: Double)] = []
        if let target {
            var previous = 0.0
            for (breakpoint, slope) in zip(attainmentBreakpoints, attainmentSlopes) {
                let start = max(previous * target, base)
                let end = breakpoint * target
                if end > start { result.append((end - start, slope)) }
                previous = breakpoint
            }
        }
        result.append((.infinity, surplusWeight))
        return result
    }

    /// Value of `units` collected in a month with this target (before the month's weight): the sum over pieces
    /// of slope × the units that fall in the piece. Without a target every unit is surplus.
    public func attainmentValue(units: Double, target: Double?) -> Double {
        // The pieces of `pieces(target:)`, walked without building them: the search calls this per move.
        guard let target else { return surplusWeight * units }
        var value = 0.0
        var previous = 0.0
        for (breakpoint, slope) in zip(attainmentBreakpoints, attainmentSlopes) {
            let width = max(0, (breakpoint - previous) * target)
            let left = units - previous * target
            if left <= 0 { return value }
            value += min(left, width) * slope
            previous = breakpoint
        }
        return value + max(0, units - previous * target) * surplusWeight
    }
}

/// How long the local search runs; counted in moves, never in seconds, so results do not depend on the machine.
public struct SearchSettings: Hashable, Sendable, Codable {
    /// Random moves per drive of the constructive plan.
    public var movesPerDrive: Int
    /// Passes of exhaustive improvement at the end; the last pass that finds nothing proves a local optimum.
    public var polishPasses: Int
    /// Ruin-and-recreate moves per drive of the polished plan (compound moves over related drives).
    public var ruinsPerDrive: Int

    public init(movesPerDrive: Int = 20, polishPasses: Int = 4, ruinsPerDrive: Int = 2) {
        self.movesPerDrive = movesPerDrive
        self.polishPasses = polishPasses
        self.ruinsPerDrive = ruinsPerDrive
    }
}
