import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// The donors of one import in key order, kept compact: 40 bytes a donor instead of a row of strings, since an
/// export can hold millions. Each element is made on access.
public struct ImportedDonors: RandomAccessCollection, Sendable {
    struct Entry: Sendable {
        /// The first 16 bytes of the keyed hash as big-endian words, so that their order is the key's.
        var digest: (UInt64, UInt64)
        var lastDay: Int32
        var donations: Int32
        var region: Int32
        var venue: Int32
        var birthYear: Int16
        var lastType: DonationType
    }

    var entries: [Entry]
    let regionCodes: [String]
    let venueIDs: [String]

    init(entries: [Entry], regionCodes: [String], venueIDs: [String]) {
        self.entries = Self.sortedByDigest(entries)
        self.regionCodes = regionCodes
        self.venueIDs = venueIDs
    }

    public init() { self.init(entries: [], regionCodes: [], venueIDs: []) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }

    public subscript(position: Int) -> ImportedDonor {
        let entry = entries[position]
        let key = withUnsafeBytes(of: (entry.digest.0.bigEndian, entry.digest.1.bigEndian)) {
            SHA256.hexadecimal($0)
        }
        return ImportedDonor(
            key: key, regionCode: regionCodes[Int(entry.region)],
            venueID: entry.venue >= 0 ? venueIDs[Int(entry.venue)] : nil,
            lastDonation: CivilDate(dayNumber: Int(entry.lastDay)), lastType: entry.lastType,
            birthYear: entry.birthYear > 0 ? Int(entry.birthYear) : nil, donations: Int(entry.donations))
    }

    /// Keyed hashes are spread evenly, so one pass into about one bucket per two entries by their top bits, then
    /// a sort of each small bucket, orders them in linear time (a general sort took a tenth of an import).
    static func sortedByDigest(_ entries: [Entry]) -> [Entry] {
        guard entries.count > 64 else { return entries.sorted { $0.digest < $1.digest } }
        let bits = Swift.min(24, Int.bitWidth - (entries.count / 2).leadingZeroBitCount)
        let shift = UInt64(64 - bits)
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for entry in entries { starts[Int(entry.digest.0 >> shift) + 1] += 1 }
        for bucket in 0..<(1 << bits) { starts[bucket + 1] += starts[bucket] }
        var sorted = entries
        var next = starts
        for entry in entries {
            let bucket = Int(entry.digest.0 >> shift)
            sorted[next[bucket]] = entry
            next[bucket] += 1
        }
        sorted.withUnsafeMutableBufferPointer { sorted in
            for bucket in 0..<(1 << bits) where starts[bucket + 1] - starts[bucket] > 1 {
                sorted[starts[bucket]..<starts[bucket + 1]].sort { $0.digest < $1.digest }
            }
        }
        return sorted
    }

    /// Two pieces of one export in key order, as one: a donor in both keeps the later piece's last donation when
    /// it is on the same day or later (as reading the rows in order would), the sum of donations, and the later
    /// birth year.
    static func merging(_ earlier: ImportedDonors, _ later: ImportedDonors) -> ImportedDonors {
        guard !earlier.entries.isEmpty else { return later }
        guard !later.entries.isEmpty else { return earlier }
        var merged: [Entry] = []
        merged.reserveCapacity(earlier.entries.count + later.entries.count)
        var first = 0
        var second = 0
        let (one, two) = (earlier.entries, later.entries)
        while first < one.count || second < two.count {
            if second == two.count || (first < one.count && one[first].digest < two[second].digest) {
                merged.append(one[first])
                first += 1
            } else if first == one.count || two[second].digest < one[first].digest {
                merged.append(two[second])
                second += 1
            } else {
                var entry = two[second].lastDay >= one[first].lastDay ? two[second] : one[first]
                entry.donations = one[first].donations + two[second].donations
                entry.birthYear = two[second].birthYear > 0 ? two[second].birthYear : one[first].birthYear
                merged.append(entry)
                first += 1
                second += 1
            }
        }
        var result = earlier
        result.entries = merged
        return result
    }
}
