import Foundation
import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// The monthly records of a workspace, kept as CSV files staff can open in Excel: `records/promotion.csv`,
/// `records/donations.csv`, `records/actions.csv`, with the append-only `records/audit.csv` beside them.
public struct RecordStore: Sendable {
    public static let folder = "records"
    public static let promotionFile = folder + "/promotion.csv"
    public static let donationsFile = folder + "/donations.csv"
    public static let actionsFile = folder + "/actions.csv"
    public static let auditFile = folder + "/audit.csv"
    public static let drivesFile = folder + "/drives.csv"
    public static let stockFile = folder + "/stock.csv"
    public static let experimentsFile = folder + "/experiments.csv"
    public static let truthFile = folder + "/simulation-truth.json"

    public var promotion: [PromotionRecord] = []
    public var donations: [DonationRecord] = []
    public var actions: [Action] = []
    public var experiments: [Experiment] = []
    /// Venue-days with donations (from an import or the simulated world): the drives calibration learns from.
    public var drives: [DriveRecord] = []
    /// Daily stock and issues by blood group and component (`record stock`), oldest first.
    public var stock: [StockRecord] = []
    /// Problems met reading the stored files; a broken store is reported, never silently half-read.
    public var problems: [Problem] = []

    /// Reads whatever records exist; missing files are empty tables.
    public static func load(_ paths: WorkspacePaths, workspace: Workspace) -> RecordStore {
        var store = RecordStore()
        let tree = workspace.tree
        store.promotion = store.table(promotionFile, RecordTables.promotion, paths) {
            $0.readPromotion(tree: tree, channels: workspace.channels)
        }
        store.donations = store.table(donationsFile, RecordTables.donations, paths) { $0.readDonations(tree: tree) }
        store.actions = store.table(actionsFile, RecordTables.actions, paths) { $0.readActions() }
        store.experiments = store.table(experimentsFile, ExperimentTable.columns, paths) { reader in
            (ExperimentTable.read(&reader, workspace: workspace), [])
        }
        let (stock, stockProblems) = Self.stock(paths)
        store.stock = stock
        store.problems += stockProblems
        let (drives, problems) = DriveTable.load(paths, workspace: workspace)
        store.drives = drives
        store.problems += problems
        return store
    }

    /// The stock table alone, for a command that needs nothing else (`plan` reading the stock level).
    public static func stock(_ paths: WorkspacePaths) -> ([StockRecord], [Problem]) {
        var store = RecordStore()
        store.stock = store.table(stockFile, RecordTables.stock, paths) { $0.readStock() }
        return (store.stock, store.problems)
    }

    private mutating func table<T>(
        _ name: String, _ specs: [ColumnSpec], _ paths: WorkspacePaths,
        read: (inout TableReader) -> (values: [T], lines: [Int])
    ) -> [T] {
        let file = paths.workspaceFile(name)
        switch FileText.read(file.url, display: file.display) {
        case .missing: return []
        case .failed(let problem):
            problems.append(problem)
            return []
        case .text(let text):
            let (opened, found) = TableReader.open(text: text, file: file.display, specs: specs)
            problems += found
            guard var reader = opened else { return [] }
            let values = read(&reader).values
            problems += reader.problems.filter { $0.severity == .error }
            return values
        }
    }

    /// The simulated world's truth, when the history was simulated (nil without a problem when it was not).
    public static func simulationTruth(_ paths: WorkspacePaths) -> (WorldTruth?, [Problem]) {
        let file = paths.workspaceFile(truthFile)
        switch FileText.read(file.url, display: file.display) {
        case .missing: return (nil, [])
        case .failed(let problem): return (nil, [problem])
        case .text(let text): return JSONDocument.decode(WorldTruth.self, text: text, file: file.display)
        }
    }

    /// The history the evaluator reads, through `last` (default: the last recorded month).
    public func history(_ workspace: Workspace, through last: YearMonth? = nil) -> RecordHistory {
        RecordHistory(
            tree: workspace.tree, channels: workspace.channels, promotion: promotion, donations: donations,
            through: last)
    }

    static func document(_ promotion: [PromotionRecord]) -> String {
        CSVWriter.document(header: RecordTables.promotionHeader, rows: promotion.map(RecordTables.fields))
    }

    static func document(_ donations: [DonationRecord]) -> String {
        CSVWriter.document(header: RecordTables.donationsHeader, rows: donations.map(RecordTables.fields))
    }

    /// A stock sheet as `record stock` reads it (and as `records/stock.csv` keeps it).
    public static func document(_ stock: [StockRecord]) -> String {
        let sorted = stock.sorted { ($0.date, $0.component, $0.group) < ($1.date, $1.component, $1.group) }
        return CSVWriter.document(header: RecordTables.stockHeader, rows: sorted.map(RecordTables.fields))
    }

    static func document(_ drives: [DriveRecord]) -> String {
        CSVWriter.document(header: RecordTables.drivesHeader, rows: drives.map(RecordTables.fields))
    }

    static func document(_ actions: [Action]) -> String {
        CSVWriter.document(header: RecordTables.actionsHeader, rows: actions.map(RecordTables.fields))
    }

    static func document(_ targets: [TargetRow]) -> String {
        CSVWriter.document(
            header: WorkspaceTables.targets.map(\.name),
            rows: targets.map { [$0.regionCode, $0.span.description, RecordTables.number($0.units), $0.notes] })
    }

    /// Donations as a station keeps them in Excel: Chinese headers, region and venue-kind names, `2026年10月`.
    /// The demo records such a sheet; `correction` is added to the first row's units (a late correction).
    public static func spreadsheet(_ rows: [DonationRecord], workspace: Workspace, correction: Double = 2) -> String {
        var kindNames: [VenueKind: String] = [:]
        for (spelling, kind) in WorkspaceTables.venueKinds
        where kindNames[kind] == nil && !spelling.allSatisfy(\.isASCII) {
            kindNames[kind] = spelling
        }
        // A region by name as staff write it, by code where two regions share the name (河西街道).
        let counts = Dictionary(workspace.regions.map { ($0.name, 1) }, uniquingKeysWith: +)
        let names = Dictionary(
            workspace.regions.filter { counts[$0.name] == 1 }.map { ($0.code, $0.name) },
            uniquingKeysWith: { first, _ in first })
        let lines = rows.enumerated().map { index, row in
            [
                "\(row.month.year)年\(row.month.month)月",
                names[row.regionCode] ?? row.regionCode,
                kindNames[row.venueKind] ?? row.venueKind.rawValue, String(row.visits),
                RecordTables.number(row.units + (index == 0 ? correction : 0)), row.firstTime.map(String.init) ?? "",
                row.deferred.map(String.init) ?? "", row.plateletDoses.map(String.init) ?? "",
            ]
        }
        let header = RecordTables.donations.filter { $0.name != "source" }.map { $0.aliases[0] }
        return CSVWriter.document(header: header, rows: lines)
    }
}

extension RecordStore {
    /// Whether the records came from the simulator (the truth file sits beside them).
    public func isSynthetic(_ paths: WorkspacePaths) -> Bool {
        FileManager.default.fileExists(atPath: paths.workspaceFile(RecordStore.truthFile).url.path)
    }
}
