import OutreachEvaluation
import OutreachModel

/// An experiment's assignment as staff use it: township, arm, events a month.
public struct ExperimentReport: Sendable {
    public let experiment: Experiment
    public let workspace: Workspace
    public let drives: [String: String]

    public init(experiment: Experiment, workspace: Workspace, drives: [String: String] = [:]) {
        self.experiment = experiment
        self.workspace = workspace
        self.drives = drives
    }

    public func channelName(_ strings: any Catalog) -> String {
        ChannelModelReport.channelName(experiment.channel, workspace, strings, drives: drives)
    }

    public func table(_ strings: any Catalog) -> Table {
        let columns = [
            Table.Column(key: "region", title: strings.text(.columnRegion)),
            Table.Column(key: "code", title: strings.text(.columnCode), machineOnly: true),
            Table.Column(key: "arm", title: strings.model(.columnArm)),
            Table.Column(key: "events", title: strings.model(.columnEventsPerMonth), alignRight: true),
        ]
        let rows = experiment.assignments.map { assignment -> [Table.Cell] in
            [
                .text(ChannelModelReport.qualifiedRegionName(assignment.regionCode, workspace, strings)),
                .text(assignment.regionCode),
                .label(strings.model(.experimentArm(assignment.arm)), code: assignment.arm.rawValue),
                .number(assignment.events),
            ]
        }
        return Table(title: nil, columns: columns, rows: rows)
    }
}
