/// What is wrong, with the facts a message needs. Words live in the reports layer, one catalogue per language.
public enum ProblemKind: Hashable, Sendable {
    // Files and syntax.
    case missingFile
    /// The file is there but cannot be read; the cause in each language.
    case unreadableFile(WriteFailure.Cause)
    case undecodableText
    /// The file is not laid out as a table this reader takes: a title row, another separator, UTF-16.
    case fileShape(FileShape)
    /// A workbook that cannot be read as a table: see `WorkbookProblem`.
    case workbook(WorkbookProblem)
    case unterminatedQuote
    /// Text after a closing quote (`"12"3`), which a spreadsheet would not write.
    case textAfterQuote
    case missingColumn(String)
    case unknownColumn(String, suggestion: String?)
    case fieldCount(expected: Int, found: Int)
    case emptyField(String)
    /// A second column for the same field (`month,月份`): which one holds the value is unclear.
    case duplicateColumn(String, firstColumn: Int)
    case invalidValue(field: String, value: String, expected: Expectation)
    case jsonSyntax
    /// A row over the reader's limit: an unclosed quote, a file without line breaks, or not a table at all.
    case rowTooLong(limitBytes: Int)
    case tooManyFields(limit: Int)
    /// A comma before `}` or `]`, which JSON does not allow.
    case jsonTrailingComma
    case jsonWrongType(expected: String)
    case jsonMissingKey(String)
    case unsupportedVersion(found: Int?, supported: Int)

    // Meaning.
    case duplicateID(EntityKind, String)
    case unknownReference(EntityKind, String, suggestion: String?)
    /// A name that more than one region (or leader) bears; candidates read `440902002 河西街道(茂南区)`.
    case ambiguousReference(EntityKind, String, candidates: [String])
    case malformedRegionCode(String)
    case regionCycle(String)
    case levelMismatch(child: RegionKind, parent: RegionKind)
    case codeNotUnderParent(code: String, parent: String)
    case multipleRoots(String)
    case endsBeforeStart(start: CivilDate, end: CivilDate)
    case assignmentsOverlap(region: String, otherLeader: String, other: Period)
    case regionWithoutLeader(code: String, name: String, englishName: String, on: CivilDate)
    case leaderWithoutRegion(String)
    case holidayDataMissing(year: Int, reachedBy: String)
    case lunarDataMissing(year: Int, venue: String)
    case noCampaignForVenueKind(VenueKind)
    /// Venues where drives open to the public are held, with no address for the public schedule (ids, first few).
    case publicVenuesWithoutAddress(count: Int, examples: [String])
    /// Two rows of `targets.csv` for the same region and period.
    case duplicateTarget(region: String, period: String)
    /// A target for a region inside another region that has targets: units would count twice.
    case nestedTarget(region: String, ancestor: String)
    /// Monthly intake: the same month, region and channel (or venue kind) twice in one file.
    case duplicateRecord(key: String, firstLine: Int)
    /// Rows of one experiment that disagree on its channel, start or months.
    case inconsistentExperiment(id: String, firstLine: Int)
    /// Two experiments of the same channel in overlapping months: neither could be read.
    case overlappingExperiment(id: String, other: String, channel: String, firstLine: Int)
    /// More units than 2 per donation (400 mL is the most one whole-blood donation gives).
    case unitsAboveMaximum(units: Double, visits: Int)
    /// Fewer units than whole-blood visits (each gives at least 1 U); plausible only with platelet donations.
    case unitsBelowVisits(units: Double, visits: Int)
    /// First-time donors (or another count of people) above the donor visits they are part of.
    case countAboveVisits(field: String, count: Int, visits: Int)
    case futureMonth(String)
    /// Rows for a region and for one of its ancestors in the same month: the ancestor's totals would count twice.
    case nestedRecord(region: String, ancestor: String, month: String)
    /// A column of a donation export identifies people and the mapping does not say to drop or hash it.
    case identityColumn(String, evidence: IdentityScreen.Evidence)
    /// A donation date after today or before 1950.
    case implausibleDate(String)
    /// A stored table no longer matches the result its last audit line recorded (the problem's location); `missing`:
    /// the table is gone.
    case changedSinceAudit(table: String, missing: Bool)
    /// A stock level no stricter than the one before it (`stock.json`): fewer days of supply, more weight.
    case stockLevelsNotOrdered(level: String, previous: String, field: String, value: Double, previousValue: Double)
    /// Stock rows: more issued in a day than the day before's stock and the day's collections.
    case issuedAboveAvailable(issued: Int, available: Int)
    /// Stock rows of one group and component whose dates go backwards.
    case dateOutOfOrder(date: String, previous: String, previousLine: Int)
    /// A college without term dates would be planned in vacations; a government body on rest days.
    case scheduleUnusualForKind(VenueKind, schedule: String, usual: String)
}

/// What a field should have held.
public enum Expectation: Hashable, Sendable {
    case integer
    case nonNegativeInteger
    case nonNegativeNumber
    /// `2027` or `2027-03`.
    case yearOrMonth
    case positiveInteger
    /// Within the documented range of a table's counts and amounts (`TableReader.maximum`).
    case atMost(Int)
    case fraction
    case date
    /// 64 hexadecimal digits.
    case sha256
    case year
    case month
    /// `2026-10`.
    case yearMonth
    case oneOf([String])
    case schedule(Schedule.ParseError)
    case teamWorkingDays
    /// `2026/1/5`, `2026-01-05`, `2026年1月5日` or an Excel serial number.
    case donationDate
    /// 200, 300 or 400 mL, written `400`, `400ml` or `2U`.
    case wholeBloodVolume
    case donationType
    case donationResult
    case yesNo
    /// `A+`, `O-`, `A型RhD阳性`.
    case bloodGroup
    /// `red-cells`, `platelets`, `plasma` (悬浮红细胞, 单采血小板, 血浆).
    case bloodComponent
    /// Shares that add up to 1.
    case sumOfShares
}

/// The kinds of record that ids and references point at.
public enum EntityKind: String, Hashable, Sendable, CaseIterable {
    case region, leader, assignment, venue, team, template, channel, termCalendar, observance, venueKind
}
