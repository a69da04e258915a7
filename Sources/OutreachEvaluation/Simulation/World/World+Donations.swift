import OutreachModel

/// One donation or deferral of the simulated world.
public struct WorldDonation: Sendable {
    public var date: CivilDate
    public var venue: Int
    /// A number per fictitious donor, stable for the world.
    public var donor: Int
    public var platelets: Bool
    /// Whole-blood volume (0 for platelets).
    public var millilitres: Int
    /// Platelet doses (0 for whole blood).
    public var doses: Int
    public var firstTime: Bool
    public var deferred: Bool

    public init(
        date: CivilDate, venue: Int, donor: Int, platelets: Bool, millilitres: Int, doses: Int, firstTime: Bool,
        deferred: Bool
    ) {
        self.date = date
        self.venue = venue
        self.donor = donor
        self.platelets = platelets
        self.millilitres = millilitres
        self.doses = doses
        self.firstTime = firstTime
        self.deferred = deferred
    }
}

extension World {
    /// Every donation and deferral from the first session on, in date order. Deterministic for the seed, so the
    /// records and any window of the export are sums of the same rows.
    public func forEachDonation(_ body: (WorldDonation) throws -> Void) rethrows {
        var random = SeededRandom(seed: seed ^ 0x5EED_D0_0D)
        var last: [(day: Int, type: DonationType)] = []
        var lastWholeBlood: [Int] = []
        var regulars = venues.map { _ in [Int]() }
        let volumes = settings.volumeShares
        /// Whether a donor may give `type` on `day`: the GB 18467 interval from the last donation, and for whole
        /// blood also from the last whole-blood donation (platelets in between do not shorten it).
        func eligible(_ donor: Int, _ type: DonationType, _ day: Int) -> Bool {
            func waited(_ since: Int, _ from: DonationType) -> Bool {
                guard since > Int.min / 2 else { return true }
                if let rules, let next = rules.nextEligibleDay(after: CivilDate(dayNumber: since), from: from, to: type)
                {
                    return next.dayNumber <= day
                }
                return day - since >= (type == .platelets ? 14 : 183)
            }
            return waited(last[donor].day, last[donor].type)
                && (type == .platelets || waited(lastWholeBlood[donor], .wholeBlood))
        }
        for session in sessions {
            let day = session.date.dayNumber
            let fixed = session.template == nil
            for attempt in 0..<(session.donations + session.deferred) {
                let deferred = attempt >= session.donations
                let platelets = !deferred && fixed && random.unit() < settings.plateletShare
                let type: DonationType = platelets ? .platelets : .wholeBlood
                var donor = -1
                let known = regulars[session.venue]
                if !known.isEmpty, random.unit() >= settings.newDonorShare {
                    for _ in 0..<4 {
                        let candidate = known[Int(random.next() % UInt64(known.count))]
                        if eligible(candidate, type, day) {
                            donor = candidate
                            break
                        }
                    }
                }
                let firstTime = donor < 0
                if firstTime {
                    donor = last.count
                    last.append((Int.min, .wholeBlood))
                    lastWholeBlood.append(Int.min)
                    regulars[session.venue].append(donor)
                }
                if !deferred {
                    last[donor] = (day, type)
                    if !platelets { lastWholeBlood[donor] = day }
                }
                var millilitres = 0
                if !platelets && !deferred {
                    let draw = random.unit()
                    millilitres = draw < volumes[0] ? 200 : draw < volumes[0] + volumes[1] ? 300 : 400
                }
                try body(
                    WorldDonation(
                        date: session.date, venue: session.venue, donor: donor, platelets: platelets,
                        millilitres: millilitres, doses: platelets ? 1 + Int(random.next() % 2) : 0,
                        firstTime: firstTime, deferred: deferred))
            }
        }
    }
}
