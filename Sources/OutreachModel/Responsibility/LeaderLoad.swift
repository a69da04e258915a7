/// What one leader answers for on a date: the party branch uses it to see that loads are fair.
public struct LeaderLoad: Hashable, Sendable {
    public var leader: Leader
    /// Regions the leader holds by their own assignment, in file order.
    public var heldRegions: [Region]
    /// People living in the leader's area (held regions less sub-regions held by others).
    public var population: Int
    /// Venues in regions the leader is accountable for, directly or through a parent.
    public var venueCount: Int
    /// Earliest start among the leader's current, unbroken assignments.
    public var since: CivilDate?

    public init(leader: Leader, heldRegions: [Region], population: Int, venueCount: Int, since: CivilDate?) {
        self.leader = leader
        self.heldRegions = heldRegions
        self.population = population
        self.venueCount = venueCount
        self.since = since
    }
}

extension ResponsibilityIndex {
    /// Each leader's load on the date, in the order of `leaders`.
    ///
    /// Population is counted once: a region a leader holds contributes its own population, less that of any
    /// sub-area held by someone else. Regions without a population figure count as zero.
    public func loads(of leaders: [Leader], venues: [Venue], on date: CivilDate) -> [LeaderLoad] {
        var accountable: [String: Responsibility] = [:]
        for region in tree.regions { accountable[region.code] = responsibility(for: region.code, on: date) }

        var held: [String: [Region]] = [:]
        var since: [String: CivilDate] = [:]
        var population: [String: Int] = [:]
        for region in tree.regions {
            guard let own = accountable[region.code], own.isDirect else { continue }
            held[own.leaderID, default: []].append(region)
            since[own.leaderID] = min(since[own.leaderID] ?? own.since, own.since)
            let count = region.population?.count ?? 0
            population[own.leaderID, default: 0] += count
            // Carve this area out of the area that would otherwise contain it.
            if let parent = region.parentCode, let outer = accountable[parent] {
                population[outer.leaderID, default: 0] -= count
            }
        }
        var venueCount: [String: Int] = [:]
        for venue in venues {
            if let leaderID = accountable[venue.regionCode]?.leaderID { venueCount[leaderID, default: 0] += 1 }
        }
        return leaders.map { leader in
            LeaderLoad(
                leader: leader, heldRegions: held[leader.id] ?? [], population: max(0, population[leader.id] ?? 0),
                venueCount: venueCount[leader.id] ?? 0, since: since[leader.id])
        }
    }
}
