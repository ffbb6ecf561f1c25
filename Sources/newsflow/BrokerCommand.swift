import ArgumentParser
import Articles
import Foundation
import Kafka
import Logging
import ServiceLifecycle

/// `newsflow broker`: librdkafka's mock cluster as a standalone local Kafka, for
/// running the real workers without Docker. Data lives in memory only.
struct Broker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run an in-memory Kafka-protocol broker (librdkafka mock cluster) until SIGINT/SIGTERM."
    )
    @Option(help: "Number of brokers.") var brokers: Int = 1
    @Option(help: "Partitions of each pipeline topic.") var partitions: Int32 = 3
    @Option(help: "Also write the bootstrap address to this file (written once the broker is up).") var addressFile: String?
    @OptionGroup(title: "Faults") var faults: BrokerFaultOptions

    func run() async throws {
        _ = try faults.parsedRequestErrors()  // refuse a bad flag before the broker starts
        let cluster = try MockCluster(brokers: brokers)
        for spec in TopicsCommand.pipelineTopics(partitions: partitions, replicationFactor: 1) {
            try cluster.createTopic(spec.name, partitions: spec.partitions)
        }
        let address = cluster.bootstrapServers
        if let addressFile {
            let temporary = addressFile + ".tmp"
            try Data((address + "\n").utf8).write(to: URL(fileURLWithPath: temporary))
            _ = rename(temporary, addressFile)
        }
        // Written unbuffered: scripts read the address while the broker keeps running.
        FileHandle.standardOutput.write(Data("""
            mock Kafka cluster listening at \(address)
            run a worker with: KAFKA_BROKERS=\(address) KAFKA_PROP_FETCH_WAIT_MAX_MS=10 KAFKA_PROP_SESSION_TIMEOUT_MS=6000 KAFKA_PROP_HEARTBEAT_INTERVAL_MS=500 newsflow worker cleaner

            """.utf8))
        let faultSignals = try faults.apply(to: cluster) { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        let group = ServiceGroup(configuration: .init(
            services: [ParkedUntilShutdown()], gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "newsflow.broker")
        ))
        try await group.run()
        faultSignals.forEach { $0.cancel() }
        cluster.close()
    }
}

/// A service that only waits for the shutdown signal.
struct ParkedUntilShutdown: Service {
    func run() async throws {
        try? await gracefulShutdown()
    }
}
