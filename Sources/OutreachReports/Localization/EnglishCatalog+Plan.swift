import OutreachModel
import OutreachPlanning

extension EnglishCatalog {
    public func plan(_ message: PlanMessage) -> String {
        switch message {
        case .title(let name, let workspace, let from, let to):
            return "\(workspace) campaign plan '\(name)', \(from) to \(to)"
        case .totals(let drives, let turnout, let donations, let units, let target, let expected):
            return
                "\(drives) drives: \(whole(turnout)) people expected, \(whole(donations)) donations, \(quantity(units)) U; "
                + "with fixed sites \(quantity(expected)) U against a target of \(quantity(target)) U"
        case .objective(let value, let bound, let gap, let greedy, let localOptimum):
            return
                "Objective \(quantity(value)) (upper bound \(quantity(bound)), gap \(percent(gap)); greedy start \(quantity(greedy))"
                + (localOptimum ? ", local optimum reached)" : ", not fully converged)")
        case .objectiveTerms(let target, let group, let fairness, let travel):
            return "  = target value \(quantity(target))" + (group.map { " + short groups \(quantity($0))" } ?? "")
                + " − fairness \(quantity(fairness)) − travel \(quantity(travel))"
        case .lab(let peak, let capacity, let fullDays, let mean):
            return
                "Laboratory: \(whole(mean)) samples a day on average, peak \(whole(peak)) (capacity \(whole(capacity))/day), \(fullDays) days at capacity"
        case .saved(let path): return "Plan saved: \(path)"
        case .replan(let from, let kept, let unchanged, let teamChanged, let removed, let added):
            return
                "Re-planned from \(from): \(kept) earlier drives kept; from then on \(unchanged) unchanged, \(teamChanged) handed to another team, \(removed) removed, \(added) added (\(teamChanged + removed + added) moved)"
        case .notice(let notice): return noticeText(notice)
        case .shortfall(let reason, let blocking): return shortfallText(reason, blocking)
        case .rule(let rule): return ruleText(rule)
        case .error(let error): return errorText(error)
        case .source(let source): return sourceText(source)
        case .origin(let origin): return origin.rawValue
        case .openingSpan(let days, let opens, let closes):
            let names = days.map { plan(.weekday($0)) }
            let isRun = days.count > 2 && days.last!.rawValue - days.first!.rawValue == days.count - 1
            return (isRun ? names.first! + "–" + names.last! : names.joined(separator: ", ")) + " \(opens)–\(closes)"
        case .spanSeparator: return "; "
        case .sectionSolver: return "Appendix: the solver"
        case .viewTitle(let who, let plan, let from, let to): return "\(who) · plan \(plan) · \(from) to \(to)"
        case .publicCalendarName(let workspace): return "\(workspace) · blood drive schedule"
        case .publicTitle(let workspace, let from, let to): return "\(workspace) bloodmobile schedule, \(from) to \(to)"
        case .publicFooter:
            return
                "Times may change; check the notice of the day. Eat a light breakfast and bring your ID card. Donors aged 18–55; repeat donors up to 60."
        case .fixedSitesHeading: return "Fixed donation houses"
        case .planNotFound(let name, let available):
            return "no plan '\(name)'"
                + (available.isEmpty
                    ? "; none saved yet: run outreach plan --from … --to … first"
                    : "; saved plans: \(available.joined(separator: ", "))")
        case .invalidPlanName(let name):
            return "plan name '\(name)' cannot be a file name; use letters, digits, -, _ and ., not starting with ."
        case .driveNotInPlan(let id, let suggestion):
            return "the plan has no drive '\(id)'"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; outreach plan show NAME lists the drive ids")
        case .invalidDrive(let text): return "'\(text)' is not a drive id; write VENUE-YYYYMMDD, e.g. V016-20270104"
        case .invalidBlock(let text):
            return "'\(text)' is not a block; write ID:YYYY-MM-DD or ID:YYYY-MM-DD..YYYY-MM-DD"
        case .unreadable(let path): return "cannot use \(path):"
        case .writeFailed(let path, let reason): return "cannot write \(path): \(reason); the original is untouched"
        case .exported(let path, let candidates): return "Instance written to \(path) (\(candidates) candidate drives)"
        case .explainHeading(let drive, let venue, let date, let team, let campaign):
            return "Drive \(drive): \(date) at \(venue), \(campaign), \(team)"
        case .explainTurnout(let turnout, let donations, let units):
            return "Expected turnout \(quantity(turnout)), donations \(quantity(donations)), units \(quantity(units)) U"
        case .explainPool(let before, let full):
            return
                "Eligible pool on the day \(whole(before)) (full pool \(whole(full)); recent donors not yet eligible again are left out)"
        case .explainTarget(let region, let month, let target, let without, let gap):
            guard let target else {
                return "\(region) has no target in \(month); this drive counts as surplus (stock) only"
            }
            return
                "\(region) \(month): target \(quantity(target)) U, \(quantity(without)) U expected without this drive, gap served \(quantity(gap)) U"
        case .explainGain(let gain): return "This drive adds \(quantity(gain)) to the objective"
        case .explainAlternative(let venue, let date, let team, let campaign, let units, let gain):
            return
                "Next best: \(date) at \(venue), \(campaign), \(team): \(quantity(units)) U, adds \(quantity(gain)) to the objective"
        case .explainNoAlternative(let considered):
            return "No alternative could take its place (\(considered) candidates considered)"
        case .explainVerdict(let better):
            return better
                ? "Note: the alternative scores higher; the search had not fully converged. Re-plan with more polishPasses."
                : "The drive is at least as good as the next-best alternative, so it stays."
        case .scoreSummary(let value, let drives, let violations):
            return "\(drives) drives, objective \(quantity(value)), \(violations) hard-rule violations"
        case .violation(let drive, let rule): return "\(drive): \(ruleText(rule))"
        case .checkerFailed(let count):
            return
                "the internal check found \(count) broken hard rules, so the plan was not saved; please report the command and data"
        case .weekday(let day): return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.rawValue - 1]
        case .sectionTargets: return "Monthly targets by region"
        case .sectionTeams: return "Team utilisation"
        case .sectionDrives: return "Drives"
        case .sectionNotices: return "Notices"
        }
    }

    private func noticeText(_ notice: PlanNotice) -> String {
        switch notice {
        case .holidaysMissing(let year):
            return
                "the official holiday schedule for \(year) is not in the data: the statutory holidays are left out by their fixed dates, but the bridging days and make-up workdays are unknown, so every weekend counts as a rest day; update Templates/calendar/cn-holidays.json when it is published and re-plan"
        case .calendarUnknown(let schedule, let from):
            return
                "the calendar has no data for schedule '\(schedule)' from \(from); its venues are not planned after that; extend calendar.json"
        case .regionWithoutTarget(let region, let venues):
            return
                "region \(region) has no target (\(venues) venues); its drives count as surplus only; add it to targets.csv"
        case .keptDriveDropped(let id):
            return "kept drive \(id) names a venue, campaign or team that no longer exists; dropped"
        }
    }

    private func shortfallText(_ reason: ShortfallReason, _ blocking: (venue: String, date: CivilDate)?) -> String {
        let drive = blocking.map { "\($0.venue) on \($0.date)" } ?? ""
        switch reason {
        case .noVenue: return "no venue for drives in the region"
        case .venuesClosed: return "venues closed all month (vacation, market days, holidays or calendar gaps)"
        case .leadTime: return "too soon to prepare (lead time)"
        case .teamCapacity: return "every team-day the venues could use this month is booked"
        case .revisitInterval:
            return blocking == nil
                ? "venues visited recently; donors not eligible again yet"
                : "collected at \(drive); donors not eligible again yet"
        case .recentDonations:
            return "imported records: most of the venues' donors gave recently and are not eligible yet"
        case .venueBookedElsewhere:
            return blocking == nil
                ? "the venues' drives are on other days of the plan; the revisit interval allows no second one"
                : "the venue's drive is at \(drive); the revisit interval allows no second one"
        case .noOpenVenueDay: return "the venues are not open on the days teams are free"
        case .labCapacity: return "laboratory at capacity"
        case .poolExhausted: return "few venues within reach or their pools are spent; more drives would add little"
        }
    }

    private func ruleText(_ rule: RuleBreak) -> String {
        switch rule {
        case .unknownVenue(let id): return "no venue '\(id)'"
        case .unknownTemplate(let id): return "no campaign template '\(id)'"
        case .unknownTeam(let id): return "no team '\(id)'"
        case .outsideHorizon: return "the date is outside the plan's horizon"
        case .venueNotForDrives:
            return "fixed donation houses collect in their opening hours; no drives are scheduled there"
        case .venueClosed(let schedule): return "the venue is closed that day (schedule '\(schedule)')"
        case .statutoryHoliday(let holiday):
            return "the day is a statutory holiday (\(holidayName(holiday))); no drives are held"
        case .calendarUnknown(let schedule): return "the calendar has no data for schedule '\(schedule)' that day"
        case .campaignNotAllowed(let template):
            return "campaign \(template) cannot run that day (its months, workday or observance rule)"
        case .campaignNotForVenue(let template): return "campaign \(template) does not apply to this kind of venue"
        case .teamNotWorking(let team): return "team \(team) does not work that day"
        case .teamUnsuited(let team, let template): return "team \(team) has too few staff for \(template)"
        case .noTeamAvailable: return "no team works that day with the staff the campaign needs"
        case .tooFar(let team): return "the venue is beyond team \(team)'s range (maximumTravelSteps)"
        case .blocked(let subject): return "\(subject) is blocked that day (--block)"
        case .teamBusy(let team, let other): return "team \(team) already holds drive \(other) that day"
        case .venueBusy(let other): return "the venue already has drive \(other) that day"
        case .revisitTooSoon(let other, let days, let minimum):
            return "only \(days) days from drive \(other) at the same venue; at least \(minimum) needed"
        case .teamMonthFull(let team, let maximum):
            return "team \(team) already works \(maximum) days that month (stock.json › maximumTeamDaysPerMonth)"
        case .labCapacity(let samples, let capacity):
            return "\(whole(samples)) laboratory samples that day, over the capacity of \(whole(capacity))"
        case .leadTime(let days, let required):
            return "only \(days) days after the plan was made; the campaign needs \(required)"
        case .notACandidate: return "not a candidate of the instance (venue closed or campaign not allowed that day)"
        case .beforeLeadTime: return "sooner than the campaign's lead time (as the instance marks it)"
        case .fixedDriveMissing: return "the schedule leaves out a drive that must stay (kept or pinned)"
        case .expectationMismatch(let field, let stored, let expected):
            return "\(field) is \(quantity(stored)); the model gives \(quantity(expected))"
        }
    }

    private func errorText(_ error: PlanningError) -> String {
        switch error {
        case .horizonEndsBeforeStart(let from, let to): return "the plan ends (\(to)) before it starts (\(from))"
        case .horizonInPast(let to, let today):
            return "the horizon is in the past (it ends \(to), today is \(today)); give dates from today on"
        case .horizonTooLong(let days, let maximum):
            return "the horizon has \(days) days; at most \(maximum); plan in parts"
        case .unknownRegion(let name, let suggestion):
            return "no region '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .noTeams:
            return "the workspace has no mobile teams (bloodmobile or collection-team in teams.csv); add one first"
        case .noDonationRules: return "Templates/rules/donation.json is missing, so donation intervals are unknown"
        case .unknownBlockSubject(let id, let suggestion):
            return "'\(id)' in --block is neither a venue nor a team"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unknownPinVenue(let id, let suggestion):
            return "no venue '\(id)' for --pin" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .infeasiblePin(let id, let rule): return "cannot pin drive \(id): \(ruleText(rule))"
        }
    }

    private func sourceText(_ source: TargetSource?) -> String {
        guard let source else { return "—" }
        switch source.kind {
        case .monthly: return "monthly (targets.csv line \(source.line))"
        case .annualShare:
            return
                "annual \(whole(source.annualUnits ?? 0)) U, remaining \(whole(source.remainingUnits ?? 0)) U × \(percent(source.share ?? 0)) (targets.csv line \(source.line))"
        }
    }

    func holidayName(_ holiday: StatutoryHoliday) -> String {
        switch holiday {
        case .newYear: return "New Year's Day"
        case .springFestival: return "Spring Festival"
        case .qingming: return "Qingming"
        case .labourDay: return "Labour Day"
        case .dragonBoat: return "Dragon Boat Festival"
        case .midAutumn: return "Mid-Autumn Festival"
        case .nationalDay: return "National Day"
        }
    }
}
