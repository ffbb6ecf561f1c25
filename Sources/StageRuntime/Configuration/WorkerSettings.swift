import Articles

/// Every setting a worker reads, each declared once. The CLI's Kafka commands read
/// `brokers`, `maxArticleBytes` and the pass-through properties from the same list.
public enum WorkerSettings {
    public static let brokers = Setting(
        key: "kafka.brokers", flag: "brokers", default: WorkerDefaults.brokers,
        doc: "bootstrap servers, comma-separated")
    public static let groupID = Setting(
        key: "newsflow.group.id", flag: "group-id", default: "newsflow-<stage>", doc: "consumer group")
    public static let inputTopic = Setting(
        key: "newsflow.input.topic", flag: "input-topic", default: "`articles.raw` / `.clean` / `.entities`",
        doc: "topic read")
    public static let outputTopic = Setting(
        key: "newsflow.output.topic", flag: "output-topic", default: "`articles.clean` / `.entities` / `.enriched`",
        doc: "topic written")
    public static let deadLetterTopic = Setting(
        key: "newsflow.dlq.topic", flag: "dlq-topic", default: "`\(Topics.deadLetter)`", doc: "dead letters")
    public static let delivery = Setting(
        key: "newsflow.delivery", flag: "delivery", default: "`exactly-once`", doc: "or `at-least-once`")
    public static let batchSize = Setting(
        key: "newsflow.batch.size", flag: "batch-size", default: "\(WorkerDefaults.batchSize)", unit: "records",
        doc: "records per batch (one transaction per batch)")
    public static let batchTimeout = Setting(
        key: "newsflow.batch.timeout.ms", flag: "batch-timeout-ms", default: "\(WorkerDefaults.batchTimeoutMs)",
        unit: "ms", doc: "longest wait for a batch's first record; the batch then takes what is already fetched, up to the batch size, without waiting to fill")
    public static let batchStall = Setting(
        key: "newsflow.batch.stall.ms", flag: "batch-stall-ms", default: "\(WorkerDefaults.batchStallMs)",
        unit: "ms", doc: "a batch running longer makes `/healthz` unhealthy, logs a warning and counts `newsflow_batch_stalls_total`")
    public static let maxArticleBytes = Setting(
        key: "newsflow.max.article.bytes", flag: "max-article-bytes", default: "\(ArticleLimits.defaultMaxArticleBytes)", unit: "bytes",
        doc: "raw payload budget: larger articles go to the DLQ (`too-large`)")
    public static let maxTextBytes = Setting(
        key: "newsflow.max.text.bytes", flag: "max-text-bytes", default: "\(ArticleLimits.defaultMaxTextBytes)", unit: "bytes",
        doc: "clean text given to the NLP: the cleaner keeps the paragraphs that fit and lists the rest in `removed` with reason `truncated`; the entities and quotes stages dead-letter a longer text (`too-large`)")
    public static let maxRecordBytes = Setting(
        key: "newsflow.max.record.bytes", flag: "max-record-bytes", default: "\(ArticleLimits.defaultMaxRecordBytes)", unit: "bytes",
        doc: "output record budget: a larger record goes to the DLQ (`output-too-large`); keep it under the topics' `max.message.bytes` (\(ArticleLimits.topicMaxMessageBytes) from `newsflow topics create` and compose)")
    public static let instanceID = Setting(
        key: "newsflow.instance.id", flag: "instance-id", default: "host name",
        doc: "this replica's stable name, unique within its stage: the transactional id and static group membership (`group.instance.id`) derive from it, so a restart fences its predecessor and takes its partitions back")
    public static let membership = Setting(
        key: "newsflow.group.membership", flag: "group-membership", default: "`static`",
        doc: "`static` (`group.instance.id` = instance id: a restart within the session timeout keeps its partitions, no rebalance) or `dynamic` (no `group.instance.id`: a stopped replica leaves the group at once; for scaling in)")
    public static let transactionalID = Setting(
        key: "newsflow.transactional.id", flag: "transactional-id", default: "`<group>-<instance id>`",
        doc: "transactional id; set it only to override the one derived from the instance id")
    public static let metricsHost = Setting(
        key: "newsflow.metrics.host", flag: "metrics-host", default: "`\(WorkerDefaults.metricsHost)`",
        doc: "bind address of the HTTP endpoints")
    public static let metricsPort = Setting(
        key: "newsflow.metrics.port", flag: "metrics-port", default: "9101 / 9102 / 9103",
        doc: "`/metrics`, `/healthz`, `/readyz`; 0 turns them off")
    public static let logLevel = Setting(
        key: "newsflow.log.level", flag: "log-level", default: "`info`", doc: "swift-log level")
    public static let logFormat = Setting(
        key: "newsflow.log.format", flag: "log-format", default: "`auto`",
        doc: "`json`, `text`, or `auto` (text on a terminal)")

    /// In the order of the README's table.
    public static let all: [Setting] = [
        brokers, groupID, inputTopic, outputTopic, deadLetterTopic, delivery, batchSize, batchTimeout,
        batchStall, maxArticleBytes, maxTextBytes, maxRecordBytes, instanceID, membership, transactionalID, metricsHost, metricsPort, logLevel, logFormat,
    ]

    /// Prefix of librdkafka pass-through variables: `KAFKA_PROP_SASL_MECHANISMS=PLAIN`
    /// sets `sasl.mechanisms` (lower-cased, `_` becomes `.`).
    public static let kafkaPropertyPrefix = "KAFKA_PROP_"
    /// The flag that passes a librdkafka property (`--kafka-property k=v`, repeatable).
    public static let kafkaPropertyFlag = "kafka-property"
}

/// Defaults that are plain values (the stage-dependent ones live on `StageKind`).
public enum WorkerDefaults {
    public static let brokers = "localhost:9092"
    public static let batchSize = 500
    public static let batchTimeoutMs: Int32 = 100
    /// 30 s: a full batch of typical articles takes well under a second per stage, so a
    /// batch still running after 30 s is stuck on one article, not merely busy; long
    /// enough that a slow node does not flap `/healthz`.
    public static let batchStallMs = 30_000
    public static let metricsHost = "0.0.0.0"
}
