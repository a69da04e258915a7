import OutreachModel

/// Column positions by role as plain fields: read for every field of every row, so no hashing.
struct RolePositions {
    var date = -1, donorKey = -1, region = -1, venue = -1, venueKind = -1, type = -1, volume = -1, doses = -1
    var firstTime = -1, result = -1, birthDate = -1, abo = -1, rhd = -1

    subscript(role: ImportMapping.Role) -> Int {
        get {
            switch role {
            case .date: date
            case .donorKey: donorKey
            case .region: region
            case .venue: venue
            case .venueKind: venueKind
            case .type: type
            case .volume: volume
            case .doses: doses
            case .firstTime: firstTime
            case .result: result
            case .birthDate: birthDate
            case .abo: abo
            case .rhd: rhd
            }
        }
        set {
            switch role {
            case .date: date = newValue
            case .donorKey: donorKey = newValue
            case .region: region = newValue
            case .venue: venue = newValue
            case .venueKind: venueKind = newValue
            case .type: type = newValue
            case .volume: volume = newValue
            case .doses: doses = newValue
            case .firstTime: firstTime = newValue
            case .result: result = newValue
            case .birthDate: birthDate = newValue
            case .abo: abo = newValue
            case .rhd: rhd = newValue
            }
        }
    }
}
