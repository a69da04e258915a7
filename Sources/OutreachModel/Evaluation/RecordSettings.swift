/// How writes guard the stored history (`Templates/evaluation.json › records`).
public struct RecordSettings: Hashable, Sendable, Codable {
    /// A change that lowers a stored period's visits or units by more than this share (0.1 = 10 %) is refused
    /// without `--replace`, as is any change that removes stored rows.
    public var shrinkThreshold: Double
    /// How many changes keep their previous versions in `records/history/` for `outreach undo`.
    public var historyKeep: Int

    public init(shrinkThreshold: Double = 0.1, historyKeep: Int = 20) {
        self.shrinkThreshold = shrinkThreshold
        self.historyKeep = historyKeep
    }
}
