import OutreachModel

/// Who answered for a region in a month: the leader accountable on most of its days (the later one on a tie), so a
/// handover on the 1st gives the whole month to the new leader and one on the 20th leaves it with the old.
public enum Accountability {
    public static func leader(of region: String, in month: YearMonth, index: ResponsibilityIndex) -> String? {
        var days: [String: Int] = [:]
        var latest: [String: Int] = [:]
        for day in 0..<month.dayCount {
            guard let held = index.responsibility(for: region, on: month.firstDay.adding(days: day)) else { continue }
            days[held.leaderID, default: 0] += 1
            latest[held.leaderID] = day
        }
        return days.max { ($0.value, latest[$0.key] ?? 0) < ($1.value, latest[$1.key] ?? 0) }?.key
    }
}
