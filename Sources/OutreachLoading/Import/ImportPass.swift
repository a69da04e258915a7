import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// The state of one pass over an export: column positions, lookup tables for each distinct value, donors and the
/// monthly sums.
struct ImportPass {
    let importer: DonationImporter
    let tree: RegionTree
    let regions: [Region]
    let rules: DonationRules
    let hmac: HMACSHA256
    let firstDay: Int
    let lastDay: Int

    /// Position of each role's column; nil before the header is read.
    var columns: [ImportMapping.Role: Int]?
    var headers: [String] = []
    /// Columns checked for identity-shaped values, with their tallies.
    var screened: [(column: Int, tally: IdentityScreen.Tally)] = []
    var shown: [Int] = []

    var regionTable = ByteKeyTable<Int>()
    var venueTable = ByteKeyTable<Int>()
    var kindTable = ByteKeyTable<Int>()
    var typeTable = ByteKeyTable<Int>()
    var resultTable = ByteKeyTable<Int>()
    var yesNoTable = ByteKeyTable<Int>()
    var volumeTable = ByteKeyTable<Double>()
    var donorTable = ByteKeyTable<Int>(capacity: 1 << 16)

    // Donors, by entry of `donorTable`.
    /// The first 16 bytes of each donor's keyed hash, as two words (written out in hexadecimal at the end).
    var donorDigests: [(UInt64, UInt64)] = []
    var donorRegion: [Int] = []
    var donorVenue: [Int] = []
    var donorLast: [Int] = []
    var donorType: [DonationType] = []
    var donorBirth: [Int] = []
    var donorCount: [Int] = []

    // Monthly sums by (month ordinal, region, venue kind).
    var cells: [Int: Int] = [:]
    var cellKeys: [(month: Int, region: Int, kind: Int)] = []
    var visits: [Int] = []
    var units: [Double] = []
    var firstTime: [Int] = []
    var deferred: [Int] = []
    var doses: [Int] = []
    var firstSeen = Int.max
    var lastSeen = Int.min

    static let kinds = VenueKind.allCases
    /// Per workspace venue: its region's position and its kind's, so a row's venue costs two array reads.
    let venueRegion: [Int]
    let venueKind: [Int]
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
        firstDay = CivilDate(year: 1950, month: 1, day: 1)!.dayNumber
        lastDay = importer.today.dayNumber
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

    // MARK: Rows

    mutating func readRow(_ row: CSVRow, into result: inout DonationImport) {
        result.rows += 1
        if result.rows <= DonationImporter.identitySample {
            for index in screened.indices { screened[index].tally.add(trim(row.field(screened[index].column))) }
        }
        var problems: [Problem] = []
        func reject(_ column: Int, _ kind: ProblemKind) {
            problems.append(
                Problem(
                    .error, kind, field: headers[column],
                    location: SourceLocation(file: importer.display, line: row.line, column: column + 1)))
        }
        let position = position
        func field(_ role: ImportMapping.Role) -> (column: Int, bytes: UnsafeBufferPointer<UInt8>)? {
            let column = position[role]
            guard column >= 0 else { return nil }
            return (column, trim(row.field(column)))
        }
        func invalid(_ column: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ expected: Expectation) {
            reject(
                column,
                .invalidValue(field: headers[column], value: String(decoding: bytes, as: UTF8.self), expected: expected)
            )
        }

        // Date.
        var day = 0
        if let (column, bytes) = field(.date) {
            if let parsed = ExportValues.date(bytes) {
                if parsed < firstDay || parsed > lastDay {
                    reject(column, .implausibleDate(CivilDate(dayNumber: parsed).description))
                } else {
                    day = parsed
                }
            } else {
                invalid(column, bytes, .donationDate)
            }
        }
        // Donated or deferred.
        var donated = true
        if let (column, bytes) = field(.result) {
            switch Self.cached(&resultTable, bytes, Self.lookup(bytes, resultWords)) {
            case 1: donated = true
            case 0: donated = false
            default: invalid(column, bytes, .donationResult)
            }
        }
        // Type, volume, doses.
        var type = DonationType.wholeBlood
        if let (column, bytes) = field(.type) {
            switch Self.cached(&typeTable, bytes, Self.lookup(bytes, typeWords)) {
            case 1: type = .wholeBlood
            case 0: type = .platelets
            default: if donated { invalid(column, bytes, .donationType) }
            }
        }
        var rowUnits = 0.0
        var rowDoses = 0
        if donated && type == .wholeBlood {
            if let (column, bytes) = field(.volume) {
                let (allowed, unit) = (rules.wholeBloodVolumes, rules.unitMillilitres)
                let value = Self.cached(
                    &volumeTable, bytes,
                    ExportValues.units(bytes, allowedMillilitres: allowed, unitMillilitres: unit) ?? -1)
                if value < 0 { invalid(column, bytes, .wholeBloodVolume) } else { rowUnits = value }
            } else {
                rowUnits = 2
            }
        } else if donated {
            rowDoses = 1
            if let (column, bytes) = field(.doses), !bytes.isEmpty {
                if let count = ExportValues.count(bytes), rules.plateletDosesPerDonation.contains(count) {
                    rowDoses = count
                } else {
                    invalid(column, bytes, .oneOf(rules.plateletDosesPerDonation.map(String.init)))
                }
            }
        }
        // Where.
        var venue = -1
        if let (column, bytes) = field(.venue), !bytes.isEmpty {
            let venues = importer.workspace.venues
            venue = Self.cached(&venueTable, bytes, Self.venueIndex(String(decoding: bytes, as: UTF8.self), venues))
            if venue < 0 && position[.venueKind] < 0 {
                let name = String(decoding: bytes, as: UTF8.self)
                reject(
                    column,
                    .unknownReference(
                        .venue, name,
                        suggestion: NearestName.suggestion(
                            for: name, among: importer.workspace.venues.map(\.name))))
            }
        }
        var region = venue >= 0 ? venueRegion[venue] : -1
        if let (column, bytes) = field(.region) {
            let regions = regions
            region = Self.cached(&regionTable, bytes, Self.regionIndex(String(decoding: bytes, as: UTF8.self), regions))
            if region < 0 {
                let name = String(decoding: bytes, as: UTF8.self)
                reject(
                    column, .unknownReference(.region, name, suggestion: importer.workspace.regionSuggestion(for: name))
                )
            }
        }
        var kind = venue >= 0 ? venueKind[venue] : -1
        if kind < 0, let (column, bytes) = field(.venueKind) {
            let own = importer.mapping.venueKinds
            kind = Self.cached(&kindTable, bytes, Self.kindIndex(String(decoding: bytes, as: UTF8.self), own))
            if kind < 0 { invalid(column, bytes, .oneOf(Self.kinds.map(\.rawValue))) }
        }
        // First time, birth year.
        var isFirst = false
        if let (column, bytes) = field(.firstTime), !bytes.isEmpty {
            switch Self.cached(&yesNoTable, bytes, Self.lookup(bytes, yesNoWords)) {
            case 1: isFirst = true
            case 0: isFirst = false
            default: invalid(column, bytes, .yesNo)
            }
        }
        var birthYear = -1
        if let (column, bytes) = field(.birthDate), !bytes.isEmpty {
            if bytes.count == 4, let year = Int(String(decoding: bytes, as: UTF8.self)), (1900...2100).contains(year) {
                birthYear = year
            } else if let parsed = ExportValues.date(bytes) {
                birthYear = CivilDate(dayNumber: parsed).year
            } else {
                invalid(column, bytes, .donationDate)
            }
        }
        // Donor key.
        var donor = -1
        if let (column, bytes) = field(.donorKey) {
            if bytes.isEmpty {
                reject(column, .emptyField(headers[column]))
            } else if problems.isEmpty {
                donor = donorEntry(bytes)
            }
        }

        guard problems.isEmpty, region >= 0, kind >= 0, day > 0 else {
            if problems.isEmpty { return }
            result.rejected.append(
                RejectedRow(line: row.line, problems: problems, values: shown.map { row.string($0) }))
            return
        }
        result.counted += 1
        let month = CivilDate(dayNumber: day).yearMonthOrdinal
        let cell = cellIndex(month: month, region: region, kind: kind)
        if donated {
            visits[cell] += 1
            units[cell] += rowUnits
            doses[cell] += rowDoses
            if isFirst { firstTime[cell] += 1 }
            if donor >= 0, day >= donorLast[donor] {
                donorLast[donor] = day
                donorType[donor] = type
                donorRegion[donor] = region
                donorVenue[donor] = venue
            }
            if donor >= 0 { donorCount[donor] += 1 }
        } else {
            deferred[cell] += 1
        }
        if donor >= 0, birthYear > 0 { donorBirth[donor] = birthYear }
        firstSeen = min(firstSeen, day)
        lastSeen = max(lastSeen, day)
    }

    @inline(__always)
    func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// A table's value for a key, computing it (an autoclosure) only the first time the key is seen.
    @inline(__always)
    static func cached<Value>(
        _ table: inout ByteKeyTable<Value>, _ bytes: UnsafeBufferPointer<UInt8>, _ compute: @autoclosure () -> Value
    ) -> Value {
        if let entry = table.index(of: bytes) { return table[entry] }
        let value = compute()
        _ = table.index(of: bytes) { value }
        return value
    }

    mutating func donorEntry(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let entry = donorTable.index(of: bytes) { return entry }
        // Normalise the key (an ID number's x is X), then hash it; only the hash is kept.
        let hmac = hmac
        let digest = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 32) { buffer in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                buffer[index] = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            }
            let tag = UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[bytes.count...])
            hmac.authenticate(
                UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<bytes.count]), into: tag)
            return (
                tag.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                tag.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            )
        }
        donorDigests.append(digest)
        donorRegion.append(-1)
        donorVenue.append(-1)
        donorLast.append(Int.min)
        donorType.append(.wholeBlood)
        donorBirth.append(-1)
        donorCount.append(0)
        let entry = donorDigests.count - 1
        _ = donorTable.index(of: bytes) { entry }
        return entry
    }

    /// The 16 digest bytes in order, in lower-case hexadecimal.
    static func hexadecimal(_ digest: (UInt64, UInt64)) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8](repeating: 0, count: 32)
        for (half, word) in [digest.0, digest.1].enumerated() {
            // The words were loaded from memory in the machine's order; bytes go out in memory order.
            for byte in 0..<8 {
                let value = UInt8(truncatingIfNeeded: word >> (8 * UInt64(byte)))
                text[half * 16 + byte * 2] = digits[Int(value >> 4)]
                text[half * 16 + byte * 2 + 1] = digits[Int(value & 15)]
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    mutating func cellIndex(month: Int, region: Int, kind: Int) -> Int {
        let key = (month * 65_536 + region) * 16 + kind
        if let cell = cells[key] { return cell }
        let cell = cellKeys.count
        cells[key] = cell
        cellKeys.append((month, region, kind))
        visits.append(0)
        units.append(0)
        firstTime.append(0)
        deferred.append(0)
        doses.append(0)
        return cell
    }

    static func regionIndex(_ text: String, _ regions: [Region]) -> Int {
        regions.firstIndex { $0.code == text || $0.name == text || (!$0.englishName.isEmpty && $0.englishName == text) }
            ?? -1
    }

    static func venueIndex(_ text: String, _ venues: [Venue]) -> Int {
        venues.firstIndex { $0.id == text || $0.name == text } ?? -1
    }

    static func kindIndex(_ text: String, _ own: [String: VenueKind]) -> Int {
        let kind =
            own[text] ?? VenueKind(rawValue: text)
            ?? WorkspaceTables.venueKinds.first { $0.0 == text }?.1
        return kind.flatMap { Self.kinds.firstIndex(of: $0) } ?? -1
    }

    // MARK: End

    mutating func finish(into result: inout DonationImport) {
        for (column, tally) in screened {
            if let evidence = tally.evidence { result.fileProblems.append(identityProblem(headers[column], evidence)) }
        }
        let columns = columns ?? [:]
        let source = DonationImporter.source + " " + importer.display
        result.records = cellKeys.indices.sorted {
            (cellKeys[$0].month, cellKeys[$0].region, cellKeys[$0].kind)
                < (cellKeys[$1].month, cellKeys[$1].region, cellKeys[$1].kind)
        }.map { cell in
            let key = cellKeys[cell]
            return DonationRecord(
                month: YearMonth(ordinal: key.month), regionCode: regions[key.region].code,
                venueKind: Self.kinds[key.kind],
                visits: visits[cell], units: units[cell], firstTime: columns[.firstTime] != nil ? firstTime[cell] : nil,
                deferred: columns[.result] != nil ? deferred[cell] : nil,
                plateletDoses: doses[cell] > 0 ? doses[cell] : nil,
                source: source)
        }
        result.donors = donorDigests.indices.compactMap { donor in
            guard donorCount[donor] > 0, donorRegion[donor] >= 0 else { return nil }
            return ImportedDonor(
                key: Self.hexadecimal(donorDigests[donor]), regionCode: regions[donorRegion[donor]].code,
                venueID: donorVenue[donor] >= 0 ? importer.workspace.venues[donorVenue[donor]].id : nil,
                lastDonation: CivilDate(dayNumber: donorLast[donor]), lastType: donorType[donor],
                birthYear: donorBirth[donor] > 0 ? donorBirth[donor] : nil, donations: donorCount[donor])
        }
        if firstSeen <= lastSeen {
            result.firstDay = CivilDate(dayNumber: firstSeen)
            result.lastDay = CivilDate(dayNumber: lastSeen)
        }
    }
}

extension CivilDate {
    /// `YearMonth.ordinal` of the date's month.
    var yearMonthOrdinal: Int { year * 12 + month - 1 }
}

/// Column positions by role as plain fields: read for every field of every row, so no hashing.
struct RolePositions {
    var date = -1, donorKey = -1, region = -1, venue = -1, venueKind = -1, type = -1, volume = -1, doses = -1
    var firstTime = -1, result = -1, birthDate = -1

    subscript(role: ImportMapping.Role) -> Int {
        get {
            switch role {
            case .date: date
            case .donorKey: donorKey
            case .region: region
            case .venue: venue
            case .venueKind: venueKind
            case .type: type
            case .volume: volume
            case .doses: doses
            case .firstTime: firstTime
            case .result: result
            case .birthDate: birthDate
            }
        }
        set {
            switch role {
            case .date: date = newValue
            case .donorKey: donorKey = newValue
            case .region: region = newValue
            case .venue: venue = newValue
            case .venueKind: venueKind = newValue
            case .type: type = newValue
            case .volume: volume = newValue
            case .doses: doses = newValue
            case .firstTime: firstTime = newValue
            case .result: result = newValue
            case .birthDate: birthDate = newValue
            }
        }
    }
}
