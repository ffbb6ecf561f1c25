import StageRuntime
import ArgumentParser
import Foundation
import Logging

/// The flags every worker accepts. Each flag falls back to the environment variable
/// named in `WorkerEnvironment`, then to the stage's default.
public struct StageOptions: ParsableArguments, Sendable {
    @Option(help: "Kafka bootstrap servers (env KAFKA_BROKERS).")
    public var brokers: String?
    @Option(help: "Consumer group (env NEWSFLOW_GROUP_ID; default newsflow-<stage>).")
    public var groupID: String?
    @Option(help: "Topic to read (env NEWSFLOW_INPUT_TOPIC).")
    public var inputTopic: String?
    @Option(help: "Topic to write (env NEWSFLOW_OUTPUT_TOPIC).")
    public var outputTopic: String?
    @Option(help: "Dead-letter topic (env NEWSFLOW_DLQ_TOPIC).")
    public var dlqTopic: String?
    @Option(help: "exactly-once or at-least-once (env NEWSFLOW_DELIVERY).")
    public var delivery: String?
    @Option(help: "Most records per batch/transaction (env NEWSFLOW_BATCH_SIZE; default 500).")
    public var batchSize: Int?
    @Option(help: "Longest wait to fill a batch, ms (env NEWSFLOW_BATCH_TIMEOUT_MS; default 100).")
    public var batchTimeoutMs: Int?
    @Option(help: "Largest article accepted in bytes (env NEWSFLOW_MAX_ARTICLE_BYTES; default 16 MiB).")
    public var maxArticleBytes: Int?
    @Option(help: "Transactional id (env NEWSFLOW_TRANSACTIONAL_ID; default <group>-<host>-<pid>).")
    public var transactionalID: String?
    @Option(help: "Bind address of /metrics, /healthz, /readyz (env NEWSFLOW_METRICS_HOST).")
    public var metricsHost: String?
    @Option(help: "Port of /metrics, /healthz, /readyz; 0 disables (env NEWSFLOW_METRICS_PORT).")
    public var metricsPort: Int?
    @Option(help: "trace|debug|info|notice|warning|error|critical (env NEWSFLOW_LOG_LEVEL).")
    public var logLevel: String?
    @Option(help: "json|text|auto (env NEWSFLOW_LOG_FORMAT).")
    public var logFormat: String?
    @Option(name: .customLong("kafka-property"), help: "librdkafka property key=value; repeatable (env KAFKA_PROP_*).")
    public var kafkaProperty: [String] = []

    public init() {}

    /// Flags, then `environment`, then the stage defaults.
    public func resolve(stage: StageKind, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StageConfiguration {
        func value(_ flag: String?, _ key: String) -> String? {
            if let flag, !flag.isEmpty { return flag }
            if let env = environment[key], !env.isEmpty { return env }
            return nil
        }
        func integer(_ flag: Int?, _ key: String) throws -> Int? {
            if let flag { return flag }
            guard let text = value(nil, key) else { return nil }
            guard let number = Int(text) else { throw ValidationError("\(key) must be a whole number, got '\(text)'") }
            return number
        }

        var config = StageConfiguration(stage: stage, brokers: value(brokers, WorkerEnvironment.brokers) ?? "localhost:9092")
        config.groupID = value(groupID, WorkerEnvironment.groupID) ?? config.groupID
        config.inputTopic = value(inputTopic, WorkerEnvironment.inputTopic) ?? config.inputTopic
        config.outputTopic = value(outputTopic, WorkerEnvironment.outputTopic) ?? config.outputTopic
        config.deadLetterTopic = value(dlqTopic, WorkerEnvironment.deadLetterTopic) ?? config.deadLetterTopic
        if let mode = value(delivery, WorkerEnvironment.delivery) {
            guard let parsed = DeliveryMode(rawValue: mode) else {
                throw ValidationError("\(WorkerEnvironment.delivery) must be exactly-once or at-least-once, got '\(mode)'")
            }
            config.delivery = parsed
        }
        if let size = try integer(batchSize, WorkerEnvironment.batchSize) {
            guard size > 0 else { throw ValidationError("batch size must be at least 1") }
            config.batchSize = size
        }
        if let timeout = try integer(batchTimeoutMs, WorkerEnvironment.batchTimeoutMs) {
            guard (1...60_000).contains(timeout) else { throw ValidationError("batch timeout must be 1...60000 ms") }
            config.batchTimeoutMs = Int32(timeout)
        }
        if let limit = try integer(maxArticleBytes, WorkerEnvironment.maxArticleBytes) {
            guard limit > 0 else { throw ValidationError("max article bytes must be positive") }
            config.maxArticleBytes = limit
        }
        if let groupOverride = value(groupID, WorkerEnvironment.groupID) {
            config.transactionalID = "\(groupOverride)-\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)"
        }
        config.transactionalID = value(transactionalID, WorkerEnvironment.transactionalID) ?? config.transactionalID
        config.metricsHost = value(metricsHost, WorkerEnvironment.metricsHost) ?? config.metricsHost
        if let port = try integer(metricsPort, WorkerEnvironment.metricsPort) {
            guard (0...65_535).contains(port) else { throw ValidationError("metrics port must be 0...65535") }
            config.metricsPort = port
        }
        if let level = value(logLevel, WorkerEnvironment.logLevel) {
            guard let parsed = Logger.Level(rawValue: level.lowercased()) else {
                throw ValidationError("log level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            config.logLevel = parsed
        }
        if let format = value(logFormat, WorkerEnvironment.logFormat) {
            guard let parsed = LogFormat(rawValue: format.lowercased()) else {
                throw ValidationError("log format must be json, text or auto")
            }
            config.logFormat = parsed
        }
        // An empty value means "not set" (compose passes bare keys through as empty).
        for (key, text) in environment where !text.isEmpty {
            if let property = WorkerEnvironment.librdkafkaProperty(forKey: key) { config.kafkaProperties[property] = text }
        }
        for pair in kafkaProperty {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { throw ValidationError("--kafka-property takes key=value, got '\(pair)'") }
            config.kafkaProperties[String(parts[0])] = String(parts[1])
        }
        return config
    }
}
