import Foundation
import OutreachModel

/// Who may give again, and when, under GB 18467-2011: the interval from the last donation's type to the next, and
/// the age limits (a repeat donor up to the repeat-donor maximum; only the birth year is known, so age is counted
/// in whole years).
public enum Recall {
    public struct Entry: Hashable, Sendable {
        public var donor: ImportedDonor
        public var eligibleFrom: CivilDate
    }

    /// The first day a donor may give `type` again, or nil when age rules them out by then.
    public static func eligibleFrom(_ donor: ImportedDonor, type: DonationType, rules: DonationRules) -> CivilDate? {
        guard let day = rules.nextEligibleDay(after: donor.lastDonation, from: donor.lastType, to: type) else {
            return nil
        }
        if let birth = donor.birthYear {
            let age = day.year - birth
            guard age >= rules.minimumAge, age <= rules.maximumAgeRepeatDonor else { return nil }
        }
        return day
    }

    /// Donors who become eligible for `type` within the window, earliest first; `within` keeps a donor when their
    /// region (or one of its ancestors) or venue is the one asked for.
    public static func due(
        _ donors: [ImportedDonor], from: CivilDate, to: CivilDate, type: DonationType, rules: DonationRules,
        within keep: (ImportedDonor) -> Bool = { _ in true }
    ) -> [Entry] {
        donors.compactMap { donor -> Entry? in
            guard keep(donor), let day = eligibleFrom(donor, type: type, rules: rules), day >= from, day <= to else {
                return nil
            }
            return Entry(donor: donor, eligibleFrom: day)
        }.sorted { ($0.eligibleFrom, $0.donor.key) < ($1.eligibleFrom, $1.donor.key) }
    }

    /// The chance that a recalled donor gives within the window: `recallResponse` for one eligible from the
    /// window's first day, halving every `recallHalfLifeMonths` they have been eligible before it.
    public static func responseChance(_ entry: Entry, from date: CivilDate, settings: StockSettings) -> Double {
        let months = max(0, Double(date.dayNumber - entry.eligibleFrom.dayNumber)) / 30.44
        return settings.recallResponse * pow(0.5, months / max(0.1, settings.recallHalfLifeMonths))
    }

    /// Donors eligible for `type` on a date (eligible since any earlier day), by a grouping key such as the region
    /// or the venue.
    public static func pool(
        _ donors: [ImportedDonor], at date: CivilDate, type: DonationType, rules: DonationRules,
        by group: (ImportedDonor) -> String?
    ) -> [String: Int] {
        var counts: [String: Int] = [:]
        for donor in donors {
            guard let key = group(donor), let day = eligibleFrom(donor, type: type, rules: rules), day <= date else {
                continue
            }
            counts[key, default: 0] += 1
        }
        return counts
    }

    /// The Monday of a date's week.
    public static func weekStart(_ date: CivilDate) -> CivilDate {
        // Day number 0 is 1970-01-01, a Thursday: Monday is three days earlier in that week.
        let weekday = ((date.dayNumber + 3) % 7 + 7) % 7
        return date.adding(days: -weekday)
    }
}
