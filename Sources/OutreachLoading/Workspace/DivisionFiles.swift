import Foundation
import OutreachFormats
import OutreachModel

/// Reads the bundled division codes (`Templates/divisions/`).
enum DivisionFiles {
    static let folder = "divisions"

    /// Nil, with the missing or unreadable file, when the bundle is incomplete.
    static func load(templates: URL) -> Result<Divisions, InitFailure> {
        func rows(_ name: String, columns: Int) -> [[String]]? {
            let url = templates.appendingPathComponent(folder).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path),
                let text = String(data: data, encoding: .utf8), let records = try? CSVParser.parse(text)
            else { return nil }
            return records.dropFirst().map(\.fields).filter { $0.count >= columns }
        }
        guard let provinces = rows("provinces.csv", columns: 2), let cities = rows("cities.csv", columns: 3),
            let areas = rows("areas.csv", columns: 3), let streets = rows("streets.csv", columns: 3)
        else { return .failure(.divisionsMissing(path: templates.appendingPathComponent(folder).path)) }
        return .success(
            Divisions(
                provinces: provinces.map { Divisions.Unit(code: $0[0], name: $0[1], parent: "") },
                cities: cities.map { Divisions.Unit(code: $0[0] + "00", name: $0[1], parent: $0[2]) },
                counties: areas.map { Divisions.Unit(code: $0[0], name: $0[1], parent: $0[2] + "00") },
                townships: streets.map { Divisions.Unit(code: $0[0], name: $0[1], parent: $0[2]) }))
    }
}
