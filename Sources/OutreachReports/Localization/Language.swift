/// The languages output is written in: Simplified Chinese first, English on request.
public enum Language: String, CaseIterable, Sendable {
    case zh, en

    /// The catalogue holding every user-facing string in this language.
    public var strings: any Catalog {
        switch self {
        case .zh: return ChineseCatalog()
        case .en: return EnglishCatalog()
        }
    }
}
