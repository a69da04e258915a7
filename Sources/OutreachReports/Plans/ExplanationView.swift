import OutreachModel
import OutreachPlanning

/// `plan explain` in words.
public struct ExplanationView: Sendable {
    public var explanation: DriveExplanation
    public var workspace: Workspace

    public init(explanation: DriveExplanation, workspace: Workspace) {
        self.explanation = explanation
        self.workspace = workspace
    }

    public func lines(_ strings: any Catalog) -> [String] {
        let drive = explanation.drive
        let venueName = { (id: String) in workspace.venues.first { $0.id == id }?.name ?? id }
        let teamName = { (id: String) in workspace.teams.first { $0.id == id }?.name ?? id }
        let campaign = { (id: String) in
            workspace.templates.first { $0.id == id }.map { strings.localized($0.name, english: $0.englishName) } ?? id
        }
        let region =
            explanation.region.flatMap { workspace.tree.region(code: $0) }.map { strings.name(of: $0) }
            ?? explanation.region ?? "—"
        var lines = [
            strings.plan(
                .explainHeading(
                    drive: drive.id.description, venue: venueName(drive.venue), date: drive.date,
                    team: teamName(drive.team),
                    campaign: campaign(drive.template))),
            strings.plan(
                .explainTurnout(
                    turnout: drive.expectedTurnout, donations: drive.expectedDonations, units: drive.expectedUnits)),
            strings.plan(.explainPool(before: drive.poolBefore, full: explanation.fullPool)),
            strings.plan(
                .explainTarget(
                    region: region, month: explanation.month, target: explanation.target,
                    without: explanation.unitsWithout,
                    gap: explanation.targetGap)),
            strings.plan(.explainGain(explanation.gain)),
        ]
        if let alternative = explanation.alternative {
            lines.append(
                strings.plan(
                    .explainAlternative(
                        venue: venueName(alternative.venue), date: alternative.date, team: teamName(alternative.team),
                        campaign: campaign(alternative.template), units: alternative.expectedUnits,
                        gain: alternative.gain)))
            lines.append(strings.plan(.explainVerdict(better: alternative.gain > explanation.gain + 1e-6)))
        } else {
            lines.append(strings.plan(.explainNoAlternative(considered: explanation.consideredAlternatives)))
        }
        return lines
    }
}
