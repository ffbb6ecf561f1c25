import Foundation
import Hummingbird
import Kafka
import Logging
import StageRuntime

/// `newsflow view` put together: a follower for the enriched topic (the newest
/// `articleWindow` records), one for the DLQ (all of it, keeping the newest
/// `deadLetterWindow`), the offsets monitor, the replayer, and the HTTP server.
public struct ViewRuntime: Sendable {
    public var host: String
    public var port: Int
    public var access: AccessPolicy
    public var topology: PipelineTopology
    public var kafkaProperties: KafkaProperties
    public var articleWindow: Int
    public var deadLetterWindow: Int
    public var replayGroup: String

    public init(
        host: String, port: Int, access: AccessPolicy, topology: PipelineTopology, kafkaProperties: KafkaProperties,
        articleWindow: Int, deadLetterWindow: Int, replayGroup: String
    ) {
        self.host = host
        self.port = port
        self.access = access
        self.topology = topology
        self.kafkaProperties = kafkaProperties
        self.articleWindow = articleWindow
        self.deadLetterWindow = deadLetterWindow
        self.replayGroup = replayGroup
    }

    /// Serves until SIGINT or SIGTERM. `onListening` gets the port once it is bound (`port` 0 picks a free one).
    public func run(logger: Logger, onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let articles = ArticleWindow(capacity: articleWindow)
        let deadLetters = DeadLetterWindow(capacity: deadLetterWindow)
        let enrichedFollower = TopicFollower(topic: topology.enriched, properties: kafkaProperties, startBack: articleWindow, logger: logger) { records in
            for record in records {
                articles.add(value: record.value, position: .init(topic: record.topic, partition: record.partition, offset: record.offset.rawValue, timestampMs: record.timestampMs))
            }
        }
        let deadLetterFollower = TopicFollower(topic: topology.deadLetters, properties: kafkaProperties, startBack: nil, logger: logger) { records in
            for record in records { deadLetters.add(record) }
        }
        let monitor = PipelineMonitor(topology: topology, properties: kafkaProperties, replayGroup: replayGroup, logger: logger)
        let replayer = DeadLetterReplayer(properties: kafkaProperties, deadLetterTopic: topology.deadLetters, ledgerGroup: replayGroup)
        enrichedFollower.start()
        deadLetterFollower.start()
        monitor.start()
        defer {
            enrichedFollower.stop()
            deadLetterFollower.stop()
            monitor.stop()
        }
        let state = ViewState(
            articles: articles, deadLetters: deadLetters, topology: topology,
            pipeline: { monitor.snapshot }, replayed: { monitor.snapshot.ledgers }, replayer: replayer,
            status: {
                let statuses = [enrichedFollower.status, deadLetterFollower.status]
                let problems = statuses.filter { !$0.hasPrefix("reading") }
                return problems.isEmpty ? "connected" : problems.joined(separator: "; ")
            })
        let app = Application(
            router: ViewServer.router(state: state, access: access, logger: logger),
            configuration: .init(address: .hostname(host, port: port), serverName: "newsflow-view"),
            onServerRunning: { channel in
                onListening(channel.localAddress?.port ?? port)
            },
            logger: logger)
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
