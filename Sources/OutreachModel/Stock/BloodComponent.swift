/// What the station keeps in stock and issues to hospitals, each in its own unit: red cells (悬浮红细胞) in U,
/// apheresis platelets (单采血小板) in therapeutic doses (治疗量), plasma (血浆) in U.
public enum BloodComponent: String, CaseIterable, Sendable, Codable, Comparable {
    case redCells = "red-cells"
    case platelets
    case plasma

    /// The code, or a Chinese name as stock sheets write it.
    public init?(spelling: String) {
        let text = spelling.trimmingSpaces()
        if let component = BloodComponent(rawValue: text.lowercased()) {
            self = component
            return
        }
        switch text {
        case "悬浮红细胞", "红细胞", "去白悬浮红细胞", "悬浮少白细胞红细胞": self = .redCells
        case "单采血小板", "血小板", "机采血小板": self = .platelets
        case "血浆", "新鲜冰冻血浆", "冰冻血浆", "普通冰冻血浆": self = .plasma
        default: return nil
        }
    }

    public static func < (lhs: BloodComponent, rhs: BloodComponent) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
