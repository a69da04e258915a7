import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// The state of one pass over an export: column positions, lookup tables for each distinct value, donors and the
/// monthly sums.
struct ImportPass: Sendable {
    let importer: DonationImporter
    let tree: RegionTree
    let regions: [Region]
    let rules: DonationRules
    let hmac: HMACSHA256
    let firstDay: Int
    let lastDay: Int
    /// The month (`YearMonth.ordinal`) of each day from `firstDay` to `lastDay`: a row's month is then one read.
    let monthOrdinals: [Int32]

    /// Position of each role's column; nil before the header is read.
    var columns: [ImportMapping.Role: Int]?
    var headers: [String] = []
    /// Columns checked for identity-shaped values (every value, in every piece), with their tallies.
    var screened: [(column: Int, tally: IdentityScreen.Tally)] = []
    var shown: [Int] = []

    var regionTable = ByteKeyTable<Int>()
    var venueTable = ByteKeyTable<Int>()
    var kindTable = ByteKeyTable<Int>()
    var typeTable = ByteKeyTable<Int>()
    var resultTable = ByteKeyTable<Int>()
    var yesNoTable = ByteKeyTable<Int>()
    var volumeTable = ByteKeyTable<Double>()
    /// Blood-group spellings (`aboCode`, `rhdCode`).
    var aboTable = ByteKeyTable<Int>()
    var rhdTable = ByteKeyTable<Int>()
    var donors = DonorTally()
    /// Donors written out when the tally reached `DonationImporter.donorsInMemory`, in row order.
    var runs: [DonorRun] = []

    // Monthly sums by (month ordinal, region, venue kind).
    var cells: [Int: Int] = [:]
    var cellKeys: [(month: Int, region: Int, kind: Int)] = []
    var visits: [Int] = []
    var units: [Double] = []
    var firstTime: [Int] = []
    var deferred: [Int] = []
    var doses: [Int] = []
    // Venue-day sums (the past drives calibration learns from), by venue × day number.
    var venueDays = IntKeyTable()
    var venueDayKeys: [Int] = []
    var dayTallies: [DayTally] = []
    var firstSeen = Int.max
    var lastSeen = Int.min

    static let kinds = VenueKind.allCases
    /// Per workspace venue: its region's position and its kind's, so a row's venue costs two array reads.
    let venueRegion: [Int]
    let venueKind: [Int]
    /// Per workspace venue, `chainLength` slots: the positions of its region and its ancestors (-1 beyond), so a
    /// row naming the county keeps the venue's township. Flat, so a row reads it without touching a reference count.
    let venueChain: [Int]
    static let chainLength = 6
    /// The last venue-day's key and position: exports list a drive's donations together.
    var lastVenueDay = (key: -1, index: 0)
    /// Position of each role's column, -1 when the export has none (read once, used on every row).
    var position = RolePositions()
    /// Lower-cased words → 1 / 0 for results (donated), types (whole blood) and yes/no; the mapping's first.
    let resultWords: [String: Int]
    let typeWords: [String: Int]
    let yesNoWords: [String: Int]

    static func words(_ own: [String: Int], _ builtIn: [String: Int]) -> [String: Int] {
        var words = builtIn
        for (word, value) in own { words[word.lowercased()] = value }
        return words
    }

    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [String: Int]) -> Int {
        words[String(decoding: bytes, as: UTF8.self).lowercased()] ?? -1
    }

    init(importer: DonationImporter) {
        self.importer = importer
        tree = importer.workspace.tree
        regions = importer.workspace.regions
        rules =
            importer.workspace.donationRules
            ?? DonationRules(
                source: "GB 18467-2011", unitMillilitres: 200, wholeBloodVolumes: [200, 300, 400],
                plateletDosesPerDonation: [1, 2], intervals: [], maximumPlateletDonationsPerYear: 24, minimumAge: 18,
                maximumAge: 55, maximumAgeRepeatDonor: 60, deferralRate: 0.1)
        let mapping = importer.mapping
        resultWords = Self.words(
            mapping.results.mapValues { $0 ? 1 : 0 }, ExportValues.results.mapValues { $0 ? 1 : 0 })
        typeWords = Self.words(
            mapping.types.mapValues { $0 == .wholeBlood ? 1 : 0 },
            ExportValues.types.mapValues { $0 == .wholeBlood ? 1 : 0 })
        yesNoWords = Self.words(mapping.yesNo.mapValues { $0 ? 1 : 0 }, ExportValues.yesNo.mapValues { $0 ? 1 : 0 })
        hmac = HMACSHA256(key: importer.secret)
        let regionPositions = Dictionary(
            importer.workspace.regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        venueRegion = importer.workspace.venues.map { regionPositions[$0.regionCode] ?? -1 }
        venueKind = importer.workspace.venues.map { Self.kinds.firstIndex(of: $0.kind) ?? -1 }
        let tree = tree
        venueChain = importer.workspace.venues.flatMap { venue in
            let chain = ([venue.regionCode] + tree.ancestors(of: venue.regionCode).map(\.code)).compactMap {
                regionPositions[$0]
            }.prefix(Self.chainLength)
            return chain + Array(repeating: -1, count: Self.chainLength - chain.count)
        }
        firstDay = CivilDate(year: 1950, month: 1, day: 1)!.dayNumber
        lastDay = importer.today.dayNumber
        monthOrdinals = (firstDay...max(firstDay, lastDay)).map { Int32(CivilDate(dayNumber: $0).yearMonthOrdinal) }
    }

    // MARK: Header

    mutating func readHeader(_ row: CSVRow, into result: inout DonationImport) {
        let mapping = importer.mapping
        headers = (0..<row.count).map { row.string($0).trimmingSpaces() }
        var found: [ImportMapping.Role: Int] = [:]
        var hashed: Int?
        for (index, header) in headers.enumerated() {
            if let handling = mapping.identity[header] {
                if handling == .hash, hashed == nil { hashed = index }
                continue
            }
            if let role = mapping.columns[header] {
                found[role] = index
                if role != .donorKey { shown.append(index) }
                if role != .donorKey { screened.append((index, IdentityScreen.Tally())) }
                continue
            }
            if IdentityScreen.isIdentityHeader(header) {
                result.fileProblems.append(identityProblem(header, .header))
                continue
            }
            shown.append(index)
            screened.append((index, IdentityScreen.Tally()))
        }
        if found[.donorKey] == nil, let hashed { found[.donorKey] = hashed }
        for role in ImportMapping.requiredRoles where found[role] == nil {
            result.fileProblems.append(missing(role))
        }
        if found[.region] == nil && found[.venue] == nil { result.fileProblems.append(missing(.region)) }
        if found[.venue] == nil && found[.venueKind] == nil { result.fileProblems.append(missing(.venueKind)) }
        columns = found
        for (role, column) in found { position[role] = column }
        result.shownHeaders = shown.map { headers[$0] }
    }

    func header(for role: ImportMapping.Role) -> String {
        importer.mapping.columns.first { $0.value == role }?.key ?? role.rawValue
    }

    func missing(_ role: ImportMapping.Role) -> Problem {
        Problem(.error, .missingColumn(header(for: role)), location: SourceLocation(file: importer.display, line: 1))
    }

    func identityProblem(_ header: String, _ evidence: IdentityScreen.Evidence) -> Problem {
        let column = headers.firstIndex(of: header).map { $0 + 1 }
        return Problem(
            .error, .identityColumn(header, evidence: evidence), field: header,
            location: SourceLocation(file: importer.display, line: 1, column: column))
    }

    // MARK: End

    /// Identity columns found by their values, every piece's tallies added: a column of ID numbers is found
    /// wherever in the file they are.
    func identityProblems(_ pieces: [[IdentityScreen.Tally]]) -> [Problem] {
        screened.indices.compactMap { index in
            var tally = IdentityScreen.Tally()
            for piece in pieces where piece.indices.contains(index) { tally.add(piece[index]) }
            return tally.evidence.map { identityProblem(headers[screened[index].column], $0) }
        }
    }

    mutating func finish(into result: inout DonationImport) {
        let columns = columns ?? [:]
        let source = DonationImporter.source + " " + importer.display
        // In the order first seen; the importer orders the records once all pieces are in.
        result.records = cellKeys.indices.map { cell in
            let key = cellKeys[cell]
            return DonationRecord(
                month: YearMonth(ordinal: key.month), regionCode: regions[key.region].code,
                venueKind: Self.kinds[key.kind],
                visits: visits[cell], units: units[cell], firstTime: columns[.firstTime] != nil ? firstTime[cell] : nil,
                deferred: columns[.result] != nil ? deferred[cell] : nil,
                plateletDoses: doses[cell] > 0 ? doses[cell] : nil,
                source: source)
        }
        for (index, key) in venueDayKeys.enumerated() {
            result.dayTallies[key, default: DayTally()].add(dayTallies[index])
        }
        if firstSeen <= lastSeen {
            result.firstDay = CivilDate(dayNumber: firstSeen)
            result.lastDay = CivilDate(dayNumber: lastSeen)
        }
    }

    /// The tally's donors as a run, written to a temporary file so that memory stays within the budget.
    mutating func spill() throws {
        donors.flush()
        let writer = try RunFile.Writer()
        try writer.append(contentsOf: pseudonymousEntries())
        runs.append(.file(try writer.finish()))
        donors.removeAll()
    }

    /// The piece's donors: the runs written out, then the rest.
    mutating func closeRuns() -> [DonorRun] {
        donors.flush()
        return runs + [.memory(pseudonymousEntries())]
    }

    /// The tally's donors, in digest order, each key replaced by the first 16 bytes of its keyed hash: the only place
    /// a key is hashed, once per donor and run, four at a time.
    func pseudonymousEntries() -> [ImportedDonors.Entry] {
        // Donors with a donation, or with a birth year or group that their donation in another run may need.
        let counted = (0..<donors.count).filter {
            (donors[$0].donations > 0 && donors[$0].region >= 0) || donors[$0].birthYear > 0 || donors[$0].group >= 0
        }
        var entries: [ImportedDonors.Entry] = []
        entries.reserveCapacity(counted.count)
        let width = donors.longestKey
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * width + 128) { buffer in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            let tags = UnsafeMutableRawBufferPointer(rebasing: raw[(4 * width)...])
            for start in stride(from: 0, to: counted.count, by: 4) {
                let group = counted[start..<min(start + 4, counted.count)]
                var keys = [UnsafeRawBufferPointer](repeating: UnsafeRawBufferPointer(start: nil, count: 0), count: 4)
                for (lane, position) in group.enumerated() {
                    let slot = UnsafeMutableRawBufferPointer(rebasing: raw[(lane * width)..<(lane * width + width)])
                    keys[lane] = UnsafeRawBufferPointer(rebasing: slot[0..<donors.key(of: position, into: slot)])
                }
                hmac.authenticate(keys[0], keys[1], keys[2], keys[3], into: tags)
                for (lane, position) in group.enumerated() {
                    let donor = donors[position]
                    entries.append(
                        ImportedDonors.Entry(
                            digest: (
                                UInt64(bigEndian: tags.loadUnaligned(fromByteOffset: lane * 32, as: UInt64.self)),
                                UInt64(bigEndian: tags.loadUnaligned(fromByteOffset: lane * 32 + 8, as: UInt64.self))
                            ),
                            lastDay: donor.lastDay, donations: donor.donations, region: donor.region,
                            venue: donor.venue, birthYear: donor.birthYear, lastType: donor.lastType,
                            group: donor.group))
                }
            }
        }
        return ImportedDonors.sortedByDigest(entries)
    }
}

extension CivilDate {
    /// `YearMonth.ordinal` of the date's month.
    var yearMonthOrdinal: Int { year * 12 + month - 1 }
}

/// One venue-day's sums.
struct DayTally: Sendable {
    var donations = 0
    var deferred = 0
    var units = 0.0
    var doses = 0
    var firstTime = 0

    mutating func add(_ other: DayTally) {
        donations += other.donations
        deferred += other.deferred
        units += other.units
        doses += other.doses
        firstTime += other.firstTime
    }

    /// The key of a venue (its position in the workspace) on a day (days since 1970, possibly negative), and back.
    static func key(venue: Int, day: Int) -> Int { venue &* 1_000_000 &+ (day + 500_000) }
    static func venue(_ key: Int) -> Int { key / 1_000_000 }
    static func day(_ key: Int) -> Int { key % 1_000_000 - 500_000 }
}
