import WorkerApp
import ArgumentParser
import Articles
import Foundation
import Kafka
import Logging
import StageRuntime
import Workers

/// `newsflow demo`: the whole pipeline in one process on an embedded Kafka (the
/// librdkafka mock cluster): feeds `samples/articles` and prints what comes out.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run all three stages on an embedded Kafka, feed the samples, print the enriched articles."
    )
    @Option(help: "Folder of articles to feed (default: the repo's samples/articles).") var samples: String?
    @Option(help: "Give up waiting after this many seconds.") var timeout: Double = 120
    @Flag(help: "Show the stages' logs.") var verbose = false

    func run() throws {
        LoggingSetup.bootstrap(format: .text, level: verbose ? .info : .error)
        let logger = Logger(label: "newsflow.demo")
        let folder = try samples ?? Self.defaultSamplesFolder()
        let started = Date()

        let cluster = try MockCluster(brokers: 1)
        defer { cluster.close() }
        for spec in TopicsCommand.pipelineTopics(partitions: 3, replicationFactor: 1) {
            try cluster.createTopic(spec.name, partitions: spec.partitions)
        }
        let brokers = cluster.bootstrapServers
        print("Embedded Kafka (librdkafka mock cluster) at \(brokers); starting cleaner, entities and quotes stages (exactly-once).")

        func configuration(_ stage: StageKind) -> StageConfiguration {
            var configuration = StageConfiguration(stage: stage, brokers: brokers)
            configuration.kafkaProperties = MockDefaults.clientProperties
            configuration.batchTimeout = .milliseconds(50)
            // One replica per stage on a cluster of its own: a per-process id keeps two
            // demos on one host apart in logs; nothing else shares this cluster.
            configuration.instanceID = "demo-\(ProcessInfo.processInfo.processIdentifier)"
            return configuration
        }
        let stages = InProcessStages(try StageKind.allCases.map { stage in
            let configuration = configuration(stage)
            return (configuration, try StageWorker.transform(for: stage, configuration: configuration))
        }, logger: logger)
        defer { stages.stop() }

        var properties = MockDefaults.clientProperties
        properties["bootstrap.servers"] = brokers
        let producer = try KafkaProducer(properties: properties)
        var fed = 0
        for file in try ArticleFeed.files(for: [folder]) {
            try ArticleFeed.forEachItem(in: file) { item in
                try producer.produce(ProducerRecord(
                    topic: Topics.raw, key: item.key, value: item.value,
                    headers: [KafkaHeader(key: "content-type", value: Array(item.contentType.utf8))]
                ))
                fed += 1
            }
        }
        try producer.flush(timeout: .seconds(30))
        producer.close(timeout: .seconds(5))
        print("Fed \(fed) articles from \(folder) into \(Topics.raw).\n")

        let (enriched, deadLetters) = try collect(expected: fed, brokers: brokers)
        for record in enriched {
            print(RecordSummary.render(record))
            print("")
        }
        for letter in deadLetters { print("✗ dead letter: \(letter)") }
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "%d of %d articles enriched, %d dead-lettered, in %.1f s.", enriched.count, fed, deadLetters.count, seconds))
        print("See them in a browser: make view, then open http://127.0.0.1:\(ViewDefaults.port)/ (articles with entities and quotes marked, dead letters, lag).")
        if enriched.count + deadLetters.count < fed { throw ExitCode.failure }
    }

    /// Reads `articles.enriched` and the DLQ until every fed article is accounted for.
    private func collect(expected: Int, brokers: String) throws -> ([ArticleRecord], [String]) {
        var properties = MockDefaults.clientProperties
        properties["bootstrap.servers"] = brokers
        properties["group.id"] = "newsflow-demo-reader"
        properties["auto.offset.reset"] = "earliest"
        properties["isolation.level"] = "read_committed"
        let consumer = try KafkaConsumer(properties: properties, rebalanceListener: nil)
        defer { consumer.close() }
        try consumer.subscribe([Topics.enriched, Topics.deadLetter])
        var byID: [String: ArticleRecord] = [:]
        var deadLetters: [String] = []
        let deadline = ContinuousClock.now + .seconds(timeout)
        while byID.count + deadLetters.count < expected, ContinuousClock.now < deadline {
            for record in try consumer.poll(maxRecords: 100, timeout: .milliseconds(200)) {
                if record.topic == Topics.deadLetter {
                    deadLetters.append(record.header("newsflow-error").map { String(decoding: $0, as: UTF8.self) } ?? "(no reason)")
                } else if let article = try? ArticleJSON.decode(ArticleRecord.self, from: record.value) {
                    byID[article.id] = article
                }
            }
        }
        return (byID.values.sorted { ($0.contentType.rawValue, $0.id) < ($1.contentType.rawValue, $1.id) }, deadLetters)
    }

    /// `samples/articles` in the working directory, else beside the built executable.
    static func defaultSamplesFolder() throws -> String {
        let candidates = [
            "samples/articles",
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
                .deletingLastPathComponent().appendingPathComponent("../../../samples/articles").standardized.path,
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
                .deletingLastPathComponent().appendingPathComponent("../../samples/articles").standardized.path,
        ]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw ValidationError("no samples folder found; pass --samples DIR")
        }
        return found
    }
}
