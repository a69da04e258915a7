import Testing

@testable import OutreachModel

@Suite struct BloodGroupTests {
    @Test(arguments: [
        ("A+", "A+"), ("a-", "A-"), ("AB+", "AB+"), ("O−", "O-"), ("A型RhD阳性", "A+"), ("B型Rh阳性", "B+"),
        ("AB型RhD阴性", "AB-"), ("O型Rh(-)", "O-"), ("o rh+", "O+"),
    ])
    func spellingsStaffAndHospitalsWrite(text: String, group: String) {
        #expect(BloodGroup(text)?.description == group)
    }

    @Test(arguments: ["", "A", "C+", "A型", "ABO+", "A+-", "阳性"])
    func notAGroup(text: String) {
        #expect(BloodGroup(text) == nil)
    }

    @Test(
        arguments: [
            ("A型", "阳性", "A+"), ("AB", "RhD-", "AB-"), ("O型", "+", "O+"), ("A+", nil, "A+"), ("B型RhD阴性", nil, "B-"),
        ] as [(String, String?, String)])
    func twoColumnsOrOne(abo: String, rhd: String?, group: String) {
        #expect(BloodGroup(abo: abo, rhd: rhd)?.description == group)
    }

    @Test func indexesAreTheStockListOrder() {
        #expect(BloodGroup.all.map(\.description) == ["O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"])
        #expect(BloodGroup.all.map(\.index) == Array(0..<8))
    }

    @Test(arguments: [
        ("red-cells", BloodComponent.redCells), ("悬浮红细胞", .redCells), ("单采血小板", .platelets),
        ("Platelets", .platelets), ("血浆", .plasma),
    ])
    func componentSpellings(text: String, component: BloodComponent) {
        #expect(BloodComponent(spelling: text) == component)
    }
}

@Suite struct StockSettingsTests {
    static func level(_ id: String, red: Double, surplus: Double = 0.5) -> StockLevel {
        StockLevel(
            id: id, name: id, englishName: id, days: ["red-cells": red], consecutiveDays: 1, surplusWeight: surplus,
            groupWeight: 0.5, shortageCampaigns: false)
    }

    @Test func orderedLevelsHaveNoProblem() {
        let settings = StockSettings(
            levels: [Self.level("yellow", red: 5), Self.level("red", red: 2, surplus: 1)], groupMix: ["O+": 1])
        #expect(settings.problems().isEmpty)
    }

    /// Each level must be stricter than the one before it: fewer days, no smaller weight.
    @Test func levelsOutOfOrderAreNamedByKeyPath() {
        let settings = StockSettings(levels: [Self.level("red", red: 2, surplus: 1), Self.level("yellow", red: 5)])
        let found = settings.problems()
        #expect(found.map(\.keyPath) == ["levels[1].days.red-cells", "levels[1].surplusWeight"])
        #expect(
            found.first?.kind
                == .stockLevelsNotOrdered(
                    level: "yellow", previous: "red", field: "red-cells", value: 5, previousValue: 2))
    }

    @Test func anUnknownComponentOrGroupAndAMixNotAddingUpAreRefused() {
        var level = Self.level("yellow", red: 5)
        level.days["whole-blood"] = 3
        let settings = StockSettings(levels: [level], groupMix: ["O+": 0.5, "Q+": 0.2])
        #expect(settings.problems().map(\.keyPath) == ["levels[0].days.whole-blood", "groupMix.Q+", "groupMix"])
    }
}
