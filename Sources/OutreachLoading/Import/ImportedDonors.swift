import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// The donors of one import in key order, kept compact — 40 bytes a donor instead of a row of strings — and, for
/// an export with more donors than `DonationImporter.donorsInMemory`, in a temporary file read as it is iterated.
/// Each element is made on access.
public struct ImportedDonors: Sequence, Sendable {
    struct Entry: Sendable {
        /// The first 16 bytes of the keyed hash as big-endian words, so that their order is the key's.
        var digest: (UInt64, UInt64)
        var lastDay: Int32
        var donations: Int32
        var region: Int32
        var venue: Int32
        var birthYear: Int16
        var lastType: DonationType
        /// `BloodGroup.index`, -1 when unknown.
        var group: Int8

        var hasDonation: Bool { donations > 0 && region >= 0 }

        /// One donor seen in two runs, `later` after `self` in the export: the later run's last donation wins on
        /// the same day or after (as reading the rows in order would), donations add up, the later birth year wins.
        func followed(by later: Entry) -> Entry {
            var entry = later.lastDay >= lastDay ? later : self
            entry.donations = donations + later.donations
            entry.birthYear = later.birthYear > 0 ? later.birthYear : birthYear
            entry.group = later.group >= 0 ? later.group : group
            return entry
        }
    }

    let run: DonorRun
    let regionCodes: [String]
    let venueIDs: [String]

    init(run: DonorRun, regionCodes: [String], venueIDs: [String]) {
        self.run = run
        self.regionCodes = regionCodes
        self.venueIDs = venueIDs
    }

    public init() { self.init(run: .memory([]), regionCodes: [], venueIDs: []) }

    public var count: Int { run.count }

    public struct Iterator: IteratorProtocol {
        var entries: DonorRun.Reader
        let donors: ImportedDonors

        public mutating func next() -> ImportedDonor? { entries.next().map(donors.donor) }
    }

    public func makeIterator() -> Iterator { Iterator(entries: run.reader(), donors: self) }

    func donor(_ entry: Entry) -> ImportedDonor {
        let key = withUnsafeBytes(of: (entry.digest.0.bigEndian, entry.digest.1.bigEndian)) {
            SHA256.hexadecimal($0)
        }
        return ImportedDonor(
            key: key, regionCode: regionCodes[Int(entry.region)],
            venueID: entry.venue >= 0 ? venueIDs[Int(entry.venue)] : nil,
            lastDonation: CivilDate(dayNumber: Int(entry.lastDay)), lastType: entry.lastType,
            birthYear: entry.birthYear > 0 ? Int(entry.birthYear) : nil, donations: Int(entry.donations),
            bloodGroup: entry.group >= 0 ? BloodGroup.all[Int(entry.group)] : nil)
    }

    /// Keyed hashes are spread evenly, so one pass into about one bucket per two entries by their top bits, then
    /// an insertion sort of each small bucket, orders them in linear time (a general sort took a tenth of an
    /// import). A bucket grown large (which an even spread makes vanishingly rare) gets a general sort.
    static func sortedByDigest(_ entries: [Entry]) -> [Entry] {
        guard entries.count > 64 else { return entries.sorted { $0.digest < $1.digest } }
        let bits = Swift.min(24, Int.bitWidth - (entries.count / 2).leadingZeroBitCount)
        let shift = UInt64(64 - bits)
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for entry in entries { starts[Int(entry.digest.0 >> shift) + 1] += 1 }
        for bucket in 0..<(1 << bits) { starts[bucket + 1] += starts[bucket] }
        return [Entry](unsafeUninitializedCapacity: entries.count) { sorted, count in
            var next = starts
            for entry in entries {
                let bucket = Int(entry.digest.0 >> shift)
                (sorted.baseAddress! + next[bucket]).initialize(to: entry)
                next[bucket] += 1
            }
            for bucket in 0..<(1 << bits) {
                let (low, high) = (starts[bucket], starts[bucket + 1])
                if high - low > 32 {
                    sorted[low..<high].sort { $0.digest < $1.digest }
                    continue
                }
                for index in stride(from: low + 1, to: high, by: 1) {
                    let entry = sorted[index]
                    var place = index
                    while place > low && entry.digest < sorted[place - 1].digest {
                        sorted[place] = sorted[place - 1]
                        place -= 1
                    }
                    sorted[place] = entry
                }
            }
            count = entries.count
        }
    }
}
