import OutreachEvaluation
import OutreachLoading
import OutreachModel
import OutreachReports

/// The channel model and its suggestions for a month, as `model`, `suggest`, `evaluate` and `actions add` use them.
enum ChannelModelSupport {
    static func analysis(_ workspace: Workspace, _ store: RecordStore, through month: YearMonth) -> ChannelAnalysis {
        let history = store.history(workspace, through: month)
        var panel = ChannelPanel(
            history: history, tree: workspace.tree, through: month, promotion: store.promotion, drives: store.drives,
            campaigns: workspace.templates)
        panel.experiments = store.experiments
        return ChannelModeler.analyse(panel, settings: workspace.evaluation.model)
    }

    /// The advisor for the month after the analysis's last, with the channels' staff-days and the teams' capacity.
    static func advisor(_ analysis: ChannelAnalysis, _ workspace: Workspace, budget: Allocator.Budget)
        throws(ChannelAdvisor.Failure) -> ChannelAdvisor
    {
        let staffDays = zip(analysis.panel.channels, analysis.panel.driveTemplates).map { code, template in
            if let template {
                return workspace.templates.first { $0.id == template }.map { Double($0.staff * $0.durationDays) } ?? 0
            }
            return workspace.channels.first { $0.code == code }?.staffDaysPerEvent ?? 0
        }
        return try ChannelAdvisor(
            analysis: analysis, budget: budget, staffDays: staffDays,
            teamStaffDays: analysis.month.map { teamStaffDays(workspace, in: $0.adding(months: 1)) })
    }

    /// The suggestions, or nil when no model could be fitted; missing costs are the user's to fix.
    static func suggestions(
        _ analysis: ChannelAnalysis, _ workspace: Workspace, budget: Allocator.Budget, _ strings: any Catalog
    ) throws(CommandFailure) -> SuggestionSet? {
        do throws(ChannelAdvisor.Failure) {
            return try advisor(analysis, workspace, budget: budget).suggest()
        } catch {
            switch error {
            case .notFitted: return nil
            case .noCost(let codes):
                throw .message(
                    strings.model(.costMissing(codes.map { ChannelModelReport.channelName($0, workspace, strings) })))
            }
        }
    }

    /// Staff-days the teams work in a month: each team's staff on each of its working days.
    static func teamStaffDays(_ workspace: Workspace, in month: YearMonth) -> Double {
        var total = 0.0
        for team in workspace.teams {
            for offset in 0..<month.dayCount
            where workspace.calendar.allows(team.workingDays, on: month.firstDay.adding(days: offset)) == true {
                total += Double(team.staff)
            }
        }
        return total
    }
}
