import Foundation
import Glibc
import OutreachFormats
import OutreachModel

/// Why `outreach init` created nothing.
public enum InitFailure: Error, Sendable, Equatable {
    case notEmpty(path: String)
    case unknownCity(String, suggestions: [String])
    case ambiguousCity(String, candidates: [String])
    case divisionsMissing(path: String)
    case writeFailed(WriteFailure)
}

/// What `outreach init` created.
public struct InitReport: Sendable, Equatable {
    public var city: Divisions.Unit
    public var counties: Int
    public var townships: Int
}

/// Creates a workspace for any city from the bundled division codes: `regions.csv` with official codes, names,
/// kinds and parents, `workspace.json`, and the other tables empty under Chinese headers, ready to fill.
///
/// The workspace is written in a hidden folder beside the target and renamed into place, so a run killed at any
/// moment leaves no workspace or a whole one; a folder that exists and is not empty is never touched.
public enum WorkspaceCreator {
    public static func create(at folder: URL, city query: String, townships: Bool, templates: URL) throws(InitFailure)
        -> InitReport
    {
        let manager = FileManager.default
        if let contents = try? manager.contentsOfDirectory(atPath: folder.path), !contents.isEmpty {
            throw .notEmpty(path: folder.path)
        }
        if manager.fileExists(atPath: folder.path) && (try? manager.contentsOfDirectory(atPath: folder.path)) == nil {
            throw .notEmpty(path: folder.path)
        }
        let divisions: Divisions
        switch DivisionFiles.load(templates: templates) {
        case .success(let loaded): divisions = loaded
        case .failure(let failure): throw failure
        }
        let city: Divisions.Unit
        switch divisions.city(query) {
        case .found(let unit): city = unit
        case .ambiguous(let units): throw .ambiguousCity(query, candidates: units.map(divisions.label))
        case .unknown(let suggestions): throw .unknownCity(query, suggestions: suggestions)
        }
        let regions = divisions.regions(under: city, townships: townships)
        let staging = folder.deletingLastPathComponent().appendingPathComponent(
            "." + folder.lastPathComponent + ".init-\(getpid())")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for (name, text) in files(city: city, regions: regions) {
                try AtomicFile.write(Array(text.utf8), to: staging.appendingPathComponent(name))
            }
            // An empty target folder gives way to the finished one.
            if manager.fileExists(atPath: folder.path) { rmdir(folder.path) }
            guard rename(staging.path, folder.path) == 0 else {
                throw WriteFailure.system(folder.path, .rename)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw .writeFailed(.from(error, path: staging.path, step: .write))
        }
        let townshipCount = regions.count { $0.code.count == 9 }
        return InitReport(city: city, counties: regions.count - 1 - townshipCount, townships: townshipCount)
    }

    /// The new workspace's files, by name.
    static func files(city: Divisions.Unit, regions: [Region]) -> [(String, String)] {
        let kindNames: [RegionKind: String] = [
            .city: "市", .district: "区", .countyLevelCity: "县级市", .county: "县", .banner: "旗", .town: "镇",
            .township: "乡", .subdistrict: "街道", .sumu: "苏木", .otherUnit: "其他",
        ]
        let settings = """
            {
             "version": 1,
             "name": "\(city.name)中心血站",
             "englishName": "",
             "cityCode": "\(city.code)",
             "notes": "Created by outreach init from the official division codes (NBS, 2022-10-31). Fill in populations (regions.csv), region leaders (leaders.csv, assignments.csv), venues, teams and targets; outreach check lists what remains."
            }

            """
        func table(_ header: [String], _ rows: [[String]] = []) -> String {
            CSVWriter.document(header: header, rows: rows)
        }
        return [
            ("workspace.json", settings),
            (
                "regions.csv",
                table(
                    ["代码", "名称", "英文名", "类型", "上级", "人口", "人口年份", "人口来源"],
                    regions.map {
                        [$0.code, $0.name, "", kindNames[$0.kind] ?? $0.kind.rawValue, $0.parentCode ?? "", "", "", ""]
                    })
            ),
            ("leaders.csv", table(["编号", "姓名", "身份", "所在支部"])),
            ("assignments.csv", table(["区域", "区域领导", "起始日期", "截止日期", "原因"])),
            ("venues.csv", table(["编号", "名称", "类型", "区域", "可动员人数", "日接待能力", "可用日", "地址", "备注"])),
            ("teams.csv", table(["编号", "名称", "类型", "人员", "采血位", "驻地", "工作日", "备注"])),
            ("targets.csv", table(["区域", "期间", "任务数", "备注"])),
        ]
    }
}
