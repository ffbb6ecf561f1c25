import Articles

/// The settings of `newsflow view` and `newsflow dlq`, declared once like the workers'
/// (`WorkerSettings`). Brokers, pass-through properties and the DLQ topic are the workers'
/// own settings; the stage topics are the compose file's `NEWSFLOW_TOPIC_*` variables.
public enum ViewSettings {
    public static let host = Setting(
        key: "newsflow.view.host", flag: "host", default: "`127.0.0.1`",
        doc: "bind address of `newsflow view`; anything but loopback requires `NEWSFLOW_VIEW_TOKEN`")
    public static let port = Setting(
        key: "newsflow.view.port", flag: "port", default: "\(ViewDefaults.port)", doc: "port of `newsflow view`")
    public static let token = Setting(
        key: "newsflow.view.token", flag: "token", default: "none",
        doc: "access token of `newsflow view`: `Authorization: Bearer <token>`, or basic auth with any user name and the token as password (browsers)")
    public static let articleWindow = Setting(
        key: "newsflow.view.articles", flag: "articles", default: "\(ViewDefaults.articleWindow)", unit: "records",
        doc: "newest enriched articles `newsflow view` keeps in memory (the list, search and article pages cover these)")
    public static let deadLetterWindow = Setting(
        key: "newsflow.view.dead.letters", flag: "dead-letters", default: "\(ViewDefaults.deadLetterWindow)", unit: "records",
        doc: "newest dead letters `newsflow view` keeps in memory (the counts by code cover the whole topic)")
    public static let replayGroup = Setting(
        key: "newsflow.replay.group.id", flag: "replay-group", default: "`\(DeadLetterReplayer.defaultLedgerGroup)`",
        doc: "consumer group whose committed offsets record which dead letters were replayed")
    public static let rawTopic = Setting(
        key: "newsflow.topic.raw", flag: "raw-topic", default: "`\(Topics.raw)`", doc: "input of the cleaner")
    public static let cleanTopic = Setting(
        key: "newsflow.topic.clean", flag: "clean-topic", default: "`\(Topics.clean)`", doc: "output of the cleaner, input of entities")
    public static let entitiesTopic = Setting(
        key: "newsflow.topic.entities", flag: "entities-topic", default: "`\(Topics.entities)`", doc: "output of entities, input of quotes")
    public static let enrichedTopic = Setting(
        key: "newsflow.topic.enriched", flag: "enriched-topic", default: "`\(Topics.enriched)`", doc: "output of quotes: what the view lists")

    public static let all: [Setting] = [
        host, port, token, articleWindow, deadLetterWindow, replayGroup, rawTopic, cleanTopic, entitiesTopic, enrichedTopic,
    ]
}

public enum ViewDefaults {
    public static let host = "127.0.0.1"
    public static let port = 8090
    /// 1,000 records: an enriched record of a typical article decodes to 30–60 KB of Swift
    /// values, so the window stays near 50 MB whatever the topic holds.
    public static let articleWindow = 1_000
    public static let deadLetterWindow = 500
}

/// The pipeline's topics and groups as the view and `newsflow dlq` see them.
public struct PipelineTopology: Sendable {
    public struct Stage: Sendable {
        public var kind: StageKind
        public var inputTopic: String
        public var outputTopic: String
        public var groupID: String
    }

    public var raw: String
    public var clean: String
    public var entities: String
    public var enriched: String
    public var deadLetters: String

    public init(
        raw: String = Topics.raw, clean: String = Topics.clean, entities: String = Topics.entities,
        enriched: String = Topics.enriched, deadLetters: String = Topics.deadLetter
    ) {
        self.raw = raw
        self.clean = clean
        self.entities = entities
        self.enriched = enriched
        self.deadLetters = deadLetters
    }

    public init(settings: SettingsReader) {
        self.init(
            raw: settings.string(ViewSettings.rawTopic) ?? Topics.raw,
            clean: settings.string(ViewSettings.cleanTopic) ?? Topics.clean,
            entities: settings.string(ViewSettings.entitiesTopic) ?? Topics.entities,
            enriched: settings.string(ViewSettings.enrichedTopic) ?? Topics.enriched,
            deadLetters: settings.string(WorkerSettings.deadLetterTopic) ?? Topics.deadLetter)
    }

    /// The three stages in pipeline order, with the default group of each.
    public var stages: [Stage] {
        [
            Stage(kind: .cleaner, inputTopic: raw, outputTopic: clean, groupID: StageKind.cleaner.defaultGroupID),
            Stage(kind: .entities, inputTopic: clean, outputTopic: entities, groupID: StageKind.entities.defaultGroupID),
            Stage(kind: .quotes, inputTopic: entities, outputTopic: enriched, groupID: StageKind.quotes.defaultGroupID),
        ]
    }
}
