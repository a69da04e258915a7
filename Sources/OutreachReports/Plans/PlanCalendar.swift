import OutreachModel
import OutreachPlanning

/// iCalendar (RFC 5545) for a plan's drives: one event per drive in Asia/Shanghai time, a UID that follows the
/// drive across re-plans, CRLF line ends, lines folded at 75 octets and text escaped. Drives a re-plan removed or
/// moved are published as cancelled under their old UID (`STATUS:CANCELLED`, a higher `SEQUENCE`), so a phone
/// that imported the earlier calendar drops them instead of keeping both.
public enum PlanCalendar {
    public static func render(_ view: PlanDrivesView, _ strings: any Catalog) -> String {
        let plan = view.plan
        let workspace = view.workspace
        let venues = Dictionary(workspace.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let templates = Dictionary(workspace.templates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let teams = Dictionary(workspace.teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let station = strings.localized(workspace.settings.name, english: workspace.settings.englishName)
        let domain = (workspace.settings.cityCode.isEmpty ? "station" : workspace.settings.cityCode) + ".outreach"
        // DTSTAMP: the day the plan was made, at 00:00 in Shanghai, so the output is the same on every run.
        let stamp = plan.madeOn.adding(days: -1).compact + "T160000Z"
        let isPublic = view.audience == .publicSchedule
        let calendarName = isPublic ? strings.plan(.publicCalendarName(workspace: station)) : station + " " + plan.name
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//outreach//campaign plan//" + (strings is EnglishCatalog ? "EN" : "ZH"),
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(calendarName),
            "X-WR-TIMEZONE:Asia/Shanghai",
            "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
        ]
        for drive in view.drives {
            let venue = venues[drive.venue]
            let template = templates[drive.template]
            let campaign = template.map { strings.localized($0.name, english: $0.englishName) } ?? drive.template
            let place = venue?.name ?? drive.venue
            lines += [
                "BEGIN:VEVENT",
                "UID:" + drive.id.description + "@" + domain,
                "DTSTAMP:" + stamp,
                "DTSTART;TZID=Asia/Shanghai:" + drive.date.compact + "T" + clock(drive.start),
                "DTEND;TZID=Asia/Shanghai:" + drive.date.compact + "T" + clock(drive.end),
                "SUMMARY:" + escape(isPublic ? place : campaign + " · " + place),
                "LOCATION:"
                    + escape(
                        [place, venue.map { view.address(of: $0, strings) } ?? ""].filter { !$0.isEmpty }.joined(
                            separator: ", ")),
            ]
            if !isPublic {
                let team = teams[drive.team]?.name ?? drive.team
                let details = [
                    strings.text(.columnID) + ": " + drive.id.description,
                    strings.text(.columnTeam) + ": " + team,
                    strings.plan(
                        .explainTurnout(
                            turnout: drive.expectedTurnout, donations: drive.expectedDonations,
                            units: drive.expectedUnits)),
                ]
                lines += [
                    "DESCRIPTION:" + escape(details.joined(separator: "\n")), "CATEGORIES:" + escape(campaign),
                ]
            }
            lines += ["TRANSP:OPAQUE", "END:VEVENT"]
        }
        for removed in view.cancelled {
            lines += [
                "BEGIN:VEVENT", "UID:" + removed.description + "@" + domain, "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + removed.date.compact,
                "DTEND;VALUE=DATE:" + removed.date.adding(days: 1).compact,
                "SUMMARY:" + escape(venues[removed.venueID]?.name ?? removed.venueID), "STATUS:CANCELLED",
                "SEQUENCE:1", "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `08:30` → `083000`.
    static func clock(_ time: String) -> String { time.filter(\.isNumber).padding(toLength: 4) + "00" }

    /// Escapes TEXT values: backslash, semicolon, comma and newline (RFC 5545 §3.3.11).
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a content line so no line exceeds 75 octets, never splitting a UTF-8 character (RFC 5545 §3.1).
    public static func fold(_ line: String) -> String {
        var output = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                output += "\r\n "
                octets = 1
                limit = 75
            }
            output.unicodeScalars.append(scalar)
            octets += size
        }
        return output
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? String(prefix(length)) : self + String(repeating: "0", count: length - count)
    }
}
