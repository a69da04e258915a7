import Foundation
import OutreachModel

/// `calibration.json` in the workspace: read for planning, written atomically by `outreach calibrate`.
public enum CalibrationStore {
    public static let file = "calibration.json"

    /// The stored calibration (nil when there is none), or the problems that make it unusable: a broken file is
    /// reported with its key path, and a value no station can have (a share above 1, a negative yield) is refused.
    public static func load(_ paths: WorkspacePaths) -> (Calibration?, [Problem]) {
        let location = paths.workspaceFile(file)
        switch FileText.read(location.url, display: location.display) {
        case .missing: return (nil, [])
        case .failed(let problem): return (nil, [problem])
        case .text(let text):
            let (calibration, problems) = JSONDocument.decode(Calibration.self, text: text, file: location.display)
            guard let calibration else { return (nil, problems) }
            let refused = outOfRange(calibration).map { keyPath, value, expected in
                Problem(
                    .error, .invalidValue(field: keyPath, value: RecordTables.number(value), expected: expected),
                    location: SourceLocation(file: location.display, keyPath: keyPath))
            }
            return refused.isEmpty ? (calibration, []) : (nil, refused)
        }
    }

    public static func save(_ calibration: Calibration, to paths: WorkspacePaths) throws(WriteFailure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let encoded: [UInt8] = (try? encoder.encode(calibration)).map { [UInt8]($0) } ?? []
        let bytes = encoded + [0x0A]
        try AtomicFile.write(bytes, to: paths.workspaceFile(file).url)
    }

    /// Values outside what a station can have, by key path.
    static func outOfRange(_ calibration: Calibration) -> [(String, Double, Expectation)] {
        var found: [(String, Double, Expectation)] = []
        func check(_ keyPath: String, _ value: Double, share: Bool = false) {
            if !value.isFinite || value < 0 || (share && value > 1) {
                found.append((keyPath, value, share ? .fraction : .nonNegativeNumber))
            }
        }
        for (index, site) in calibration.fixedSites.enumerated() {
            check("fixedSites[\(index)].donationsPerDay.value", site.donationsPerDay.value)
            for (day, factor) in site.weekday.enumerated() { check("fixedSites[\(index)].weekday[\(day)]", factor) }
        }
        for (index, drive) in calibration.drives.enumerated() {
            check("drives[\(index)].donationsPerDrive.value", drive.donationsPerDrive.value)
            check("drives[\(index)].shareOfReach", drive.shareOfReach, share: true)
        }
        for (index, month) in (calibration.season ?? []).enumerated() { check("season[\(index)].value", month.value) }
        for (kind, units) in calibration.unitsPerDonation { check("unitsPerDonation.\(kind).value", units.value) }
        if let rate = calibration.deferralRate { check("deferralRate.value", rate.value, share: true) }
        if let share = calibration.firstTimeShare { check("firstTimeShare.value", share.value, share: true) }
        return found
    }
}
