import Articles

/// The three workers and their defaults. Topic defaults chain the pipeline:
/// raw → cleaner → clean → entities → entities → quotes → enriched.
public enum StageKind: String, Sendable, CaseIterable {
    case cleaner
    case entities
    case quotes

    public var defaultInputTopic: String {
        switch self {
        case .cleaner: Topics.raw
        case .entities: Topics.clean
        case .quotes: Topics.entities
        }
    }

    public var defaultOutputTopic: String {
        switch self {
        case .cleaner: Topics.clean
        case .entities: Topics.entities
        case .quotes: Topics.enriched
        }
    }

    public var defaultGroupID: String { "newsflow-\(rawValue)" }

    /// Distinct per stage so all three can run on one host without clashing.
    public var defaultMetricsPort: Int {
        switch self {
        case .cleaner: 9101
        case .entities: 9102
        case .quotes: 9103
        }
    }

    public var executableName: String { "newsflow-\(rawValue)" }
}
