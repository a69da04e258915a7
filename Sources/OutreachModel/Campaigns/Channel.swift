/// A promotion channel (school talk, WeChat post, SMS …); the evaluator counts promotion per channel.
public struct Channel: Hashable, Sendable, Codable, Identifiable {
    /// Stable code used in data files, e.g. `school-talk`.
    public var code: String
    public var name: String
    public var englishName: String

    public var id: String { code }

    public init(code: String, name: String, englishName: String) {
        self.code = code
        self.name = name
        self.englishName = englishName
    }
}
