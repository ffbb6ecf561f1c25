import Foundation

/// The environment variable of every worker setting, by name, so compose files, the
/// Kubernetes manifests and the tests can be checked against what the workers read.
/// Derived from `WorkerSettings`: nothing here is declared twice.
public enum WorkerEnvironment {
    public static let brokers = WorkerSettings.brokers.environmentName
    public static let groupID = WorkerSettings.groupID.environmentName
    public static let inputTopic = WorkerSettings.inputTopic.environmentName
    public static let outputTopic = WorkerSettings.outputTopic.environmentName
    public static let deadLetterTopic = WorkerSettings.deadLetterTopic.environmentName
    public static let delivery = WorkerSettings.delivery.environmentName
    public static let batchSize = WorkerSettings.batchSize.environmentName
    public static let batchTimeoutMs = WorkerSettings.batchTimeout.environmentName
    public static let batchStallMs = WorkerSettings.batchStall.environmentName
    public static let maxArticleBytes = WorkerSettings.maxArticleBytes.environmentName
    public static let instanceID = WorkerSettings.instanceID.environmentName
    public static let membership = WorkerSettings.membership.environmentName
    public static let transactionalID = WorkerSettings.transactionalID.environmentName
    public static let metricsPort = WorkerSettings.metricsPort.environmentName
    public static let metricsHost = WorkerSettings.metricsHost.environmentName
    public static let logLevel = WorkerSettings.logLevel.environmentName
    public static let logFormat = WorkerSettings.logFormat.environmentName
    public static let kafkaPropertyPrefix = WorkerSettings.kafkaPropertyPrefix

    /// All fixed variables (pass-through properties are matched by prefix).
    public static let allKeys = Set(WorkerSettings.all.map(\.environmentName))

    /// Whether a worker reads `key` (a fixed variable or a pass-through property).
    public static func isRead(_ key: String) -> Bool {
        allKeys.contains(key) || librdkafkaProperty(forKey: key) != nil
    }

    /// `KAFKA_PROP_SASL_MECHANISMS` → `sasl.mechanisms`.
    public static func librdkafkaProperty(forKey key: String) -> String? {
        guard key.hasPrefix(kafkaPropertyPrefix) else { return nil }
        let name = key.dropFirst(kafkaPropertyPrefix.count)
        guard !name.isEmpty else { return nil }
        return name.lowercased().replacingOccurrences(of: "_", with: ".")
    }
}
