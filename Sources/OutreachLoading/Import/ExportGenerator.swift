import Foundation
import OutreachEvaluation
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
        "治疗量", "是否首次", "检测结果", "血型", "RhD",
    ]

    /// Writes the world's donations and deferrals from `from` through `to`: every row is one the world's monthly
    /// records count, so importing the export reproduces those months.
    public func write(_ world: World, to url: URL) throws -> Totals {
        try write(to: url, venues: world.venues) { emit in
            try world.forEachDonation { donation in
                if donation.date >= from && donation.date <= to { try emit(donation) }
            }
        }
    }

    /// Writes `rows` rows drawn at random over the period and the venues: volume for the reader's tests and the
    /// import benchmark, not a world (its sums match no records).
    public func write(rows: Int, to url: URL) throws -> Totals {
        var random = SeededRandom(seed: seed)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let venues = workspace.venues.filter { workspace.tree.region(code: $0.regionCode) != nil }
        let donorCount = max(1, rows * 2 / 5)
        let days = to.dayNumber - from.dayNumber + 1
        var seen = Set<Int>()
        return try write(to: url, venues: venues) { emit in
            for _ in 0..<rows {
                let donor = below(donorCount)
                var donorRandom = SeededRandom(seed: seed &+ UInt64(donor) &* 0x9E37_79B9)
                let home = Int(donorRandom.next() % UInt64(venues.count))
                let platelets = below(10) == 0
                let deferred = below(100) < 9
                let volume = [200, 300, 400, 400, 400, 400, 400, 300, 400, 400][below(10)]
                let doses = 1 + below(2)
                try emit(
                    WorldDonation(
                        date: CivilDate(dayNumber: from.dayNumber + below(days)),
                        venue: below(5) == 0 ? below(venues.count) : home, donor: donor, platelets: platelets,
                        millilitres: platelets ? 0 : volume, doses: platelets ? doses : 0,
                        firstTime: seen.insert(donor).inserted, deferred: deferred))
            }
        }
    }

    /// Streams rows to `url`, adding each good one to the totals the import must find.
    func write(
        to url: URL, venues: [Venue], rows source: ((WorldDonation) throws -> Void) throws -> Void
    ) throws -> Totals {
        var random = SeededRandom(seed: seed ^ 0xBAD)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let tree = workspace.tree
        // A venue's county: the child of the city on its region's path.
        let county = venues.map {
            tree.region(code: tree.division(of: $0.regionCode, in: workspace.settings.cityCode))!
        }
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
        let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂")
        var totals = Totals()
        var donors = Set<Int>()
        let mix = BloodGroup.all.map { workspace.stock.share(of: $0) }
        let mixTotal = max(mix.reduce(0, +), 1e-9)
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
        try source { donation in
            let row = totals.rows
            let donor = donation.donor
            donors.insert(donor)
            var donorRandom = SeededRandom(seed: seed &+ UInt64(donor) &* 0x9E37_79B9)
            func donorBelow(_ bound: Int) -> Int { Int(donorRandom.next() % UInt64(bound)) }
            let birth = CivilDate(year: 1968 + donorBelow(38), month: 1 + donorBelow(12), day: 1 + donorBelow(28))!
            let venue = venues[donation.venue]
            let day = donation.date
            let volume = donation.millilitres
            let platelets = donation.platelets
            var fields = [
                String(format: "%012d", row + 1), "\(day.year)/\(day.month)/\(day.day)",
                "D" + String(format: "%08d", donor),
                String(surnames[donorBelow(surnames.count)]) + String(given[donorBelow(given.count)]),
                Self.residentID(birth: birth, serial: donor),
                "1\(3 + donorBelow(7))" + String(format: "%09d", donor % 1_000_000_000),
                "\"茂名市\(county[donation.venue].name),示例路\(donorBelow(200))号\"",
                birth.description, county[donation.venue].name, venue.name, platelets ? "机采血小板" : "全血",
                platelets || donation.deferred ? "" : (below(2) == 0 ? "\(volume)" : "\(volume)ml"),
                platelets ? "\(donation.doses)" : "", donation.firstTime ? "是" : "否", donation.deferred ? "暂缓" : "合格",
            ]
            // The donor's group, drawn from the city's mix (the same group on every row of theirs).
            var draw = Double(donorRandom.next() >> 11) / Double(1 << 53) * mixTotal
            let group =
                BloodGroup.all.indices.first {
                    draw -= mix[$0]
                    return draw < 0
                } ?? 0
            fields += [BloodGroup.all[group].abo.rawValue + "型", BloodGroup.all[group].rhPositive ? "阳性" : "阴性"]
            if badShare > 0, Double(below(1_000_000)) < badShare * 1_000_000 {
                switch below(3) {
                case 0: fields[1] = "\(day.year)/13/\(day.day)"
                case 1:
                    (fields[10], fields[11], fields[14]) = ("全血", "450ml", "合格")
                default: fields[8] = "不存在区"
                }
                totals.badRows += 1
            } else {
                let key = "\(YearMonth(day))|\(venue.regionCode)|\(venue.kind.rawValue)"
                var cell = totals.cells[key] ?? [0, 0, 0, 0, 0]
                if donation.deferred {
                    cell[3] += 1
                } else {
                    cell[0] += 1
                    cell[1] += Double(volume) / 200
                    cell[2] += donation.firstTime ? 1 : 0
                    cell[4] += Double(donation.doses)
                }
                totals.cells[key] = cell
            }
            buffer += fields.joined(separator: ",") + "\r\n"
            totals.rows += 1
            if buffer.utf8.count > 1 << 20 { try flush() }
        }
        try flush()
        totals.donors = donors.count
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
