import OutreachModel

/// The columns of each workspace table, with the Chinese headers staff may type instead.
enum WorkspaceTables {
    static let regions = [
        ColumnSpec("code", ["代码", "区划代码"]), ColumnSpec("name", ["名称"]),
        ColumnSpec("name_en", ["英文名"], required: false), ColumnSpec("kind", ["类型"]),
        ColumnSpec("parent", ["上级", "上级代码"], required: false),
        ColumnSpec("population", ["人口"], required: false),
        ColumnSpec("population_year", ["人口年份"], required: false),
        ColumnSpec("population_source", ["人口来源"], required: false),
    ]
    static let leaders = [
        ColumnSpec("id", ["编号"]), ColumnSpec("name", ["姓名"]), ColumnSpec("role", ["身份"]),
        ColumnSpec("branch", ["所在支部"], required: false),
    ]
    static let assignments = [
        ColumnSpec("region", ["区域"]), ColumnSpec("leader", ["区域领导"]), ColumnSpec("from", ["起始日期"]),
        ColumnSpec("to", ["截止日期"], required: false), ColumnSpec("reason", ["原因"], required: false),
    ]
    static let venues = [
        ColumnSpec("id", ["编号"]), ColumnSpec("name", ["名称"]), ColumnSpec("kind", ["类型"]),
        ColumnSpec("region", ["区域"]), ColumnSpec("reach", ["可动员人数"]),
        ColumnSpec("capacity_per_day", ["日接待能力"]), ColumnSpec("schedule", ["可用日"]),
        ColumnSpec("address", ["地址"], required: false), ColumnSpec("notes", ["备注"], required: false),
    ]
    static let teams = [
        ColumnSpec("id", ["编号"]), ColumnSpec("name", ["名称"]), ColumnSpec("kind", ["类型"]),
        ColumnSpec("staff", ["人员"]), ColumnSpec("chairs", ["采血位"]), ColumnSpec("base", ["驻地"]),
        ColumnSpec("working_days", ["工作日"]), ColumnSpec("notes", ["备注"], required: false),
    ]
    static let targets = [
        ColumnSpec("region", ["区域"]), ColumnSpec("period", ["期间", "月份", "年度"]),
        ColumnSpec("units", ["任务数", "单位数", "目标"]), ColumnSpec("notes", ["备注"], required: false),
    ]

    /// Spellings accepted for region kinds: the English code or the Chinese word in the division's name.
    static let regionKinds: [(String, RegionKind)] =
        RegionKind.allCases.map { ($0.rawValue, $0) } + [
            ("市", .city), ("地级市", .city), ("区", .district), ("市辖区", .district), ("县级市", .countyLevelCity),
            ("县", .county), ("旗", .banner), ("镇", .town), ("乡", .township), ("街道", .subdistrict),
            ("苏木", .sumu), ("其他", .otherUnit),
        ]
    static let leaderRoles: [(String, LeaderRole)] =
        LeaderRole.allCases.map { ($0.rawValue, $0) } + [
            ("支委", .branchCommitteeMember), ("党员", .partyMember), ("其他", .other),
        ]
    static let venueKinds: [(String, VenueKind)] =
        VenueKind.allCases.map { ($0.rawValue, $0) } + [
            ("高校", .college), ("学校", .school), ("机关", .government), ("圩场", .market), ("企业", .enterprise),
            ("街头", .street), ("献血屋", .fixedSite), ("社区", .community),
        ]
    static let teamKinds: [(String, Team.Kind)] =
        Team.Kind.allCases.map { ($0.rawValue, $0) } + [
            ("献血车", .bloodmobile), ("外采队", .collectionTeam), ("固定点", .fixedSite),
        ]
}

extension TableReader {
    mutating func readRegions() -> (values: [Region], lines: [Int]) {
        rows { row -> Region? in
            let code = row.required("code")
            let name = row.required("name")
            let kind = row.choice("kind", WorkspaceTables.regionKinds)
            let population = row.integer("population", optional: true)
            let year = row.integer("population_year", minimum: 1900, optional: true)
            guard let code, let name, let kind else { return nil }
            let parent = row.text("parent")
            return Region(
                code: code, name: name, englishName: row.text("name_en"), kind: kind,
                parentCode: parent.isEmpty ? nil : parent,
                population: population.map { Population(count: $0, year: year, source: row.text("population_source")) })
        }
    }

    mutating func readLeaders() -> (values: [Leader], lines: [Int]) {
        rows { row -> Leader? in
            let id = row.required("id")
            let name = row.required("name")
            let role = row.choice("role", WorkspaceTables.leaderRoles)
            guard let id, let name, let role else { return nil }
            return Leader(id: id, name: name, role: role, branch: row.text("branch"))
        }
    }

    mutating func readAssignments() -> (values: [Assignment], lines: [Int]) {
        rows { row -> Assignment? in
            let region = row.required("region")
            let leader = row.required("leader")
            let start = row.date("from")
            let end = row.date("to", optional: true)
            guard let region, let leader, let start else { return nil }
            return Assignment(
                regionCode: region, leaderID: leader, period: Period(start: start, end: end), reason: row.text("reason")
            )
        }
    }

    mutating func readVenues() -> (values: [Venue], lines: [Int]) {
        rows { row -> Venue? in
            let id = row.required("id")
            let name = row.required("name")
            let kind = row.choice("kind", WorkspaceTables.venueKinds)
            let region = row.required("region")
            let reach = row.integer("reach")
            let capacity = row.integer("capacity_per_day", minimum: 1)
            let schedule = row.schedule("schedule")
            guard let id, let name, let kind, let region, let reach, let capacity,
                let schedule
            else { return nil }
            return Venue(
                id: id, name: name, kind: kind, regionCode: region, reach: reach, capacityPerDay: capacity,
                schedule: schedule, address: row.text("address"), notes: row.text("notes"))
        }
    }

    mutating func readTargets() -> (values: [TargetRow], lines: [Int]) {
        rows { row -> TargetRow? in
            let region = row.required("region")
            let span = row.targetSpan("period")
            let units = row.number("units")
            guard let region, let span, let units else { return nil }
            return TargetRow(
                regionCode: region, span: span, units: units, notes: row.text("notes"), line: row.record.line)
        }
    }

    mutating func readTeams() -> (values: [Team], lines: [Int]) {
        rows { row -> Team? in
            let id = row.required("id")
            let name = row.required("name")
            let kind = row.choice("kind", WorkspaceTables.teamKinds)
            let staff = row.integer("staff", minimum: 1)
            let chairs = row.integer("chairs", minimum: 1)
            let base = row.required("base")
            let days = row.schedule("working_days")
            guard let id, let name, let kind, let staff, let chairs, let base, let days
            else { return nil }
            return Team(
                id: id, name: name, kind: kind, staff: staff, chairs: chairs, baseRegionCode: base, workingDays: days,
                notes: row.text("notes"))
        }
    }
}
