/// Fixed words and sentences shown to users; each catalogue spells every case.
public enum Phrase: String, CaseIterable, Sendable {
    // Help.
    case appAbstract, regionsAbstract, leadersAbstract, assignAbstract, checkAbstract
    case optionWorkspace, optionTemplates, optionLang, optionFormat, optionHelp, optionVersion
    case optionAt, optionDepth, optionFrom, optionTo, optionReason, optionStrict
    case argumentRegionFilter, argumentRegion, argumentLeader
    case usageLabel, argumentsLabel, optionsLabel, commandsLabel, defaultLabel, columnsLabel, requiredLabel
    case subcommandsLabel
    // Tables.
    /// Column titles of the machine columns (CSV, workbooks); JSON keeps the English keys.
    case columnDepth, columnParentCode, columnLeaderID, columnHeldThrough, columnPopulationYear, columnPopulationSource,
        columnRegionCodes, columnChannelCode, columnPerEventLow, columnPerEventHigh, columnMarginalLow,
        columnMarginalHigh, columnCarryOverRate, columnVarianceInflation, columnFindingCode
    case columnRegion, columnKind, columnCode, columnPopulation, columnLeader, columnHeld, columnSince
    case columnID, columnName, columnRole, columnBranch, columnRegionsHeld, columnVenues
    case heldDirectly, noLeader, notAvailable
    // Check.
    case severityError, severityWarning, checkClean
    // Assign.
    case assignUnchanged
    // Plan.
    case planAbstract, planShowAbstract, planExplainAbstract, planScoreAbstract
    case optionPlanFrom, optionPlanTo, optionPlanRegion, optionSeed, optionPlanName, optionPin, optionBlock
    case optionReplanFrom, optionExportInstance, optionShortage, optionLeaderView, optionTeamView, optionRegionView
    case optionPublic, optionInstance, optionPlanFormat
    case argumentPlanName, argumentDrive, argumentSchedule
    case columnMonth, columnTarget, columnSource, columnFixedSites, columnDrives, columnDriveUnits, columnExpected
    case columnAttainment, columnShortfall, columnReason, columnDate, columnWeekday, columnTime, columnVenue
    case columnCampaign, columnTeam, columnTurnout, columnUnits, columnAddress, columnWorkingDays, columnUtilisation
    case columnPool, columnOrigin, columnHours
    // Evaluation.
    case experimentDesignAbstract, optionExperimentChannel, optionExperimentMonths, optionTownships, optionStart
    case recordStockAbstract, stockAbstract, simulateStockAbstract, optionStockAt, optionStockBrief, optionStockPlan
    case argumentStockOutput, optionStockSeed, optionBloodGroup, optionIgnoreStock, optionRecallTop
    case recordPromotionAbstract, recordDonationsAbstract, recordTargetsAbstract, evaluateAbstract, briefAbstract,
        actionsAddAbstract,
        actionsListAbstract, actionsCloseAbstract, reviewAbstract, simulateAbstract, demoAbstract
    case argumentFile, argumentAction, optionBy, optionMonth, optionOutput, optionTableOutput, optionSheet,
        optionActionRegion, optionText, optionDue,
        optionOwner, optionIndicator, optionResult, optionOpenOnly, optionOverdueOnly, optionYear, optionYears,
        optionThrough, optionEvaluationFormat
    // Channel model.
    case modelAbstract, suggestAbstract, optionBudget, optionFromSuggestion, optionModelMonth
    case calibrateAbstract, backtestAbstract, optionCalibrateThrough, optionQuarters
    // Record import.
    case importRecordsAbstract, argumentExport, optionMapping, optionSkipBadRows, optionRejectedFile
    // Guarding history, undo, init.
    case optionDryRun, optionReplace, historyAbstract, undoAbstract, optionAll
    case initAbstract, argumentInitFolder, optionCity, optionDownTo
    case recallAbstract, poolsAbstract, optionFromDate, optionToDate, optionVenue, optionDonationType,
        optionRecallOutput, optionRecallExport
    case optionPoolDate
    case simulateExportAbstract, argumentExportOutput, optionGB18030, optionBadRows, optionExportSeed
}
