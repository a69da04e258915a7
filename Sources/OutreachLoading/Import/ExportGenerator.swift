import Foundation
import OutreachFormats
import OutreachModel

/// Writes a realistic, entirely fictitious donation export in the generic format (`Templates/imports/generic.json`)
/// for a workspace: identity columns included (fictitious names, resident IDs with valid check digits, mobile
/// numbers, addresses with commas, so quoted), repeat donors, whole blood and platelets, deferrals, first-time
/// flags, UTF-8 or GB18030, and optionally a share of bad rows. Streams to disk, so any size can be written. The
/// totals it returns are what an import must find.
public struct ExportGenerator {
    public struct Totals: Equatable, Sendable {
        /// By `month|region code|venue kind`: donations, units, first-time, deferred, platelet doses.
        public var cells: [String: [Double]] = [:]
        public var rows = 0
        public var badRows = 0
        public var donors = 0
    }

    public var workspace: Workspace
    public var from: CivilDate
    public var to: CivilDate
    public var seed: UInt64
    public var gb18030 = false
    /// Share of rows with one bad value (a bad date, volume or region).
    public var badShare = 0.0

    public init(workspace: Workspace, from: CivilDate, to: CivilDate, seed: UInt64) {
        self.workspace = workspace
        self.from = from
        self.to = to
        self.seed = seed
    }

    public static let header = [
        "献血码", "献血日期", "献血者编号", "姓名", "身份证号", "手机号", "联系地址", "出生日期", "区县", "采血点", "献血类型", "献血量",
        "治疗量", "是否首次", "检测结果",
    ]

    /// Writes `rows` rows to `url`.
    public func write(rows: Int, to url: URL) throws -> Totals {
        var random = SeededRandom(seed: seed)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let tree = workspace.tree
        let venues = workspace.venues.filter { tree.region(code: $0.regionCode) != nil }
        // A venue's county: the child of the city on its region's path.
        let county = venues.map { venue -> Region in
            let chain = [tree.region(code: venue.regionCode)!] + tree.ancestors(of: venue.regionCode)
            return chain.first { $0.parentCode == workspace.settings.cityCode } ?? chain[0]
        }
        let donorCount = max(1, rows * 2 / 5)
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
        let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂")
        let days = to.dayNumber - from.dayNumber + 1
        var totals = Totals()
        var seen = Set<Int>()
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = ""
        func flush() throws {
            let bytes = gb18030 ? TextDecoder.gb18030(buffer) : Array(buffer.utf8)
            try handle.write(contentsOf: bytes)
            buffer = ""
        }
        buffer = Self.header.joined(separator: ",") + "\r\n"
        for row in 0..<rows {
            let donor = below(donorCount)
            var donorRandom = SeededRandom(seed: seed &+ UInt64(donor) &* 0x9E37_79B9)
            func donorBelow(_ bound: Int) -> Int { Int(donorRandom.next() % UInt64(bound)) }
            let birth = CivilDate(year: 1968 + donorBelow(38), month: 1 + donorBelow(12), day: 1 + donorBelow(28))!
            let home = donorBelow(venues.count)
            let venueIndex = below(5) == 0 ? below(venues.count) : home
            let venue = venues[venueIndex]
            let day = CivilDate(dayNumber: from.dayNumber + below(days))
            let platelets = below(10) == 0
            let deferred = below(100) < 9
            let volume = [200, 300, 400, 400, 400, 400, 400, 300, 400, 400][below(10)]
            let doses = 1 + below(2)
            let first = !seen.contains(donor)
            seen.insert(donor)
            let id = Self.residentID(birth: birth, serial: donor)
            var fields = [
                String(format: "%012d", row + 1), "\(day.year)/\(day.month)/\(day.day)",
                "D" + String(format: "%08d", donor),
                String(surnames[donorBelow(surnames.count)]) + String(given[donorBelow(given.count)]), id,
                "1\(3 + donorBelow(7))" + String(format: "%09d", donor),
                "\"茂名市\(county[venueIndex].name),示例路\(donorBelow(200))号\"",
                birth.description, county[venueIndex].name, venue.name, platelets ? "机采血小板" : "全血",
                platelets ? "" : (below(2) == 0 ? "\(volume)" : "\(volume)ml"), platelets ? "\(doses)" : "",
                first ? "是" : "否", deferred ? "暂缓" : "合格",
            ]
            if badShare > 0, Double(below(1_000_000)) < badShare * 1_000_000 {
                switch below(3) {
                case 0: fields[1] = "\(day.year)/13/\(day.day)"
                case 1:
                    (fields[10], fields[11], fields[14]) = ("全血", "450ml", "合格")
                default: fields[8] = "不存在区"
                }
                totals.badRows += 1
            } else {
                let key = "\(YearMonth(day))|\(county[venueIndex].code)|\(venue.kind.rawValue)"
                var cell = totals.cells[key] ?? [0, 0, 0, 0, 0]
                if deferred {
                    cell[3] += 1
                } else {
                    cell[0] += 1
                    cell[1] += platelets ? 0 : Double(volume) / 200
                    cell[2] += first ? 1 : 0
                    cell[4] += platelets ? Double(doses) : 0
                }
                totals.cells[key] = cell
            }
            buffer += fields.joined(separator: ",") + "\r\n"
            if buffer.utf8.count > 1 << 20 { try flush() }
        }
        try flush()
        totals.rows = rows
        totals.donors = seen.count
        return totals
    }

    /// A fictitious resident ID with a correct check digit (GB 11643-1999): region 440902, the birth date, a serial.
    static func residentID(birth: CivilDate, serial: Int) -> String {
        let body =
            "440902" + String(format: "%04d%02d%02d", birth.year, birth.month, birth.day)
            + String(format: "%03d", serial % 1000)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body.utf8, weights).reduce(0) { $0 + Int($1.0 - 48) * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }
}
