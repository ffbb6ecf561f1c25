import Foundation

/// Every environment variable a worker reads, in one place, so the README's
/// configuration table, the compose file and the tests can be checked against it.
///
/// Flags of the same name in kebab case (`--group-id`) override the environment.
public enum WorkerEnvironment {
    /// Comma-separated bootstrap servers, e.g. `kafka:19092`.
    public static let brokers = "KAFKA_BROKERS"
    /// Consumer group; default `newsflow-<stage>`.
    public static let groupID = "NEWSFLOW_GROUP_ID"
    public static let inputTopic = "NEWSFLOW_INPUT_TOPIC"
    public static let outputTopic = "NEWSFLOW_OUTPUT_TOPIC"
    public static let deadLetterTopic = "NEWSFLOW_DLQ_TOPIC"
    /// `exactly-once` (default) or `at-least-once`.
    public static let delivery = "NEWSFLOW_DELIVERY"
    /// Most records per batch (one transaction per batch in exactly-once mode).
    public static let batchSize = "NEWSFLOW_BATCH_SIZE"
    /// Longest time a batch waits to fill, in milliseconds.
    public static let batchTimeoutMs = "NEWSFLOW_BATCH_TIMEOUT_MS"
    /// Largest raw article accepted, in bytes; larger ones go to the DLQ.
    public static let maxArticleBytes = "NEWSFLOW_MAX_ARTICLE_BYTES"
    /// Transactional id; default `<group>-<hostname>-<pid>`.
    public static let transactionalID = "NEWSFLOW_TRANSACTIONAL_ID"
    /// Port of `/metrics`, `/healthz`, `/readyz`; 0 disables the server.
    public static let metricsPort = "NEWSFLOW_METRICS_PORT"
    public static let metricsHost = "NEWSFLOW_METRICS_HOST"
    /// `trace`, `debug`, `info`, `notice`, `warning`, `error`, `critical`.
    public static let logLevel = "NEWSFLOW_LOG_LEVEL"
    /// `json`, `text`, or `auto` (text on a terminal, JSON otherwise).
    public static let logFormat = "NEWSFLOW_LOG_FORMAT"
    /// Prefix of librdkafka pass-through properties: `KAFKA_PROP_SASL_MECHANISMS=PLAIN`
    /// sets `sasl.mechanisms` (lower-cased, `_` becomes `.`).
    public static let kafkaPropertyPrefix = "KAFKA_PROP_"

    /// All fixed keys (pass-through properties are matched by prefix).
    public static let allKeys: Set<String> = [
        brokers, groupID, inputTopic, outputTopic, deadLetterTopic, delivery, batchSize,
        batchTimeoutMs, maxArticleBytes, transactionalID, metricsPort, metricsHost, logLevel, logFormat,
    ]

    /// Whether a worker reads `key` (a fixed key or a pass-through property).
    public static func isRead(_ key: String) -> Bool {
        allKeys.contains(key) || (key.hasPrefix(kafkaPropertyPrefix) && key.count > kafkaPropertyPrefix.count)
    }

    /// `KAFKA_PROP_SASL_MECHANISMS` → `sasl.mechanisms`.
    public static func librdkafkaProperty(forKey key: String) -> String? {
        guard key.hasPrefix(kafkaPropertyPrefix) else { return nil }
        let name = key.dropFirst(kafkaPropertyPrefix.count)
        guard !name.isEmpty else { return nil }
        return name.lowercased().replacingOccurrences(of: "_", with: ".")
    }
}
