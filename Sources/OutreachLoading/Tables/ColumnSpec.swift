import OutreachModel

/// A column a workspace table expects, with the Chinese headers staff may use instead.
struct ColumnSpec: Sendable {
    var name: String
    var aliases: [String]
    var isRequired: Bool

    init(_ name: String, _ aliases: [String] = [], required: Bool = true) {
        self.name = name
        self.aliases = aliases
        self.isRequired = required
    }

    func matches(_ header: String) -> Bool {
        let key = header.trimmingSpaces()
        return key.lowercased() == name || aliases.contains(key)
    }
}
