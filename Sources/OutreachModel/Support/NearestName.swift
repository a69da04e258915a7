/// Finds the candidate closest to a mistyped name, for "did you mean …?" hints.
public enum NearestName {
    /// The closest candidate within a distance that still looks like a typo, or nil.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        // A long value is not a typo of a name (and its edit distance would cost time quadratic in its length).
        guard name.count <= maximumLength else { return nil }
        let target = Array(name.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(1, min(target.count, best.name.count) / 2)
        let isPrefix = best.name.lowercased().hasPrefix(name.lowercased()) && !name.isEmpty
        return best.distance <= limit || isPrefix ? best.name : nil
    }

    /// Longest value a suggestion is looked for: names of regions, leaders and columns are far shorter.
    public static let maximumLength = 64

    /// Levenshtein distance over characters (so one Chinese character counts as one edit).
    public static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for (i, left) in lhs.enumerated() {
            current[0] = i + 1
            for (j, right) in rhs.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
