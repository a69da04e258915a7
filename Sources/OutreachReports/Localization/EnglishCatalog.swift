import OutreachModel

/// English: every user-facing string.
public struct EnglishCatalog: Catalog {
    public init() {}

    public func text(_ phrase: Phrase) -> String {
        switch phrase {
        case .appAbstract:
            return
                "Plan donor recruitment and regional outreach for a blood station: regions, leaders, venues, campaigns."
        case .regionsAbstract:
            return "Show the region tree: kind, official code, population and the leader accountable on a date."
        case .leadersAbstract:
            return "Show region leaders: role, regions held, population and venues under them (load), since when."
        case .assignAbstract:
            return "Record a change of responsibility; history is kept and the previous period ends the day before."
        case .checkAbstract: return "Validate the whole workspace and print every error and warning at once."
        case .optionWorkspace: return "Workspace folder (else OUTREACH_WORKSPACE, else Regions/maoming)"
        case .optionTemplates:
            return "Templates folder (else OUTREACH_TEMPLATES, else the nearest Templates above the workspace)"
        case .optionLang: return "Output language: zh (default) or en"
        case .optionFormat: return "Output format: text, json, csv or md"
        case .optionHelp: return "Show help"
        case .optionVersion: return "Show the version"
        case .optionAt: return "Date to look at, YYYY-MM-DD (default: today)"
        case .optionDepth: return "Number of levels to show (1 = the starting region only)"
        case .optionFrom: return "First day of the new responsibility, YYYY-MM-DD"
        case .optionTo: return "Last day of the new responsibility, YYYY-MM-DD (omit for open-ended)"
        case .optionReason: return "Why responsibility changes (kept in the history)"
        case .optionStrict: return "Treat warnings as errors (exit code 1)"
        case .argumentRegionFilter: return "Show only this region and those below it (code or name)"
        case .argumentRegion: return "Region (code or exact name)"
        case .argumentLeader: return "Region leader (id or exact name)"
        case .usageLabel: return "USAGE"
        case .argumentsLabel: return "ARGUMENTS"
        case .optionsLabel: return "OPTIONS"
        case .commandsLabel: return "COMMANDS"
        case .columnsLabel: return "COLUMNS (the header may give the English name or any Chinese one)"
        case .requiredLabel: return "required"
        case .subcommandsLabel: return "SUBCOMMANDS"
        case .defaultLabel: return "default"
        case .columnRegion: return "Region"
        case .columnKind: return "Kind"
        case .columnCode: return "Code"
        case .columnDepth: return "Depth"
        case .columnParentCode: return "Parent code"
        case .columnLeaderID: return "Leader id"
        case .columnHeldThrough: return "Held through"
        case .columnPopulationYear: return "Population year"
        case .columnPopulationSource: return "Population source"
        case .columnRegionCodes: return "Region codes"
        case .columnChannelCode: return "Channel code"
        case .columnPerEventLow: return "Per event (low)"
        case .columnPerEventHigh: return "Per event (high)"
        case .columnMarginalLow: return "Marginal (low)"
        case .columnMarginalHigh: return "Marginal (high)"
        case .columnCarryOverRate: return "Carry-over"
        case .columnVarianceInflation: return "Variance inflation"
        case .columnFindingCode: return "Finding code"
        case .columnPopulation: return "Population"
        case .columnLeader: return "Leader"
        case .columnHeld: return "Held"
        case .columnSince: return "Since"
        case .columnID: return "ID"
        case .columnName: return "Name"
        case .columnRole: return "Role"
        case .columnBranch: return "Branch"
        case .columnRegionsHeld: return "Regions held"
        case .columnVenues: return "Venues"
        case .heldDirectly: return "directly"
        case .noLeader: return "⚠ NO LEADER"
        case .notAvailable: return "—"
        case .severityError: return "error"
        case .severityWarning: return "warning"
        case .checkClean: return "No problems found."
        case .planAbstract:
            return
                "Make a campaign plan: schedule college, government, township market-day, enterprise and street drives to meet monthly targets; saved as plans/NAME.json"
        case .planShowAbstract:
            return
                "Show a saved plan: the city, one region leader, one team, one region, or the public bloodmobile schedule"
        case .planExplainAbstract:
            return
                "Explain one drive of a plan: expected turnout, remaining pool, the target gap it serves, and the next-best alternative"
        case .planScoreAbstract:
            return "Score any schedule against an exported instance and list every hard rule it breaks"
        case .optionPlanFrom: return "first day of the plan, YYYY-MM-DD (default: the 1st of next month)"
        case .optionPlanTo: return "last day of the plan, YYYY-MM-DD (default: three months; a year at most)"
        case .optionPlanRegion: return "plan only this region and the regions under it (code or name)"
        case .optionSeed: return "random seed (same inputs and seed give the same plan)"
        case .optionPlanName: return "plan name (file name; defaults to the dates)"
        case .optionPin: return "keep this drive, e.g. V016-20270104 (repeat or separate with commas)"
        case .optionBlock:
            return
                "a day a venue or team is unavailable, e.g. V016:2027-01-04 or T02:2027-02-01..2027-02-07 (repeatable)"
        case .optionReplanFrom: return "re-plan from this day; earlier drives stay as they are"
        case .optionExportInstance: return "write the planning instance (every candidate drive and constraint) as JSON"
        case .optionShortage:
            return "include campaigns held only in a shortage (emergency appeal, extended fixed-site hours)"
        case .optionLeaderView: return "only drives in this region leader's areas"
        case .optionTeamView: return "only this team's roster"
        case .optionRegionView: return "only drives in this region and below it"
        case .optionPublic: return "the public bloodmobile schedule (place, date and hours only)"
        case .optionInstance: return "instance file written by plan --export-instance"
        case .optionPlanFormat: return "output format: text, md, html, csv, ics, json or xlsx (with --output)"
        case .argumentPlanName: return "plan name (file under plans/, without .json)"
        case .argumentDrive: return "drive id, e.g. V016-20270104"
        case .argumentSchedule: return "schedule JSON to score (a plan file will do)"
        case .columnMonth: return "Month"
        case .columnTarget: return "Target (U)"
        case .columnSource: return "Target source"
        case .columnFixedSites: return "Fixed sites (U)"
        case .columnDrives: return "Drives"
        case .columnDriveUnits: return "Drives (U)"
        case .columnExpected: return "Expected (U)"
        case .columnAttainment: return "Attainment"
        case .columnShortfall: return "Shortfall (U)"
        case .columnReason: return "Reason"
        case .columnDate: return "Date"
        case .columnWeekday: return "Day"
        case .columnTime: return "Time"
        case .columnVenue: return "Venue"
        case .columnCampaign: return "Campaign"
        case .columnTeam: return "Team"
        case .columnTurnout: return "Turnout"
        case .columnUnits: return "Units (U)"
        case .columnAddress: return "Address"
        case .columnWorkingDays: return "Working days"
        case .columnUtilisation: return "Utilisation"
        case .columnPool: return "Eligible pool"
        case .columnOrigin: return "Origin"
        case .columnHours: return "Hours"
        case .recordPromotionAbstract:
            return "Record monthly promotion (month, region, channel, events); recording a month again replaces it"
        case .recordDonationsAbstract:
            return
                "Record monthly donations (month, region, venue kind, visits, units); recording a month again replaces it"
        case .recordStockAbstract:
            return
                "Record daily stock (date, group, component, in stock, issued, optionally collected); the file's months are replaced"
        case .stockAbstract:
            return
                "Blood stock: days of supply and alert level by group and component, the last 90 days and the next 14; --brief for the shortage brief"
        case .simulateStockAbstract:
            return
                "Simulate a winter's stock like 2022–23 (falling from November, issues surging after Spring Festival) on the donation history, as a file to record"
        case .optionStockAt: return "date YYYY-MM-DD (default: the last stock row's date)"
        case .optionStockBrief:
            return
                "one A4 page for the leadership: levels, days of supply, the shortage plan by week, targeted recall and the day each group is back above its level"
        case .optionStockPlan:
            return "plan whose collections the projection uses (default: the newest plan covering the days after)"
        case .argumentStockOutput: return "stock file to write (CSV)"
        case .optionStockSeed: return "random seed (the same seed gives the same stock)"
        case .optionRecallTop: return "list only the N donors likeliest to answer (by time since they became eligible)"
        case .optionIgnoreStock: return "plan as if stock were at no alert level (for comparison)"
        case .optionBloodGroup: return "blood group such as A+ or O- (needs donor groups imported)"
        case .recordTargetsAbstract: return "Record targets (region, period, units); the file's periods are replaced"
        case .briefAbstract:
            return "One region leader's page: their regions' attainment and lights, this month's and next month's"
                + " drives, the open actions they own and the findings about their regions"
        case .evaluateAbstract:
            return
                "Make the monthly meeting pack: indicators, lights, ranking, findings, actions; HTML, Markdown and CSV"
        case .experimentDesignAbstract:
            return
                "Design a test of a channel whose effect is unclear: townships drawn at random within county and size strata to more, usual or fewer events; states the expected interval and records it in records/experiments.csv"
        case .optionExperimentChannel: return "The channel to test (code or name)"
        case .optionExperimentMonths: return "Months the test runs (default 3)"
        case .optionTownships: return "Townships taking part (default: all that held the channel in the last 12 months)"
        case .optionStart: return "First month (default: the month after the latest records)"
        case .actionsAddAbstract:
            return "Record an action decided by the meeting; the owner defaults to the region's accountable leader"
        case .actionsListAbstract: return "List actions with their indicators"
        case .actionsCloseAbstract: return "Close an action with its result"
        case .reviewAbstract:
            return "The party branch's yearly scorecard: each leader's regions and periods, results, lights and rank"
        case .simulateAbstract:
            return
                "Simulate monthly promotion and donations from a documented ground-truth model (calibrated to Maoming's published totals) and write the truth"
        case .demoAbstract:
            return
                "Run the whole loop on a temporary copy of the sample (calibrate, plan, record, evaluate, act); writes ./outreach-demo/"
        case .argumentFile: return "CSV file (UTF-8, UTF-8 with BOM or GB18030)"
        case .argumentAction: return "Action id, e.g. A001"
        case .optionBy: return "Who records it (kept in the audit log)"
        case .optionMonth: return "Month YYYY-MM (default: the latest recorded month)"
        case .optionOutput: return "Folder for the pack (default ./evaluation-YYYY-MM)"
        case .optionSheet: return "Which sheet of an .xlsx to read (default: the first)"
        case .optionTableOutput: return "Workbook file (required with --format xlsx); opens in Excel and WPS"
        case .optionActionRegion: return "Region of the action (code or name)"
        case .optionText: return "What is to be done"
        case .optionDue: return "Due month YYYY-MM"
        case .optionOwner: return "Owner (id or name; default: the region's accountable leader)"
        case .optionIndicator: return "Indicator to follow (default yearToDateAttainment)"
        case .optionResult: return "What came of it"
        case .optionOpenOnly: return "Open actions only"
        case .optionOverdueOnly: return "Overdue actions only"
        case .optionYear: return "Year YYYY (default: this year)"
        case .optionYears: return "Years to simulate (default 5)"
        case .optionThrough: return "Last simulated month YYYY-MM (default: last month)"
        case .calibrateAbstract:
            return
                "Calibrate the planner to the station's records (season, fixed-site daily yield, donations per drive per venue, units per donation, deferral rate, first-time share); writes calibration.json and backtests the last 4 quarters"
        case .backtestAbstract:
            return
                "Backtest: for each of the last finished quarters, calibrate on the months before it only, predict each county's monthly units and compare with the records and two baselines"
        case .optionCalibrateThrough:
            return "Use records up to and including this month YYYY-MM (default: the last recorded month)"
        case .optionQuarters: return "Quarters to backtest (default 4)"
        case .modelAbstract:
            return
                "Estimate what each promotion channel brings: visits per event, carry-over, saturation, the marginal event, with a forecast check"
        case .suggestAbstract:
            return
                "Suggest where to move promotion next month, holding events (or cost) and staff: moves with expected extra visits and ranges"
        case .optionBudget: return "What stays the same: events (default) or cost"
        case .optionFromSuggestion:
            return
                "Record suggestion N of outreach suggest as an action (region, text and due month from the suggestion)"
        case .recallAbstract:
            return
                "List the donors who become eligible again in a window (keyed hashes, for the BMIS or SMS platform to join), with counts by region and week"
        case .poolsAbstract: return "Eligible donor pools per region and venue: on a date and the months after"
        case .optionFromDate: return "First day YYYY-MM-DD"
        case .optionToDate: return "Last day YYYY-MM-DD"
        case .optionVenue: return "Only this venue (id or name)"
        case .optionDonationType: return "Next donation type: whole-blood (default) or platelets"
        case .optionRecallOutput:
            return
                "File for the list (default recall-FROM-TO.csv; a name ending in .xlsx gets a workbook, numbers kept as text)"
        case .optionRecallExport:
            return
                "the station's BMIS export (as imported): the list then gives its donor numbers, ready for an SMS platform; names, ID numbers, phones and addresses are never read or written"
        case .optionPoolDate: return "Date YYYY-MM-DD (default today)"
        case .simulateExportAbstract:
            return
                "Write the donations of the workspace's simulated history as a blood-management export (generic format, fictitious people; by default the last 12 simulated months), to try import records, recall, pools and calibrate"
        case .argumentExportOutput: return "The CSV file to write"
        case .optionGB18030: return "Write GB18030 (Chinese Excel's default) instead of UTF-8"
        case .optionBadRows:
            return "Percentage of rows with a deliberate error (1–50), to try the error report and --skip-bad-rows"
        case .optionExportSeed:
            return
                "Random seed, used only when the workspace has no simulated history (else its seed); the same seed and options write the same file"
        case .importRecordsAbstract:
            return
                "Import a blood-management system's donation export (one row per donation): monthly figures by region and venue kind; donors kept as keyed hashes only"
        case .argumentExport: return "The exported CSV (UTF-8, UTF-8 with BOM or GB18030; millions of rows are fine)"
        case .optionMapping: return "Import mapping Templates/imports/NAME.json (default generic)"
        case .optionDryRun:
            return
                "only print what would change (by month: rows added, removed, changed, totals before and after); write nothing"
        case .optionReplace:
            return
                "allow removing stored rows or lowering a month's totals (refused by default); the previous version is kept in records/history/ for outreach undo"
        case .historyAbstract:
            return "list the changes to the data from the audit log, marking those outreach undo can undo"
        case .undoAbstract:
            return "undo the last change to the data (record, import, simulate, actions), restoring the version before"
        case .optionAll: return "list every change (default: the last 20)"
        case .initAbstract: return "create a new workspace for a city from the official division codes"
        case .argumentInitFolder: return "the new workspace's folder (must not exist or be empty)"
        case .optionCity: return "the city's name (十堰市) or its 4-digit division code (4203)"
        case .optionDownTo: return "how fine the regions are: county (default) or township (townships and streets)"
        case .optionRejectedFile:
            return
                "File for the skipped rows (default: a .rejected.csv beside the export; a name ending in .xlsx gets a workbook)"
        case .optionSkipBadRows:
            return
                "Skip rows with errors (written to a .rejected.csv beside the file) and import the rest; by default any error imports nothing"
        case .optionModelMonth:
            return
                "Use the data through this month YYYY-MM (default: the latest recorded); suggestions are for the month after"
        case .optionEvaluationFormat: return "Output format: text, md, html, csv or json"
        case .assignUnchanged: return "This responsibility is already recorded; nothing changed."
        }
    }

    public func problem(_ kind: ProblemKind) -> String {
        switch kind {
        case .missingFile: return "file not found; create it in the format the README describes"
        case .unreadableFile(let cause): return "cannot read the file: " + describe(cause)
        case .fileShape(let shape):
            switch shape {
            case .titleRow(let line):
                return "line 1 looks like a title; the header is on line \(line): delete the title row and record again"
            case .tabSeparated: return "the file is tab-separated; save it as \"CSV UTF-8 (comma delimited)\""
            case .semicolonSeparated:
                return "the file is semicolon-separated; save it as \"CSV UTF-8 (comma delimited)\""
            case .utf16: return "the file is UTF-16 (\"Unicode text\"); save it as \"CSV UTF-8 (comma delimited)\""
            case .oldOrEncryptedWorkbook:
                return "this is an Excel 97-2003 .xls or a workbook with a password; in Excel or WPS save it as .xlsx"
                    + " (without a password) or as \"CSV UTF-8\""
            }
        case .workbook(let problem):
            switch problem {
            case .damaged: return "the workbook is damaged or incomplete; save it again as .xlsx in Excel or WPS"
            case .badChecksum:
                return
                    "the workbook's data does not match its checksum (damaged in transfer or saving); save or send it again"
            case .noSuchSheet(let name, let available):
                return "there is no sheet named '\(name)'; the sheets are: " + available.joined(separator: ", ")
                    + " (choose one with --sheet)"
            case .formulaWithoutValue:
                return "this cell is a formula whose result was not saved; open and save the file in Excel or WPS, or"
                    + " paste the formulas as values"
            case .errorValue(let value):
                return "this cell holds the error \(value); correct the formula or enter a value"
            case .mergedHeader(let range):
                return "the header has cells merged across columns (\(range), a two-row header); unmerge them and keep"
                    + " one header row with one name per column"
            }
        case .undecodableText:
            return "this line has bytes that are neither UTF-8 nor GB18030; save the file from Excel/WPS as 'CSV UTF-8'"
        case .unterminatedQuote:
            return
                "unterminated quote: the quoted field starting here never closes; add the closing \" or remove the stray one"
        case .missingColumn(let column):
            return "the header lacks the required column '\(column)'; add it to the first row"
        case .unknownColumn(let column, let suggestion):
            return "unknown column '\(column)' is ignored" + hint(suggestion)
        case .fieldCount(let expected, let found) where found > expected:
            return "this row has \(found) fields but the header only \(expected): most likely a comma inside a value"
                + " was not quoted and the values after it have shifted; the row is left out. Quote values with commas"
        case .fieldCount(let expected, let found):
            return "this row has \(found) fields but the header has \(expected); missing fields are read as empty"
        case .duplicateColumn(let column, let first):
            return "column '\(column)' is the same field as column \(first); delete one of them"
        case .emptyField(let field): return "'\(field)' must not be empty; fill it in"
        case .invalidValue(let field, let value, let expected):
            return "invalid '\(field)' value \(echo(value)): expected \(describe(expected))"
        case .textAfterQuote:
            return "text between a closing quote and the next comma (as in \"12\"3); put the whole value in quotes"
                + " and double any quote inside it"
        case .jsonSyntax: return "JSON syntax error; check commas, quotes and brackets near here"
        case .rowTooLong(let limit):
            return "this row is longer than \(limit / 1024) KiB: an unclosed quote, a file without line breaks, or"
                + " not a CSV table; check the quotes from this line on, or export the sheet again as CSV"
        case .tooManyFields(let limit):
            return "this row has more than \(limit) columns; is it the right file? export the sheet again as CSV"
        case .jsonTrailingComma: return "a comma before a closing bracket, which JSON does not allow; delete this comma"
        case .jsonWrongType(let expected): return "wrong type: expected \(expected) here"
        case .jsonMissingKey(let key): return "missing required key '\(key)'; add it"
        case .unsupportedVersion(let found, let supported):
            return
                "unsupported version \(found.map(String.init) ?? "(not an integer)"): this release reads \(supported); set \"version\" to \(supported)"
        case .duplicateID(let entity, let id):
            return
                "duplicate \(name(of: entity)) '\(id)'; each \(name(of: entity)) may appear once, remove or renumber it"
        case .unknownReference(let entity, let id, let suggestion):
            return "unknown \(name(of: entity)) \(echo(id))" + hint(suggestion)
        case .ambiguousReference(let entity, let id, let candidates):
            return "more than one \(name(of: entity)) is called '\(id)': " + candidates.joined(separator: ", ")
                + "; give the code or id instead"
        case .malformedRegionCode(let code):
            return "region code '\(code)' is malformed: expected 6, 9 or 12 digits (NBS division code)"
        case .regionCycle(let code): return "the parents of region '\(code)' form a cycle; correct the parent column"
        case .levelMismatch(let child, let parent):
            return "a \(name(of: child)) cannot be part of a \(name(of: parent)); check kind or parent"
        case .codeNotUnderParent(let code, let parent):
            return "code '\(code)' does not start like its parent '\(parent)'; check the code"
        case .multipleRoots(let codes): return "several top-level regions (\(codes)); a workspace normally has one city"
        case .endsBeforeStart(let start, let end):
            return "end date \(end) is before start date \(start); correct the dates"
        case .assignmentsOverlap(let region, let otherLeader, let other):
            return
                "this assignment of region '\(region)' overlaps that of '\(otherLeader)' (\(describe(other))); a region has one leader a day"
        case .regionWithoutLeader(let code, let name, let englishName, let date):
            return
                "\(englishName.isEmpty ? name : englishName) (\(code)) has no accountable leader on \(date) (neither it nor a parent is assigned); use outreach assign"
        case .leaderWithoutRegion(let leader): return "leader '\(leader)' has never held a region"
        case .holidayDataMissing(let year, let reachedBy):
            let reach = reachedBy.isEmpty ? "" : " (the term calendar '\(reachedBy)' reaches it)"
            return
                "no official holiday schedule for \(year)\(reach); once the State Council publishes it, add it to 'holidays' and 'workdays' in Templates/calendar/cn-holidays.json"
        case .lunarDataMissing(let year, let venue):
            return
                "the lunar table does not cover \(year), so lunar market days of '\(venue)' are unknown; extend Templates/calendar/lunar-months.json"
        case .stockLevelsNotOrdered(let level, let previous, let field, let value, let previousValue):
            return
                "level '\(level)' must be stricter than '\(previous)' before it: \(field) \(Table.decimal(value, digits: 1, grouped: false)) after \(Table.decimal(previousValue, digits: 1, grouped: false)) (days of supply fall and weights rise from one level to the next); reorder the levels"
        case .issuedAboveAvailable(let issued, let available):
            return
                "\(issued) issued, but only \(available) were available (the day before's stock and the day's collections); check the row"
        case .dateOutOfOrder(let date, let previous, let line):
            return
                "\(date) comes after \(previous) (line \(line)) for the same group and component; sort the rows by date"
        case .scheduleUnusualForKind(let kind, let schedule, let usual):
            return
                "a \(name(of: kind)) with schedule '\(schedule)' is unusual (usually \(usual)); colleges follow terms, government bodies workdays, markets market days, fixed sites opening hours"
        case .publicVenuesWithoutAddress(let count, let examples):
            return
                "\(count) venues of public drives have no address (\(examples.joined(separator: ", "))\(count > examples.count ? " …" : "")); the public schedule shows their township or street instead: fill in the address column of venues.csv"
        case .noCampaignForVenueKind(let kind):
            return "no campaign template applies to \(name(of: kind)) venues; add one in Templates/campaigns"
        case .duplicateTarget(let region, let period):
            return "region '\(region)' has more than one target row for \(period); keep one row per region and period"
        case .nestedTarget(let region, let ancestor):
            return
                "region '\(region)' lies inside '\(ancestor)', which also has targets, so units would count twice; give targets at one level only"
        case .inconsistentExperiment(let id, let firstLine):
            return
                "experiment \(id) names another channel, start or length than on line \(firstLine); an experiment's rows must agree"
        case .overlappingExperiment(let id, let other, let channel, let firstLine):
            return
                "experiment \(id) tests \(channel) in months experiment \(other) (line \(firstLine)) already covers; move its start or remove one"
        case .duplicateRecord(let key, let firstLine):
            return "repeats line \(firstLine) (\(key)); keep one row per month, region and channel (or venue kind)"
        case .unitsAboveMaximum(let units, let visits):
            return
                "\(Table.decimal(units, digits: 1, grouped: false)) units is more than twice the \(visits) donor visits (one whole-blood donation gives at most 400 mL = 2 U); check units and visits"
        case .unitsBelowVisits(let units, let visits):
            return
                "\(Table.decimal(units, digits: 1, grouped: false)) units is fewer than the \(visits) donor visits (a whole-blood donation gives at least 1 U); fill in platelet_doses if platelets are included, else check"
        case .countAboveVisits(let field, let count, let visits):
            return "'\(field)' is \(count), more than the \(visits) donor visits; check it"
        case .futureMonth(let month): return "month \(month) has not ended yet; record finished months only"
        case .nestedRecord(let region, let ancestor, let month):
            return
                "\(month) has rows for region '\(region)' and for its ancestor '\(ancestor)', so the ancestor's totals would count twice; record at one level only"
        case .identityColumn(let column, let evidence):
            let why = [
                IdentityScreen.Evidence.header: "its name says it identifies people",
                .idNumbers: "it holds resident ID numbers",
                .mobileNumbers: "it holds mobile phone numbers or e-mail addresses",
            ][evidence]!
            return
                "column '\(column)': \(why); the toolkit never keeps donor identities. Remove the column from the export, or say in the mapping's identity section \"\(column)\": \"drop\" (not read) or \"hash\" (replaced by a keyed hash)"
        case .changedSinceAudit(let table, let missing):
            return "\(table) " + (missing ? "is gone" : "does not match the result this audit line recorded")
                + ": it changed after its last recorded change (an edit by hand, a copy from elsewhere, a damaged disk)."
                + " See outreach history; if it was not meant, restore it from a backup or records/history/"
        case .implausibleDate(let value): return "date \(echo(value)) is after today or before 1950; check it"
        }
    }

    public func usage(_ error: UsageMessage) -> String {
        switch error {
        case .unknownCommand(let command, let suggestion): return "Unknown command '\(command)'" + hint(suggestion)
        case .unknownOption(let option, let suggestion): return "Unknown option '\(option)'" + hint(suggestion)
        case .missingValue(let option): return "Missing value for option '\(option)'"
        case .unexpectedArgument(let value): return "Unexpected argument '\(value)'"
        case .missingArgument(let name): return "Missing expected argument '<\(name)>'"
        case .missingOption(let option): return "Missing expected option '\(option)'"
        case .invalidValue(let option, let value, let expected):
            return "The value '\(value)' is invalid for '\(option)': expected \(describe(expected))"
        case .invalidEnvironment(let variable, let value, let expected):
            return
                "The environment variable \(variable) holds '\(value)': expected \(describe(expected)); correct it or unset it"
        case .seeHelp(let command): return "See '\(command) --help' for more information."
        case .workspaceNotFound(let path):
            return "workspace folder '\(path)' not found; name it with --workspace or set OUTREACH_WORKSPACE"
        }
    }

    public func assignment(_ message: AssignmentMessage) -> String {
        switch message {
        case .recorded(let region, let leader, let period, let reason):
            return "Recorded: \(leader) is accountable for \(region) from \(period.start)"
                + (period.end.map { " to \($0)" } ?? "") + " (\(reason))."
        case .closed(let leader, let lastDay): return "\(leader)'s previous period now ends on \(lastDay)."
        case .unknownRegion(let name, let suggestion): return "unknown region '\(name)'" + hint(suggestion)
        case .unknownLeader(let name, let suggestion): return "unknown leader '\(name)'" + hint(suggestion)
        case .emptyReason: return "--reason must not be empty: the reason is kept in the history"
        case .endsBeforeStart(let start, let end): return "end date \(end) is before start date \(start)"
        case .startsBeforeExisting(let leader, let period):
            return
                "an assignment of \(leader) already starts on \(period.start); the new start must be later, history is append-only"
        case .overlapsClosedPeriod(let leader, let period):
            return
                "the new start falls inside \(leader)'s closed period \(describe(period)); start on \(period.end.map { "\($0.adding(days: 1))" } ?? "") or later"
        case .workspaceHasErrors:
            return "the workspace has errors, so nothing was written; fix these first (outreach check):"
        case .wouldBreak: return "the change would make the workspace invalid, so nothing was written:"
        case .writeFailed(let path, let reason): return "writing '\(path)' failed: \(reason); the file is unchanged"
        }
    }

    public func name(of kind: RegionKind) -> String {
        switch kind {
        case .city: return "city"
        case .district: return "district"
        case .countyLevelCity: return "county-level city"
        case .county: return "county"
        case .banner: return "banner"
        case .town: return "town"
        case .township: return "township"
        case .subdistrict: return "subdistrict"
        case .sumu: return "sumu"
        case .otherUnit: return "other unit"
        }
    }

    public func name(of kind: VenueKind) -> String {
        switch kind {
        case .college: return "college"
        case .school: return "school"
        case .government: return "government body"
        case .market: return "market site"
        case .enterprise: return "enterprise"
        case .street: return "street site"
        case .fixedSite: return "fixed donation house"
        case .community: return "community"
        }
    }

    public func name(of role: LeaderRole) -> String {
        switch role {
        case .branchCommitteeMember: return "branch committee"
        case .partyMember: return "party member"
        case .other: return "other"
        }
    }

    public func heldThrough(_ regionName: String) -> String { "through \(regionName)" }

    public var listSeparator: String { ", " }

    /// The English name where the data has one; Chinese otherwise.
    public func localized(_ chinese: String, english: String) -> String { english.isEmpty ? chinese : english }

    public func regionsTitle(workspace: String, date: CivilDate) -> String {
        "\(workspace) · responsibility by region on \(date)"
    }

    public func leadersTitle(workspace: String, date: CivilDate) -> String {
        "\(workspace) · leaders' loads on \(date)"
    }

    public func checkSummary(errors: Int, warnings: Int) -> String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")."
    }

    /// A value read from a file, quoted, or a note that it is not shown (`ValueEcho`).
    private func echo(_ value: String) -> String {
        ValueEcho.shown(value).map { "'\($0)'" } ?? "(not shown: looks like an ID number, phone, e-mail or address)"
    }

    private func hint(_ suggestion: String?) -> String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }

    private func describe(_ period: Period) -> String { "\(period.start) to \(period.end.map(\.description) ?? "now")" }

    private func name(of entity: EntityKind) -> String {
        switch entity {
        case .region: return "region"
        case .leader: return "leader"
        case .assignment: return "assignment"
        case .venue: return "venue"
        case .team: return "team"
        case .template: return "campaign template"
        case .channel: return "promotion channel"
        case .termCalendar: return "term calendar"
        case .observance: return "observance"
        case .venueKind: return "venue kind"
        }
    }

    private func describe(_ expectation: Expectation) -> String {
        switch expectation {
        case .integer: return "a whole number"
        case .nonNegativeInteger: return "a whole number, 0 or more"
        case .nonNegativeNumber: return "a number, 0 or more"
        case .atMost(let maximum): return "a number no larger than \(maximum)"
        case .yearOrMonth: return "a year YYYY (annual quota) or a month YYYY-MM (monthly target)"
        case .positiveInteger: return "a whole number above 0"
        case .fraction: return "a fraction between 0 and 1"
        case .sha256: return "a SHA-256 value of 64 hexadecimal digits"
        case .date: return "a date YYYY-MM-DD (e.g. 2026-07-01)"
        case .year: return "a four-digit year"
        case .month: return "a month 1–12"
        case .yearMonth: return "a month YYYY-MM (e.g. 2026-10)"
        case .donationDate: return "a date such as 2026/1/5, 2026-01-05, 2026年1月5日 or an Excel serial number"
        case .wholeBloodVolume: return "200, 300 or 400 mL, written 400, 400ml or 2U"
        case .donationType:
            return "a donation type: whole blood or apheresis platelets (or add the spelling to the mapping's types)"
        case .donationResult: return "a result: donated or deferred (or add the spelling to the mapping's results)"
        case .yesNo: return "yes or no"
        case .bloodGroup: return "a blood group such as A+, O-, AB+ or A型RhD阳性"
        case .bloodComponent: return "a component: red-cells (悬浮红细胞), platelets (单采血小板) or plasma (血浆)"
        case .sumOfShares: return "shares adding up to 1"
        case .oneOf(let options):
            return options.isEmpty ? "a value allowed for this field" : "one of " + options.joined(separator: ", ")
        case .schedule(let error): return "a schedule rule (\(describe(error)))"
        case .teamWorkingDays: return "a working-day rule such as daily, workdays, rest-days or weekdays:mon-sat"
        }
    }

    private func describe(_ error: Schedule.ParseError) -> String {
        switch error {
        case .unknownRule:
            return
                "use daily, workdays, rest-days, weekdays:mon-fri, market:1,4,7, 逢一四七, lunar-market:3,6,9, term:<calendar id> or hours:mon-fri 08:00-17:30"
        case .badWeekday(let text):
            return "'\(text)' is not a weekday; use mon tue wed thu fri sat sun, or a range mon-fri"
        case .badMarketDigits(let text): return "'\(text)' are not market-day digits; write market:1,4,7 or 逢一四七"
        case .badHours(let text):
            return "'\(text)' are not opening hours; write hours:mon-fri 08:30-17:30; sat,sun 09:00-16:00"
        case .missingTermID: return "term: must name a term calendar of calendar.json"
        }
    }
}
