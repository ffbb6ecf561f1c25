import Articles
import Foundation
import Kafka
import Logging

/// Everything a worker needs to run, resolved from flags, then environment, then defaults.
public struct StageConfiguration: Sendable {
    public var stage: StageKind
    public var brokers: String
    public var groupID: String
    public var inputTopic: String
    public var outputTopic: String
    public var deadLetterTopic: String
    public var delivery: DeliveryMode
    public var batchSize: Int
    /// The longest wait for a batch's first record (the batch then takes what is already
    /// fetched, without waiting to fill). Set as whole milliseconds (`NEWSFLOW_BATCH_TIMEOUT_MS`,
    /// `--batch-timeout-ms`), kept as a `Duration` so no caller has to know the unit.
    public var batchTimeout: Duration
    /// How long one batch may run before the worker reports a stall (`/healthz` 503, a
    /// warning naming the article, `newsflow_batch_stalls_total`). Set as whole
    /// milliseconds (`NEWSFLOW_BATCH_STALL_MS`, `--batch-stall-ms`).
    public var batchStallLimit: Duration
    public var maxArticleBytes: Int
    /// The clean text given to the NLP (`NEWSFLOW_MAX_TEXT_BYTES`).
    public var maxTextBytes: Int
    /// The largest output record the stage writes (`NEWSFLOW_MAX_RECORD_BYTES`).
    public var maxRecordBytes: Int
    /// The three budgets, for the stage's transform.
    public var budgets: ArticleBudgets {
        ArticleBudgets(maxArticleBytes: maxArticleBytes, maxTextBytes: maxTextBytes, maxRecordBytes: maxRecordBytes)
    }
    /// This replica's stable name (`NEWSFLOW_INSTANCE_ID`, default the host name). The
    /// transactional id and, with static membership, `group.instance.id` derive from it.
    public var instanceID: String
    public var membership: GroupMembership
    /// `<group>-<instance id>` unless set explicitly (`NEWSFLOW_TRANSACTIONAL_ID`).
    public var transactionalID: String {
        get { transactionalIDOverride ?? Self.transactionalID(group: groupID, instance: instanceID) }
        set { transactionalIDOverride = newValue }
    }
    private var transactionalIDOverride: String?
    public var metricsHost: String
    /// 0 disables the HTTP server (used by the in-process demo).
    public var metricsPort: Int
    public var logLevel: Logger.Level
    public var logFormat: LogFormat
    /// librdkafka properties passed through verbatim (SASL, TLS, tuning); they win over ours.
    public var kafkaProperties: KafkaProperties

    /// The defaults for `stage`, with the given brokers.
    public init(stage: StageKind, brokers: String) {
        self.stage = stage
        self.brokers = brokers
        self.groupID = stage.defaultGroupID
        self.inputTopic = stage.defaultInputTopic
        self.outputTopic = stage.defaultOutputTopic
        self.deadLetterTopic = Articles.Topics.deadLetter
        self.delivery = .exactlyOnce
        self.batchSize = WorkerDefaults.batchSize
        self.batchTimeout = .milliseconds(WorkerDefaults.batchTimeoutMs)
        self.batchStallLimit = .milliseconds(WorkerDefaults.batchStallMs)
        self.maxArticleBytes = ArticleLimits.defaultMaxArticleBytes
        self.maxTextBytes = ArticleLimits.defaultMaxTextBytes
        self.maxRecordBytes = ArticleLimits.defaultMaxRecordBytes
        self.instanceID = Self.defaultInstanceID
        self.membership = .static
        self.metricsHost = WorkerDefaults.metricsHost
        self.metricsPort = stage.defaultMetricsPort
        self.logLevel = .info
        self.logFormat = .auto
        self.kafkaProperties = [:]
    }

    /// Reads every setting of `stage`: flags, then environment, then the defaults above.
    public init(stage: StageKind, settings: SettingsReader) throws(ConfigurationError) {
        self.init(stage: stage, brokers: settings.string(WorkerSettings.brokers) ?? WorkerDefaults.brokers)
        groupID = settings.string(WorkerSettings.groupID) ?? groupID
        inputTopic = settings.string(WorkerSettings.inputTopic) ?? inputTopic
        outputTopic = settings.string(WorkerSettings.outputTopic) ?? outputTopic
        deadLetterTopic = settings.string(WorkerSettings.deadLetterTopic) ?? deadLetterTopic
        delivery = try settings.choice(WorkerSettings.delivery, of: DeliveryMode.self) ?? delivery
        batchSize = try settings.integer(WorkerSettings.batchSize, in: 1...1_000_000) ?? batchSize
        batchTimeout = try settings.integer(WorkerSettings.batchTimeout, in: 1...60_000).map { .milliseconds($0) } ?? batchTimeout
        batchStallLimit = try settings.integer(WorkerSettings.batchStall, in: 1...86_400_000).map { .milliseconds($0) } ?? batchStallLimit
        maxArticleBytes = try settings.integer(WorkerSettings.maxArticleBytes, in: 1...Int(Int32.max)) ?? maxArticleBytes
        maxTextBytes = try settings.integer(WorkerSettings.maxTextBytes, in: 1...Int(Int32.max)) ?? maxTextBytes
        maxRecordBytes = try settings.integer(WorkerSettings.maxRecordBytes, in: 1...Int(Int32.max)) ?? maxRecordBytes
        instanceID = settings.string(WorkerSettings.instanceID) ?? instanceID
        membership = try settings.choice(WorkerSettings.membership, of: GroupMembership.self) ?? membership
        transactionalIDOverride = settings.string(WorkerSettings.transactionalID)
        metricsHost = settings.string(WorkerSettings.metricsHost) ?? metricsHost
        metricsPort = try settings.integer(WorkerSettings.metricsPort, in: 0...65_535) ?? metricsPort
        logLevel = try settings.choice(WorkerSettings.logLevel, of: Logger.Level.self) ?? logLevel
        logFormat = try settings.choice(WorkerSettings.logFormat, of: LogFormat.self) ?? logFormat
        kafkaProperties = try settings.kafkaProperties()
    }

    /// The host name: compose and Kubernetes give each replica a stable one (a
    /// StatefulSet's pod name, a compose container's name when set).
    static var defaultInstanceID: String { ProcessInfo.processInfo.hostName }

    /// `<group>-<instance id>`: stable across restarts of a replica, so the restarted one
    /// fences and aborts its predecessor's open transaction at once (init_transactions),
    /// and distinct per stage, because each stage has its own group.
    static func transactionalID(group: String, instance: String) -> String { "\(group)-\(instance)" }

    /// The largest record a stage reads or writes: twice the article limit (an enriched
    /// record carries the text plus its annotations), at least 64 MiB.
    var largestRecordBytes: Int { max(maxArticleBytes * 2 + 1_048_576, 64 * 1_048_576) }

    /// Properties shared by the stage's consumer and producer.
    var commonProperties: KafkaProperties {
        [
            "bootstrap.servers": brokers,
            "client.id": "newsflow-\(stage.rawValue)",
        ]
    }

    /// The group consumer: manual commits only, committed data only, from the start
    /// of the topic for a new group (no article is skipped on first deploy).
    public var consumerProperties: KafkaProperties {
        var properties = commonProperties
        properties["group.id"] = groupID
        properties["auto.offset.reset"] = "earliest"
        properties["isolation.level"] = "read_committed"
        properties["enable.partition.eof"] = "false"
        if membership == .static { properties["group.instance.id"] = instanceID }
        // Large enough to fetch any record the producer may write (an oversized article
        // must still be read to be dead-lettered); brokers without KIP-74 need it.
        properties["max.partition.fetch.bytes"] = String(largestRecordBytes)
        properties["fetch.max.bytes"] = String(largestRecordBytes)
        properties["receive.message.max.bytes"] = String(largestRecordBytes + 1_048_576)
        properties.merge(kafkaProperties.filter { Self.appliesToConsumer($0.key) }) { _, passed in passed }
        return properties
    }

    /// The producer: idempotent always, transactional in exactly-once mode. Large
    /// `message.max.bytes` so an oversized article can still be dead-lettered whole.
    public var producerProperties: KafkaProperties {
        var properties = commonProperties
        properties["enable.idempotence"] = "true"
        properties["acks"] = "all"
        properties["linger.ms"] = "5"
        properties["message.max.bytes"] = String(largestRecordBytes)
        if delivery == .exactlyOnce {
            properties["transactional.id"] = transactionalID
            properties["transaction.timeout.ms"] = "60000"
        }
        properties.merge(kafkaProperties.filter { Self.appliesToProducer($0.key) }) { _, passed in passed }
        return properties
    }

    /// The start-up probe's client (a metadata request only): the address plus the
    /// pass-through settings a producer takes (security, timeouts), without transactions.
    var probeProperties: KafkaProperties {
        var properties = commonProperties
        properties.merge(kafkaProperties.filter { Self.appliesToProducer($0.key) && $0.key != "transactional.id" }) { _, passed in passed }
        return properties
    }

    /// Consumer-only properties are not given to the producer and vice versa, so one
    /// pass-through set configures both without librdkafka warnings.
    static func appliesToConsumer(_ key: String) -> Bool {
        !producerOnly.contains(key)
    }

    static func appliesToProducer(_ key: String) -> Bool {
        !consumerOnly.contains(key)
    }

    private static let consumerOnly: Set<String> = [
        "fetch.wait.max.ms", "fetch.min.bytes", "fetch.max.bytes", "max.partition.fetch.bytes",
        "session.timeout.ms", "heartbeat.interval.ms", "max.poll.interval.ms", "partition.assignment.strategy",
        "group.instance.id", "auto.offset.reset", "isolation.level", "queued.min.messages",
        "queued.max.messages.kbytes", "fetch.error.backoff.ms", "group.protocol.type", "check.crcs",
    ]
    private static let producerOnly: Set<String> = [
        "linger.ms", "queue.buffering.max.ms", "batch.size", "batch.num.messages", "compression.type",
        "compression.codec", "acks", "request.required.acks", "message.timeout.ms", "delivery.timeout.ms",
        "queue.buffering.max.messages", "queue.buffering.max.kbytes", "enable.idempotence",
        "transaction.timeout.ms", "transactional.id", "retries", "message.send.max.retries", "retry.backoff.ms",
        "sticky.partitioning.linger.ms", "partitioner",
    ]

    /// The configuration as a log line, with secrets masked.
    public var redactedSummary: String {
        let passed = kafkaProperties.keys.sorted().map { key in
            "\(key)=\(Self.isSecret(key) ? "***" : kafkaProperties[key] ?? "")"
        }
        return "stage=\(stage.rawValue) brokers=\(brokers) group=\(groupID) in=\(inputTopic) out=\(outputTopic) "
            + "dlq=\(deadLetterTopic) delivery=\(delivery.rawValue) instance=\(instanceID) membership=\(membership.rawValue) "
            + "transactional.id=\(transactionalID) batch=\(batchSize)/\(Int(batchTimeout / .milliseconds(1)))ms "
            + "metrics=\(metricsHost):\(metricsPort) kafka=[\(passed.joined(separator: ", "))]"
    }

    /// Property names that hold credentials (sasl.password, ssl.key.password, ...).
    public static func isSecret(_ key: String) -> Bool { SettingsReader.isSecret(key) }
}

/// Log output shape: JSON lines for containers and log shippers, text for people.
public enum LogFormat: String, Sendable, CaseIterable {
    case json
    case text
    /// Text on a terminal, JSON otherwise.
    case auto
}
