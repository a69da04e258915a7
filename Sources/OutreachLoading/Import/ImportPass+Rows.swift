import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// One data row: each role's value normalised through the lookup tables, then added to the monthly sums.
extension ImportPass {
    mutating func readRow(_ row: CSVRow, into result: inout DonationImport) throws {
        result.rows += 1
        for index in screened.indices { screened[index].tally.add(trim(row.field(screened[index].column))) }
        // More fields than the header (an unquoted comma in an address, say): every value after it has shifted, so
        // none is read, shown or written to the rejected rows — an identity column may now sit under a safe header.
        if row.count > headers.count, (headers.count..<row.count).contains(where: { !trim(row.field($0)).isEmpty }) {
            result.rejected.append(
                RejectedRow(
                    line: row.line,
                    problems: [
                        Problem(
                            .error, .fieldCount(expected: headers.count, found: row.count),
                            location: SourceLocation(file: importer.display, line: row.line))
                    ], values: []))
            return
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
            if venue == Self.ambiguous,
                let ambiguity = importer.workspace.venueAmbiguity(String(decoding: bytes, as: UTF8.self))
            {
                reject(column, ambiguity)
                venue = -1
            } else if venue < 0 && position[.venueKind] < 0 {
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
            if region == Self.ambiguous,
                let ambiguity = importer.workspace.tree.ambiguity(String(decoding: bytes, as: UTF8.self))
            {
                reject(column, ambiguity)
                region = -1
            } else if region < 0 {
                let name = String(decoding: bytes, as: UTF8.self)
                reject(
                    column, .unknownReference(.region, name, suggestion: importer.workspace.regionSuggestion(for: name))
                )
            }
        }
        if venue >= 0, region >= 0, region != venueRegion[venue] {
            let start = venue * Self.chainLength
            for slot in start..<(start + Self.chainLength) where venueChain[slot] == region {
                region = venueRegion[venue]
                break
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
                birthYear =
                    parsed >= firstDay && parsed <= lastDay
                    ? Int(monthOrdinals[parsed - firstDay]) / 12 : CivilDate(dayNumber: parsed).year
            } else {
                invalid(column, bytes, .donationDate)
            }
        }
        // Blood group: one column with the whole group, or ABO and RhD apart (an empty one: unknown).
        var group: Int8 = -1
        if let (column, bytes) = field(.abo), !bytes.isEmpty {
            let abo = Self.cached(&aboTable, bytes, Self.aboCode(String(decoding: bytes, as: UTF8.self)))
            if abo < 0 {
                invalid(column, bytes, .bloodGroup)
            } else if abo < 8 {
                group = Int8(abo)
            } else if let (signColumn, sign) = field(.rhd), !sign.isEmpty {
                let offset = Self.cached(&rhdTable, sign, Self.rhdCode(String(decoding: sign, as: UTF8.self)))
                if offset < 0 { invalid(signColumn, sign, .bloodGroup) } else { group = Int8(offset + abo - 8) }
            }
        }
        // Donor key.
        var donorKey: UnsafeBufferPointer<UInt8>?
        if let (column, bytes) = field(.donorKey) {
            if bytes.isEmpty { reject(column, .emptyField(headers[column])) } else { donorKey = bytes }
        }

        guard problems.isEmpty, region >= 0, kind >= 0, day > 0 else {
            if problems.isEmpty { return }
            result.rejected.append(
                RejectedRow(line: row.line, problems: problems, values: shown.map { row.string($0) }))
            return
        }
        result.counted += 1
        let month = Int(monthOrdinals[day - firstDay])
        let cell = cellIndex(month: month, region: region, kind: kind)
        if donated {
            visits[cell] += 1
            units[cell] += rowUnits
            doses[cell] += rowDoses
            if isFirst { firstTime[cell] += 1 }
        } else {
            deferred[cell] += 1
        }
        if venue >= 0 {
            let key = DayTally.key(venue: venue, day: day)
            var index = lastVenueDay.index
            if key != lastVenueDay.key {
                let found = venueDays.position(of: key, orInsert: venueDayKeys.count)
                if found.inserted {
                    venueDayKeys.append(key)
                    dayTallies.append(DayTally())
                }
                index = found.position
                lastVenueDay = (key, index)
            }
            if donated {
                dayTallies[index].donations += 1
                dayTallies[index].units += rowUnits
                dayTallies[index].doses += rowDoses
                if isFirst { dayTallies[index].firstTime += 1 }
            } else {
                dayTallies[index].deferred += 1
            }
        }
        if let donorKey {
            donors.add(
                donorKey,
                DonorTally.Row(
                    donated: donated, day: day, type: type, region: region, venue: venue, birthYear: birthYear,
                    group: group))
            if donors.count >= importer.donorsInMemory { try spill() }
        }
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

    /// A whole group's `index` (0–7: `A+`, `A型RhD阳性`), 8 + the ABO type's position for a type alone (`A型`),
    /// -1 for neither.
    static func aboCode(_ text: String) -> Int {
        if let group = BloodGroup(text) { return group.index }
        return BloodGroup.abo(text).map { 8 + BloodGroup.ABO.allCases.firstIndex(of: $0)! } ?? -1
    }

    /// 0 for RhD positive, 4 for negative (so that adding the ABO position gives the group's index), -1 otherwise.
    static func rhdCode(_ text: String) -> Int { BloodGroup("O" + text).map { $0.rhPositive ? 0 : 4 } ?? -1 }

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

    /// A name two regions (or venues) share: the row is refused with every candidate, never given to the first.
    static let ambiguous = -2

    static func regionIndex(_ text: String, _ regions: [Region]) -> Int {
        if let byCode = regions.firstIndex(where: { $0.code == text }) { return byCode }
        let named = regions.indices.filter {
            regions[$0].name == text || (!regions[$0].englishName.isEmpty && regions[$0].englishName == text)
        }
        return named.count > 1 ? ambiguous : named.first ?? -1
    }

    static func venueIndex(_ text: String, _ venues: [Venue]) -> Int {
        if let byID = venues.firstIndex(where: { $0.id == text }) { return byID }
        let named = venues.indices.filter { venues[$0].name == text }
        return named.count > 1 ? ambiguous : named.first ?? -1
    }

    static func kindIndex(_ text: String, _ own: [String: VenueKind]) -> Int {
        let kind =
            own[text] ?? VenueKind(rawValue: text)
            ?? WorkspaceTables.venueKinds.first { $0.0 == text }?.1
        return kind.flatMap { Self.kinds.firstIndex(of: $0) } ?? -1
    }
}
