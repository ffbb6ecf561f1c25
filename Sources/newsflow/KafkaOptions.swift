import ArgumentParser
import Foundation
import Kafka
import StageRuntime

/// `--brokers` and `--kafka-property` for the CLI's Kafka commands, read like a
/// worker's: flag, then `KAFKA_BROKERS` / `KAFKA_PROP_*`, then the default.
struct KafkaOptions: ParsableArguments {
    @Option(help: ArgumentHelp(WorkerSettings.brokers.help))
    var brokers: String?
    @Option(name: .customLong(WorkerSettings.kafkaPropertyFlag), help: "librdkafka property key=value; repeatable (env KAFKA_PROP_*).")
    var kafkaProperty: [String] = []

    private var settings: SettingsReader {
        SettingsReader(flags: brokers.map { [WorkerSettings.brokers: $0] } ?? [:], kafkaProperties: kafkaProperty)
    }

    var bootstrapServers: String { settings.string(WorkerSettings.brokers) ?? WorkerDefaults.brokers }

    /// bootstrap.servers, then KAFKA_PROP_* from the environment, then the flags.
    func properties() throws -> KafkaProperties {
        var properties: KafkaProperties = ["bootstrap.servers": bootstrapServers]
        do {
            properties.merge(try settings.kafkaProperties()) { _, passed in passed }
        } catch {
            throw ValidationError(error.description)
        }
        return properties
    }

    /// The cluster's topic names, asked for within a few seconds: a wrong or unreachable
    /// address fails here with a message naming it, where librdkafka would wait silently.
    func reachableTopics() throws -> Set<String> {
        try KafkaReachability.topicNames(brokers: bootstrapServers, properties: properties())
    }
}
