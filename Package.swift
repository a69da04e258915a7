// swift-tools-version:6.0
import PackageDescription

// Layers point down only: Model and Formats know nothing of files; Loading alone touches the file system;
// Planning and Evaluation are pure logic over the model; Reports turns values into text; Commands parses the command line and wires the rest together.
let package = Package(
    name: "outreach",
    products: [
        .executable(name: "outreach", targets: ["outreach"])
    ],
    targets: [
        .target(name: "OutreachModel"),
        .target(name: "OutreachFormats"),
        .target(name: "OutreachPlanning", dependencies: ["OutreachModel"]),
        .target(name: "OutreachEvaluation", dependencies: ["OutreachModel"]),
        .target(
            name: "OutreachLoading",
            dependencies: ["OutreachModel", "OutreachFormats", "OutreachPlanning", "OutreachEvaluation"]),
        .target(
            name: "OutreachReports",
            dependencies: ["OutreachModel", "OutreachFormats", "OutreachPlanning", "OutreachEvaluation"]),
        .target(
            name: "OutreachCommands",
            dependencies: [
                "OutreachModel", "OutreachFormats", "OutreachPlanning", "OutreachEvaluation", "OutreachLoading",
                "OutreachReports",
            ]
        ),
        .executableTarget(name: "outreach", dependencies: ["OutreachCommands"]),
        .executableTarget(
            name: "outreach-benchmarks",
            dependencies: [
                "OutreachModel", "OutreachFormats", "OutreachPlanning", "OutreachEvaluation", "OutreachLoading",
                "OutreachCommands",
            ],
            exclude: ["duckdb_aggregate.py"]
        ),
        .testTarget(name: "OutreachModelTests", dependencies: ["OutreachModel"]),
        .testTarget(name: "OutreachFormatsTests", dependencies: ["OutreachFormats", "OutreachModel"]),
        .testTarget(name: "OutreachPlanningTests", dependencies: ["OutreachPlanning", "OutreachModel"]),
        .testTarget(name: "OutreachEvaluationTests", dependencies: ["OutreachEvaluation", "OutreachModel"]),
        .testTarget(
            name: "OutreachLoadingTests",
            dependencies: [
                "OutreachLoading", "OutreachModel", "OutreachReports", "OutreachEvaluation", "OutreachPlanning",
                "OutreachFormats",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "OutreachReportsTests",
            dependencies: ["OutreachReports", "OutreachModel", "OutreachPlanning", "OutreachEvaluation"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "OutreachCommandsTests",
            dependencies: [
                "OutreachCommands", "OutreachLoading", "OutreachModel", "OutreachEvaluation", "OutreachFormats",
                "outreach",
            ]
        ),
    ]
)
