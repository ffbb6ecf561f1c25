import ArgumentParser
import Foundation
import StageRuntime

/// The flags every worker accepts. Each is a `WorkerSettings` declaration; reading and
/// checking them (flag, then environment, then default) is `SettingsReader`'s job.
public struct StageOptions: ParsableArguments, Sendable {
    @Option(help: ArgumentHelp(WorkerSettings.brokers.help)) public var brokers: String?
    @Option(help: ArgumentHelp(WorkerSettings.groupID.help)) public var groupID: String?
    @Option(help: ArgumentHelp(WorkerSettings.inputTopic.help)) public var inputTopic: String?
    @Option(help: ArgumentHelp(WorkerSettings.outputTopic.help)) public var outputTopic: String?
    @Option(help: ArgumentHelp(WorkerSettings.deadLetterTopic.help)) public var dlqTopic: String?
    @Option(help: ArgumentHelp(WorkerSettings.delivery.help)) public var delivery: String?
    @Option(help: ArgumentHelp(WorkerSettings.batchSize.help)) public var batchSize: Int?
    @Option(help: ArgumentHelp(WorkerSettings.batchTimeout.help)) public var batchTimeoutMs: Int?
    @Option(help: ArgumentHelp(WorkerSettings.batchStall.help)) public var batchStallMs: Int?
    @Option(help: ArgumentHelp(WorkerSettings.maxArticleBytes.help)) public var maxArticleBytes: Int?
    @Option(help: ArgumentHelp(WorkerSettings.maxTextBytes.help)) public var maxTextBytes: Int?
    @Option(help: ArgumentHelp(WorkerSettings.maxRecordBytes.help)) public var maxRecordBytes: Int?
    @Option(help: ArgumentHelp(WorkerSettings.instanceID.help)) public var instanceID: String?
    @Option(help: ArgumentHelp(WorkerSettings.membership.help)) public var groupMembership: String?
    @Option(help: ArgumentHelp(WorkerSettings.transactionalID.help)) public var transactionalID: String?
    @Option(help: ArgumentHelp(WorkerSettings.metricsHost.help)) public var metricsHost: String?
    @Option(help: ArgumentHelp(WorkerSettings.metricsPort.help)) public var metricsPort: Int?
    @Option(help: ArgumentHelp(WorkerSettings.logLevel.help)) public var logLevel: String?
    @Option(help: ArgumentHelp(WorkerSettings.logFormat.help)) public var logFormat: String?
    @Option(name: .customLong(WorkerSettings.kafkaPropertyFlag), help: "librdkafka property key=value; repeatable (env KAFKA_PROP_*).")
    public var kafkaProperty: [String] = []

    public init() {}

    /// The flags that were given, by setting.
    var flags: [Setting: String] {
        let given: [(Setting, String?)] = [
            (WorkerSettings.brokers, brokers), (WorkerSettings.groupID, groupID),
            (WorkerSettings.inputTopic, inputTopic), (WorkerSettings.outputTopic, outputTopic),
            (WorkerSettings.deadLetterTopic, dlqTopic), (WorkerSettings.delivery, delivery),
            (WorkerSettings.batchSize, batchSize.map(String.init)), (WorkerSettings.batchTimeout, batchTimeoutMs.map(String.init)),
            (WorkerSettings.batchStall, batchStallMs.map(String.init)),
            (WorkerSettings.maxArticleBytes, maxArticleBytes.map(String.init)), (WorkerSettings.transactionalID, transactionalID),
            (WorkerSettings.maxTextBytes, maxTextBytes.map(String.init)), (WorkerSettings.maxRecordBytes, maxRecordBytes.map(String.init)),
            (WorkerSettings.instanceID, instanceID), (WorkerSettings.membership, groupMembership),
            (WorkerSettings.metricsHost, metricsHost), (WorkerSettings.metricsPort, metricsPort.map(String.init)),
            (WorkerSettings.logLevel, logLevel), (WorkerSettings.logFormat, logFormat),
        ]
        return Dictionary(uniqueKeysWithValues: given.compactMap { setting, value in value.map { (setting, $0) } })
    }

    /// Flags, then `environment`, then the stage defaults.
    public func resolve(stage: StageKind, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StageConfiguration {
        let settings = SettingsReader(flags: flags, kafkaProperties: kafkaProperty, environment: environment)
        do {
            return try StageConfiguration(stage: stage, settings: settings)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
