import OutreachModel

/// The world's monthly records at venue grain (township, where the venue is), its venue-days, and its truth.
public struct WorldRecords: Sendable {
    public var promotion: [PromotionRecord]
    public var donations: [DonationRecord]
    public var drives: [DriveRecord]
    public var truth: WorldTruth
}

/// What the world was drawn from, for scoring a calibration: `records/simulation-truth.json`.
public struct WorldTruth: Sendable, Codable {
    public var version = 1
    public var model: String
    public var seed: UInt64
    public var first: YearMonth
    public var last: YearMonth
    public var settings: WorldSettings
    public var levels: [String: Double]
    public var countyEffect: [String: Double]
    public var episode: SimulationResult.Episode?
    /// Per venue: expected donations of one of its sessions (a drive, or an open fixed-site day) in a month of
    /// seasonal weight 1 at the last year's level, with the lifts it usually had, before the chairs' cap; what
    /// calibration should find.
    public var venues: [VenueTruth]

    public struct VenueTruth: Sendable, Codable, Hashable {
        public var id: String
        public var kind: VenueKind
        public var region: String
        public var expectedPerSession: Double
        public var turnoutShare: Double?
    }
}

extension World {
    /// The records of months `first` through `last`: every row is a sum of `forEachDonation`.
    public func records() -> WorldRecords {
        let source = Simulator.source(seed)
        struct Cell {
            var visits = 0
            var units = 0.0
            var firstTime = 0
            var deferred = 0
            var doses = 0
        }
        var cells: [String: (month: YearMonth, region: String, kind: VenueKind, cell: Cell)] = [:]
        var days: [String: (session: Int, cell: Cell)] = [:]
        var sessionKey: [Int: Int] = [:]
        for (index, session) in sessions.enumerated() {
            sessionKey[session.date.dayNumber &* 4096 &+ session.venue] = index
        }
        func tally(_ cell: inout Cell, _ donation: WorldDonation) {
            if donation.deferred {
                cell.deferred += 1
            } else {
                cell.visits += 1
                cell.units += Double(donation.millilitres) / 200
                cell.doses += donation.doses
                cell.firstTime += donation.firstTime ? 1 : 0
            }
        }
        forEachDonation { donation in
            let month = YearMonth(donation.date)
            guard month >= first, month <= last else { return }
            let venue = venues[donation.venue]
            let key = month.description + venue.regionCode + venue.kind.rawValue
            var entry = cells[key] ?? (month, venue.regionCode, venue.kind, Cell())
            let dayKey = donation.date.description + venue.id
            var day = days[dayKey] ?? (sessionKey[donation.date.dayNumber &* 4096 &+ donation.venue] ?? 0, Cell())
            tally(&entry.cell, donation)
            tally(&day.cell, donation)
            cells[key] = entry
            days[dayKey] = day
        }
        let donations = cells.values.map { entry in
            DonationRecord(
                month: entry.month, regionCode: entry.region, venueKind: entry.kind, visits: entry.cell.visits,
                units: entry.cell.units, firstTime: entry.cell.firstTime, deferred: entry.cell.deferred,
                plateletDoses: entry.cell.doses > 0 ? entry.cell.doses : nil, source: source)
        }.sorted { ($0.month, $0.regionCode, $0.venueKind.rawValue) < ($1.month, $1.regionCode, $1.venueKind.rawValue) }
        let drives = days.values.map { entry in
            let session = sessions[entry.session]
            let venue = venues[session.venue]
            return DriveRecord(
                date: session.date, venueID: venue.id, regionCode: venue.regionCode, venueKind: venue.kind,
                donations: entry.cell.visits, deferred: entry.cell.deferred, units: entry.cell.units,
                plateletDoses: entry.cell.doses, firstTime: entry.cell.firstTime, source: source)
        }.sorted { ($0.date, $0.venueID) < ($1.date, $1.venueID) }
        return WorldRecords(promotion: promotion(), donations: donations, drives: drives, truth: truth())
    }

    /// Promotion per township and month: each drive's campaign items (the talk only where it was held) and the
    /// county's background events, placed in the township of its first fixed site (else its first venue).
    func promotion() -> [PromotionRecord] {
        let source = Simulator.source(seed)
        let truths = Dictionary(
            SimulationSettings.maoming.channels.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: (month: YearMonth, region: String, channel: String, events: Int)] = [:]
        func add(_ month: YearMonth, _ region: String, _ channel: String, _ events: Int) {
            let key = month.description + region + channel
            counts[key, default: (month, region, channel, 0)].events += events
        }
        for session in sessions {
            let month = YearMonth(session.date)
            guard month >= first, month <= last, let id = session.template,
                let template = campaigns.first(where: { $0.id == id })
            else { continue }
            for item in template.promotion where item.channel != "township-talk" || session.talk {
                add(month, venues[session.venue].regionCode, item.channel, 1)
            }
        }
        for (county, rows) in background.sorted(by: { $0.key < $1.key }) {
            let home =
                zip(venues, venueCounty).first { $0.1 == county && $0.0.kind == .fixedSite }?.0.regionCode
                ?? zip(venues, venueCounty).first { $0.1 == county }?.0.regionCode ?? county
            for (offset, row) in rows.enumerated() {
                let month = start.adding(months: offset)
                guard month >= first, month <= last else { continue }
                for (channel, events) in row { add(month, home, channel, events) }
            }
        }
        return counts.values.map { entry in
            let truth = truths[entry.channel]
            return PromotionRecord(
                month: entry.month, regionCode: entry.region, channel: entry.channel, events: entry.events,
                reach: truth.map { Int((Double(entry.events) * $0.reachPerEvent).rounded()) },
                cost: truth.map { (Double(entry.events) * $0.costPerEvent).rounded() }, source: source)
        }.sorted { ($0.month, $0.regionCode, $0.channel) < ($1.month, $1.regionCode, $1.channel) }
    }

    func truth() -> WorldTruth {
        let level = levels[last.year] ?? 1
        // Each venue's sessions brought to seasonal weight 1 and the last year's level, before the cap: campaign,
        // talk and recall lifts included as the venue usually had them.
        var sums = venues.map { _ in (total: 0.0, count: 0) }
        for session in sessions where YearMonth(session.date) <= last {
            let month = YearMonth(session.date)
            let scale = Self.season(month, settings, springFestival) * (levels[month.year] ?? 1)
            guard scale > 0 else { continue }
            sums[session.venue].total += session.expected / scale * level
            sums[session.venue].count += 1
        }
        return WorldTruth(
            model: Self.modelDescription, seed: seed, first: first, last: last, settings: settings,
            levels: Dictionary(uniqueKeysWithValues: levels.map { (String($0.key), $0.value) }),
            countyEffect: countyEffect, episode: episode,
            venues: venues.indices.map { index in
                let venue = venues[index]
                let expected = sums[index].count > 0 ? sums[index].total / Double(sums[index].count) : 0
                return .init(
                    id: venue.id, kind: venue.kind, region: venue.regionCode, expectedPerSession: expected,
                    turnoutShare: venue.kind == .fixedSite || venue.reach == 0 ? nil : expected / Double(venue.reach))
            })
    }
}
