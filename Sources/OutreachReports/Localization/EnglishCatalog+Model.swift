import OutreachEvaluation
import OutreachModel

extension EnglishCatalog {
    public func model(_ message: ModelMessage) -> String {
        switch message {
        case .title(let workspace, let month): return "\(workspace) · promotion channel model (through \(month))"
        case .fitted(let months, let from, let to, let regions, let channels):
            return "Fitted on \(months) months (\(from) to \(to)), \(regions) regions, \(channels) channels."
        case .validation(let model, let naive, let months):
            return
                "Forecast check: the last \(months) months forecast one at a time from a rolling origin; mean error of the regions' monthly donor visits \(percentWhole(model)) (same month last year, scaled: \(percentWhole(naive)))."
        case .noValidation: return "Less than two years and a month of data: no forecast check."
        case .tooFewMonths(let have, let need):
            return
                "Only \(have) months of promotion and donations; at least \(need) are needed to tell channels from season. Until then only the ratios in the meeting pack (visits per event) can be shown."
        case .tooFewRegions(let have, let need):
            return
                "Only \(have) regions have data; the model separates channels from season by comparing regions in the same month and needs at least \(need). Only the ratios can be shown."
        case .noPromotion: return "No channel has enough events to estimate."
        case .collinear(let channel, let partners, let inflation):
            return
                "\(channel) rose and fell with \(partners.joined(separator: ", ")) (variance inflation \(decimal(inflation))): the data cannot tell their effects apart; the estimates are indicative only and the suggestions leave these channels as they are. Staggering them in some regions would tell them apart."
        case .tooFewEvents(let channel): return "\(channel): too few events to estimate."
        case .sectionChannels: return "Channel estimates"
        case .columnLastMonth: return "Events last month"
        case .columnPerEvent: return "Visits per event (range)"
        case .columnMarginal: return "One more a month (visits/month)"
        case .columnCarryOver: return "Months it works"
        case .columnHalfSaturation: return "Half effect (events/month/million)"
        case .columnSaturation: return "Saturation now"
        case .columnReliability: return "Reliability"
        case .columnNumber: return "No."
        case .columnMove: return "Suggestion"
        case .columnGain: return "Expected extra visits a month"
        case .columnEvidence: return "Evidence"
        case .columnGainLow: return "Gain, low"
        case .columnGainHigh: return "Gain, high"
        case .columnFromRegion: return "From region code"
        case .columnFromChannel: return "From channel"
        case .columnFromEvents: return "From events"
        case .columnToRegion: return "To region code"
        case .columnToChannel: return "To channel"
        case .columnToEvents: return "To events"
        case .statusEstimated: return "estimated"
        case .statusCollinear: return "not separable"
        case .statusTooFewEvents: return "too few events"
        case .method:
            return
                "Method: a region's monthly donor visits = region level × population × month level + Σ channel effects; each channel's effect carries over (geometric decay) and saturates (Hill curve); the month level absorbs season, holidays and growth, so a channel is credited only with differences between regions in the same month. Ranges are 80 % intervals from a bootstrap over months."
        case .suggestTitle(let workspace, let month): return "\(workspace) · where to shift promotion in \(month)"
        case .sectionSuggestions(let month): return "Where to shift promotion (\(month))"
        case .budgetEvents(let total): return "Holding last month's total of \(whole(total)) events."
        case .budgetCost(let total): return "Within last month's promotion cost of ¥\(whole(total))."
        case .staff(let now, let suggested, let capacity):
            return
                "Staff: \(whole(now)) staff-days last month, \(whole(suggested)) suggested, limit \(whole(capacity)) (the most spent in any of the last 12 months)."
        case .totalGain(let gain, let current):
            return
                "All moves together, once kept up for a few months: \(signed(gain.value)) donor visits a month (range \(range(gain))); last month's promotion brings about \(whole(current)) a month."
        case .moveDrives(let count, let drive, let from, let to):
            return "\(from): \(count) fewer \(plural(drive, count)); \(to): \(count) more"
        case .drivesWith(let drive, let lead): return "\(drive) drive with \(lead.lowercased())"
        case .drivesWithout(let drive, let lead): return "\(drive) drive without \(lead.lowercased())"
        case .townshipIn(let county, let township): return "\(township) (\(county))"
        case .experimentDesigned(let id, let channel, let start, let end, let townships, let expected, let current):
            let now =
                current.map { "the model's interval today is \(decimal($0.low))–\(decimal($0.high)) visits" }
                ?? "the model cannot estimate it today"
            return
                "Experiment \(id): \(channel), \(start) to \(end); \(townships[0]) townships hold more, \(townships[1]) as usual, \(townships[2]) fewer (drawn at random within county and size). "
                + "Afterwards the visits one more event brings should be known to ±\(decimal(expected)) (80 % interval); \(now). Recorded in records/experiments.csv: hold each township's events below and record promotion and donations as usual."
        case .experimentArm(let arm):
            switch arm {
            case .more: return "more (1.7×)"
            case .usual: return "usual"
            case .fewer: return "fewer (0.3×)"
            }
        case .experimentOverlaps(let id, let start, let end):
            return
                "the channel already has experiment \(id) (\(start) to \(end)); one test per channel at a time: pick a later --start"
        case .columnArm: return "Arm"
        case .columnEventsPerMonth: return "Events a month"
        case .experimentUnknownChannel(let channel):
            return "the model has no promotion recorded for \(channel); nothing to test"
        case .experimentTooFewRegions(let channel, let count):
            return
                "only \(count) townships held \(channel) in the last 12 months; at least 3 are needed to compare arms"
        case .experimentStatus(let id, let channel, let start, let end, let status, let recorded, let lift):
            let state: String
            switch status {
            case .planned: state = "not started"
            case .running: state = "running (\(recorded) months recorded)"
            case .finished: state = "finished"
            }
            let shown =
                lift.map {
                    "; the more arm against the fewer: \(decimal($0.value)) visits per extra event (\(decimal($0.low))–\(decimal($0.high)))"
                } ?? ""
            return "Experiment \(id) (\(channel), \(start) to \(end)): \(state)\(shown)."
        case .moveRegions(let count, let channel, let from, let to):
            return "Move \(count) \(plural(channel, count)) from \(from) to \(to)"
        case .moveChannels(let region, let count, let from, let toCount, let to):
            return "\(region): \(count) fewer \(plural(from, count)), \(toCount) more \(plural(to, toCount))"
        case .moveAny(let count, let channel, let region, let toCount, let toChannel, let toRegion):
            return
                "\(count) fewer \(plural(channel, count)) in \(region), \(toCount) more \(plural(toChannel, toCount)) in \(toRegion)"
        case .addOnly(let count, let channel, let region): return "\(count) more \(plural(channel, count)) in \(region)"
        case .removeOnly(let count, let channel, let region):
            return "\(count) fewer \(plural(channel, count)) in \(region)"
        case .gain(let gain): return "\(signed(gain.value)) (\(range(gain)))"
        case .actionText(let move, let gain):
            return "\(move) (expected \(signed(gain.value)) visits a month, \(range(gain)))"
        case .evidenceDriveTo(let region, let drive, let estimate):
            return "one more \(drive) a month in \(region): +\(decimal(estimate.value)) visits (\(range(estimate)))"
        case .evidenceDriveFrom(let region, _, let estimate):
            return "one fewer in \(region): \(loss(estimate.value)) (\(range(estimate)))"
        case .evidenceTo(let region, let channel, let estimate):
            return
                "one more \(plural(channel, 1)) a month in \(region): +\(decimal(estimate.value)) visits (\(range(estimate)))"
        case .evidenceFrom(let region, let channel, let estimate):
            return "one fewer \(plural(channel, 1)) in \(region): \(loss(estimate.value)) (\(range(estimate)))"
        case .held(let channel, let reason):
            switch reason {
            case .fixed: return "\(channel): held as needed, not moved"
            case .notEstimated: return "\(channel): too little data to estimate, not moved"
            case .collinear(let partners):
                return "\(channel): not separable from \(partners.joined(separator: ", ")), not moved"
            case .offSeason: return "\(channel): not held in this month last year (school holidays, say), not increased"
            }
        case .noMoves:
            return
                "By the model, last month's mix is close to the best (or the evidence is too weak): no moves suggested."
        case .suggestNote(let coverage, let agreement):
            return
                "Gains are extra donor visits a month once the mix has been kept up long enough for carry-over to build; ranges are \(percentWhole(coverage)) intervals; only moves that at least \(percentWhole(agreement)) of the bootstrap fits agree gain are listed. A region's events of a channel move by at most half of last month's or 2."
        case .moreMoves(let count): return "\(count) smaller moves more: see outreach suggest."
        case .notFitted: return "No channel model could be fitted, so there are no suggestions."
        case .unknownSuggestion(let number, let count):
            return count == 0
                ? "There are no suggestions this month, so none can become action \(number)"
                : "There is no suggestion \(number); this month's are 1 to \(count)"
        case .costMissing(let channels):
            return
                "No cost is recorded for: \(channels.joined(separator: ", ")); fill the cost column of the promotion records, or use --budget events"
        }
    }

    /// "township science talks": a channel's English name in running text, plural unless one ("WeChat" keeps
    /// its capitals; "Posters and banners" and "SMS" stay as they are).
    private func plural(_ name: String, _ count: Int) -> String {
        let keepsCapitals = name.dropFirst().contains(where: \.isUppercase)
        let text = keepsCapitals ? name : name.prefix(1).lowercased() + name.dropFirst()
        let plainAlready = text.hasSuffix("s") || (text.last?.isUppercase ?? false)
        return count == 1 || plainAlready ? text : text + "s"
    }
}
