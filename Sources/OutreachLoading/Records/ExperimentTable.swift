import OutreachEvaluation
import OutreachFormats
import OutreachModel

/// `records/experiments.csv`: one row per township of each experiment (its arm and the events it is to hold).
enum ExperimentTable {
    static let columns = [
        ColumnSpec("id", ["编号"]), ColumnSpec("channel", ["渠道"]), ColumnSpec("start", ["开始月份"]),
        ColumnSpec("months", ["月数"]), ColumnSpec("region", ["区域"]), ColumnSpec("arm", ["组别"]),
        ColumnSpec("events", ["每月次数"]),
    ]
    static let header = columns.map(\.name)

    static func document(_ experiments: [Experiment]) -> String {
        CSVWriter.document(
            header: header,
            rows: experiments.flatMap { experiment in
                experiment.assignments.map {
                    [
                        experiment.id, experiment.channel, experiment.start.description, String(experiment.months),
                        $0.regionCode, $0.arm.rawValue, String($0.events),
                    ]
                }
            })
    }

    /// The experiments, each row checked against the workspace (channel, township, arm) and the experiments
    /// against each other: an id's rows must agree on channel, start and months, and two experiments of one channel
    /// may not share a month.
    static func read(_ reader: inout TableReader, workspace: Workspace) -> [Experiment] {
        typealias Row = (id: String, channel: String, start: YearMonth, months: Int, assignment: Experiment.Assignment)
        let arms = Experiment.Arm.allCases.map { ($0.rawValue, $0) } + [("多", .more), ("照常", .usual), ("少", .fewer)]
        let (rows, lines) = reader.rows { row -> Row? in
            let id = row.required("id")
            let channel = row.channel("channel", among: workspace.channels)
            let start = row.month("start")
            let months = row.integer("months", minimum: 1)
            let region = row.region("region", in: workspace.tree)
            let arm = row.choice("arm", arms)
            let events = row.integer("events")
            guard let id, let channel, let start, let months, let region, let arm, let events else { return nil }
            return (id, channel, start, months, .init(regionCode: region, arm: arm, events: events))
        }
        var experiments: [Experiment] = []
        var firstLine: [String: Int] = [:]
        for (row, line) in zip(rows, lines) {
            let location = SourceLocation(file: reader.file, line: line)
            if let index = experiments.firstIndex(where: { $0.id == row.id }) {
                let known = experiments[index]
                guard known.channel == row.channel, known.start == row.start, known.months == row.months else {
                    reader.problems.append(
                        Problem(
                            .error, .inconsistentExperiment(id: row.id, firstLine: firstLine[row.id] ?? 0),
                            field: "id", location: location))
                    continue
                }
                experiments[index].assignments.append(row.assignment)
                continue
            }
            let experiment = Experiment(
                id: row.id, channel: row.channel, start: row.start, months: row.months, assignments: [row.assignment])
            if let other = experiments.first(where: { $0.overlaps(experiment) }) {
                reader.problems.append(
                    Problem(
                        .error,
                        .overlappingExperiment(
                            id: row.id, other: other.id, channel: row.channel, firstLine: firstLine[other.id] ?? 0),
                        field: "start", location: location))
                continue
            }
            firstLine[row.id] = line
            experiments.append(experiment)
        }
        return experiments
    }
}
