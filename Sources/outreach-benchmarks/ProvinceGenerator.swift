import Foundation
import OutreachFormats

/// Writes a synthetic province-sized workspace, deterministic for a seed.
struct ProvinceGenerator {
    struct Counts {
        var regions = 0
        var venues = 0
        var assignments = 0
        var leaders = 0
    }

    /// SplitMix64: small, fast and reproducible.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    var random: Random

    init(seed: UInt64) { random = Random(state: seed) }

    mutating func write(to folder: URL) throws -> Counts {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var counts = Counts()
        var regions: [[String]] = [["440000", "示例省会", "Sample Capital", "city", "", "100000000", "2023", "generated"]]
        var counties: [String] = []
        var townships: [String] = []
        for county in 0..<150 {
            let code = "44" + pad(county / 10 + 1, 2) + pad(county % 10 + 1, 2)
            counties.append(code)
            regions.append([code, "县\(county)", "County \(county)", "county", "440000", "600000", "2023", "generated"])
        }
        var township = 0
        while regions.count < 3000 {
            let county = counties[township % counties.count]
            let code = county + pad(100 + township / counties.count, 3)
            townships.append(code)
            regions.append([code, "镇\(township)", "Town \(township)", "town", county, "30000", "2023", "generated"])
            township += 1
        }
        counts.regions = regions.count
        try save(
            folder, "regions.csv",
            ["code", "name", "name_en", "kind", "parent", "population", "population_year", "population_source"], regions
        )

        let leaders = (0..<400).map { ["L\(pad($0, 4))", "区域领导\($0)", $0 < 80 ? "committee" : "member", "支部"] }
        counts.leaders = leaders.count
        try save(folder, "leaders.csv", ["id", "name", "role", "branch"], leaders)

        // Ten years of history: every county and a third of townships change hands every one to three years.
        var assignments: [[String]] = []
        for code in counties + townships.enumerated().filter({ $0.offset % 3 == 0 }).map(\.element) {
            var year = 2016
            while year <= 2026 {
                let next = year + 1 + random.below(3)
                let end = next > 2026 ? "" : "\(next - 1)-12-31"
                assignments.append([code, "L\(pad(random.below(400), 4))", "\(year)-01-01", end, "轮换"])
                year = next
            }
        }
        counts.assignments = assignments.count
        try save(folder, "assignments.csv", ["region", "leader", "from", "to", "reason"], assignments)

        let kinds = [
            ("market", "逢一四七"), ("government", "workdays"), ("enterprise", "workdays"), ("street", "daily"),
            ("college", "term:colleges"), ("fixed-site", "hours:mon-fri 08:30-17:30; sat,sun 09:00-16:00"),
            ("community", "weekdays:sat,sun"), ("market", "lunar-market:3,6,9"),
        ]
        var venues: [[String]] = []
        for index in 0..<20_000 {
            let (kind, schedule) = kinds[random.below(kinds.count)]
            let region = townships[random.below(townships.count)]
            venues.append([
                "V\(pad(index, 5))", "点位\(index)", kind, region, "\(1000 + random.below(20_000))",
                "\(20 + random.below(200))", schedule, "", "",
            ])
        }
        counts.venues = venues.count
        try save(
            folder, "venues.csv",
            ["id", "name", "kind", "region", "reach", "capacity_per_day", "schedule", "address", "notes"], venues)
        let teams = (0..<50).map {
            ["T\($0)", "队\($0)", $0 % 2 == 0 ? "bloodmobile" : "collection-team", "6", "6", counties[$0], "daily", ""]
        }
        try save(
            folder, "teams.csv", ["id", "name", "kind", "staff", "chairs", "base", "working_days", "notes"], teams)
        try Data(#"{"version": 1, "name": "示例省", "englishName": "Sample Province"}"#.utf8)
            .write(to: folder.appendingPathComponent("workspace.json"))
        try Data(
            #"{"version": 1, "terms": {"colleges": [{"name": "秋季", "from": "2026-09-01", "to": "2026-12-31"}]}}"#.utf8
        ).write(to: folder.appendingPathComponent("calendar.json"))
        return counts
    }

    private func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private func save(_ folder: URL, _ name: String, _ header: [String], _ rows: [[String]]) throws {
        try Data(CSVWriter.document(header: header, rows: rows).utf8).write(to: folder.appendingPathComponent(name))
    }
}
