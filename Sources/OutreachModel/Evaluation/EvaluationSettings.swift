/// Traffic-light thresholds and finding sensitivities, from `Templates/evaluation.json`; a workspace overrides any
/// key in `workspace.json › evaluation`.
public struct EvaluationSettings: Hashable, Sendable, Codable {
    /// Thresholds by indicator (its raw value as key); indicators without a rule get no light.
    public var lights: [String: LightRule]
    /// The indicator regions are ranked by.
    public var rankBy: Indicator
    public var findings: FindingSettings
    public var model: ModelSettings
    public var records: RecordSettings

    public init(
        lights: [String: LightRule] = [:], rankBy: Indicator = .yearToDateAttainment,
        findings: FindingSettings = FindingSettings(), model: ModelSettings = ModelSettings(),
        records: RecordSettings = RecordSettings()
    ) {
        self.lights = lights
        self.rankBy = rankBy
        self.findings = findings
        self.model = model
        self.records = records
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lights = try container.decode([String: LightRule].self, forKey: .lights)
        rankBy = try container.decode(Indicator.self, forKey: .rankBy)
        findings = try container.decode(FindingSettings.self, forKey: .findings)
        model = try container.decodeIfPresent(ModelSettings.self, forKey: .model) ?? ModelSettings()
        records = try container.decodeIfPresent(RecordSettings.self, forKey: .records) ?? RecordSettings()
    }

    public func rule(for indicator: Indicator) -> LightRule? { lights[indicator.rawValue] }
}

/// Green at or beyond `green`, amber at or beyond `amber`, red otherwise; "beyond" is downwards when lower is better.
public struct LightRule: Hashable, Sendable, Codable {
    public var green: Double
    public var amber: Double
    public var lowerIsBetter: Bool

    public init(green: Double, amber: Double, lowerIsBetter: Bool = false) {
        self.green = green
        self.amber = amber
        self.lowerIsBetter = lowerIsBetter
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        green = try container.decode(Double.self, forKey: .green)
        amber = try container.decode(Double.self, forKey: .amber)
        lowerIsBetter = try container.decodeIfPresent(Bool.self, forKey: .lowerIsBetter) ?? false
    }

    public func light(_ value: Double) -> TrafficLight {
        let sign = lowerIsBetter ? -1.0 : 1.0
        if sign * value >= sign * green { return .green }
        if sign * value >= sign * amber { return .amber }
        return .red
    }
}

public enum TrafficLight: String, Sendable, Codable, Comparable {
    case green, amber, red

    public static func < (lhs: TrafficLight, rhs: TrafficLight) -> Bool { lhs.order < rhs.order }
    private var order: Int { self == .red ? 0 : self == .amber ? 1 : 2 }
}

/// How sensitive the findings are.
public struct FindingSettings: Hashable, Sendable, Codable {
    /// Robust score (modified z-score of the seasonal residual) beyond which a month is unusual; 3.5 is Iglewicz
    /// and Hoaglin's cut-off.
    public var anomalyScore: Double
    /// Events needed in both windows before a channel's yield is compared.
    public var minimumEvents: Int
    /// Months compared: the latest `window` months against the same months a year earlier.
    public var window: Int
    /// Months ahead in which a trough counts as "before a trough".
    public var troughLookahead: Int
    /// Months whose seasonal weight is below this share of the mean are troughs.
    public var troughShare: Double
    /// Relative change of an action's indicator below which it "has not moved".
    public var actionMovement: Double
    /// Findings the pack shows besides the red and amber regions' (the CSV holds all).
    public var top: Int

    public init(
        anomalyScore: Double = 3.5, minimumEvents: Int = 6, window: Int = 3,
        troughLookahead: Int = 2, troughShare: Double = 0.92, actionMovement: Double = 0.02,
        top: Int = 8
    ) {
        self.top = top
        self.anomalyScore = anomalyScore
        self.minimumEvents = minimumEvents
        self.window = window
        self.troughLookahead = troughLookahead
        self.troughShare = troughShare
        self.actionMovement = actionMovement
    }
}
