import ArgumentParser
import Foundation
import Kafka
import StageRuntime

/// `--brokers` and `--kafka-property` for the CLI's Kafka commands.
struct KafkaOptions: ParsableArguments {
    @Option(help: "Kafka bootstrap servers (default $KAFKA_BROKERS, else localhost:9092).")
    var brokers: String?
    @Option(name: .customLong("kafka-property"), help: "librdkafka property key=value; repeatable.")
    var kafkaProperty: [String] = []

    var bootstrapServers: String {
        brokers ?? ProcessInfo.processInfo.environment["KAFKA_BROKERS"].flatMap { $0.isEmpty ? nil : $0 } ?? "localhost:9092"
    }

    /// bootstrap.servers, then KAFKA_PROP_* from the environment, then the flags.
    func properties() throws -> KafkaProperties {
        var properties: KafkaProperties = ["bootstrap.servers": bootstrapServers]
        for (key, value) in ProcessInfo.processInfo.environment where !value.isEmpty {
            if let name = WorkerEnvironment.librdkafkaProperty(forKey: key) { properties[name] = value }
        }
        for pair in kafkaProperty {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { throw ValidationError("--kafka-property takes key=value, got '\(pair)'") }
            properties[String(parts[0])] = String(parts[1])
        }
        return properties
    }
}
