import Articles
import Foundation
import Kafka
import TestSupport
import Testing

/// The real executables as separate processes on a `newsflow broker` mock cluster, each
/// stage started from the multi-call binary as `newsflow worker <stage>`:
/// the samples plus 2,000 generated articles and poison inputs go in; every article
/// must come out of `articles.enriched`, poison must land in the DLQ with a reason,
/// and a `kill -9` of a worker mid-run must lose nothing.
@Suite("End to end: broker and three worker processes", .serialized)
struct PipelineEndToEndTests {
    static let generatedCount = 2_000

    static let poison: [(key: String, value: [UInt8], contentType: String?, expectedCode: String)] = [
        ("poison-json", Array(#"{"body": "unterminated"#.utf8), "application/json", "invalid-envelope"),
        ("poison-utf8", [0x48, 0x69, 0xC3, 0x28, 0xFF, 0xFE], "text/plain", "invalid-utf8"),
        ("poison-empty", Array(#"{"id": "poison-empty", "body": "   "}"#.utf8), "application/json", "empty-body"),
        ("poison-types", Array(#"{"id": 7, "title": ["x"], "body": "text"}"#.utf8), "application/json", "invalid-envelope"),
    ]
    /// The mock cluster keeps only a partition's newest ~5 MB (older records vanish as if
    /// by retention) and stalls on uncompressed records this large, so the test's producer
    /// and the workers compress (lz4): 20 MB of one letter is then a few KB on the broker,
    /// and 20 MB again when the cleaner reads it. Real Kafka needs no such care.
    static let hugePoison = (key: "poison-huge", value: [UInt8](repeating: UInt8(ascii: "a"), count: 20 * 1024 * 1024), contentType: "text/plain", expectedCode: "too-large")

    @Test("every article arrives enriched, poison goes to the DLQ, and a kill -9 loses nothing")
    func pipeline() async throws {
        try await blockingTest {
            let logs = NSTemporaryDirectory() + "newsflow-e2e-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
            let addressFile = "\(logs)/broker.address"
            let broker = try WorkerProcess("newsflow", arguments: ["broker", "--partitions", "6", "--address-file", addressFile], logDirectory: logs)
            defer { broker.terminate() }
            let brokers = try waitForFile(addressFile, timeout: 30)

            var ports: [String: Int] = [:]
            // Every stage runs from the one multi-call binary: `newsflow worker <stage>`.
            func startWorker(_ stage: String) throws -> WorkerProcess {
                let port = ports[stage] ?? freePort()
                ports[stage] = port
                return try WorkerProcess("newsflow", arguments: ["worker", stage], environment: [
                    "KAFKA_BROKERS": brokers,
                    "NEWSFLOW_METRICS_PORT": String(port),
                    "NEWSFLOW_LOG_FORMAT": "json",
                    "NEWSFLOW_BATCH_TIMEOUT_MS": "50",
                    "KAFKA_PROP_FETCH_WAIT_MAX_MS": "10",
                    "KAFKA_PROP_SESSION_TIMEOUT_MS": "6000",
                    "KAFKA_PROP_HEARTBEAT_INTERVAL_MS": "500",
                    "KAFKA_PROP_COMPRESSION_TYPE": "lz4",
                ], logDirectory: logs, name: "newsflow worker \(stage)")
            }
            var workers = try ["cleaner", "entities", "quotes"].map(startWorker)
            defer { workers.forEach { $0.terminate() } }

            // Feed: samples first, then half the generated load, the poison, the other half.
            let producer = try KafkaProducer(properties: [
                "bootstrap.servers": brokers, "enable.idempotence": "true", "linger.ms": "5", "message.max.bytes": "67108864",
                "compression.type": "lz4",
            ])
            var sentAt: [String: Date] = [:]
            func send(key: String, value: [UInt8], contentType: String?) throws {
                let headers = contentType.map { [KafkaHeader(key: "content-type", value: Array($0.utf8))] } ?? []
                sentAt[key] = Date()
                try producer.produce(ProducerRecord(topic: Topics.raw, key: Array(key.utf8), value: value, headers: headers))
            }
            // Warm-up: one article through all three stages, so every worker has joined its
            // group before the measured load starts.
            let reader = try OutputReader(brokers: brokers)
            try producer.produce(ProducerRecord(topic: Topics.raw, key: Array("warm-up".utf8), value: Array("Warm-up article.".utf8)))
            try producer.flush(timeout: .seconds(10))
            let warmUpDeadline = Date().addingTimeInterval(120)
            while reader.arrivals["warm-up"] == nil, Date() < warmUpDeadline { try reader.poll() }
            try #require(reader.arrivals["warm-up"] != nil, "the warm-up article went through all three stages")

            try send(key: "sample-txt", value: RepositoryPaths.sample("blinken-priorities.txt"), contentType: "text/plain")
            try send(key: "sample-html", value: RepositoryPaths.sample("blinken-priorities.html"), contentType: "text/html")
            let generated = (0..<Self.generatedCount).map(GeneratedArticles.make)
            for article in generated.prefix(Self.generatedCount / 2) { try send(key: article.id, value: article.value, contentType: article.contentType) }
            for item in Self.poison + [Self.hugePoison] { try send(key: item.key, value: item.value, contentType: item.contentType) }
            for article in generated.dropFirst(Self.generatedCount / 2) { try send(key: article.id, value: article.value, contentType: article.contentType) }
            try producer.flush(timeout: .seconds(60))
            producer.close(timeout: .seconds(5))
            let expected = Set(["sample-txt", "sample-html"] + generated.map(\.id))

            // Read the output while the pipeline runs; kill -9 the entity worker a third of the way in.
            var killed = false
            let deadline = Date().addingTimeInterval(300)
            while !expected.isSubset(of: reader.arrivals.keys), Date() < deadline {
                try reader.poll()
                if !killed, reader.arrivals.count > Self.generatedCount / 3 {
                    workers[1].kill9()
                    workers[1] = try startWorker("entities")
                    killed = true
                }
            }
            let missing = expected.subtracting(reader.arrivals.keys)
            #expect(missing.isEmpty, "lost \(missing.count) articles, e.g. \(missing.sorted().prefix(5))")
            #expect(killed)

            // Duplicates (replays after the kill) must be byte-identical.
            #expect(reader.conflictingDuplicates.isEmpty, "duplicates that differ: \(reader.conflictingDuplicates.prefix(5))")

            // Every enriched record matches its schema.
            let schema = try JSONSchemaValidator(schemaFile: RepositoryPaths.schema(forTopic: Topics.enriched))
            for (id, value) in reader.values {
                let problems = schema.violations(of: value)
                #expect(problems.isEmpty, "\(id): \(problems.prefix(3))")
                if !problems.isEmpty { break }
            }

            // Poison landed in the DLQ with a reason naming what was wrong; the stage kept going.
            let allPoison = Self.poison + [Self.hugePoison]
            while reader.deadLetters.count < allPoison.count, Date() < deadline { try reader.poll() }
            for item in allPoison {
                let letter = reader.deadLetters[item.key]
                #expect(letter?.error.hasPrefix(item.expectedCode) == true, "\(item.key): \(letter?.error ?? "not in the DLQ")")
                #expect(letter?.stage == "cleaner")
                #expect(letter?.valueSize == item.value.count, "the DLQ keeps the original payload")
            }

            // The workers serve their endpoints and count what they did.
            for (name, port) in ports {
                #expect(httpGet(port: port, path: "/healthz")?.0 == 200, "\(name) /healthz")
                #expect(httpGet(port: port, path: "/readyz")?.0 == 200, "\(name) /readyz")
                let metrics = httpGet(port: port, path: "/metrics")?.1 ?? ""
                #expect(metrics.contains("newsflow_records_consumed_total"), "\(name) /metrics")
            }

            // Latency under light load: 50 articles at 20 per second, each timed produce → enriched.
            let probes = (10_000..<10_050).map(GeneratedArticles.make)
            var probeSentAt: [String: Date] = [:]
            let probeProducer = try KafkaProducer(properties: ["bootstrap.servers": brokers, "linger.ms": "0"])
            for probe in probes {
                probeSentAt[probe.id] = Date()
                try probeProducer.produce(ProducerRecord(topic: Topics.raw, key: Array(probe.id.utf8), value: probe.value))
                let next = Date().addingTimeInterval(0.05)
                while Date() < next { try reader.poll() }
            }
            probeProducer.close(timeout: .seconds(5))
            while !Set(probeSentAt.keys).isSubset(of: reader.arrivals.keys), Date() < deadline { try reader.poll() }

            // Peak memory of each worker process over the run (debug build).
            let peaks = workers.map { "\($0.name) \($0.peakResidentMegabytes.map { String(format: "%.0f MB", $0) } ?? "?")" }
            print("e2e: peak RSS " + peaks.joined(separator: ", "))

            // SIGTERM: finish the batch, commit, leave the group, exit 0.
            for worker in workers {
                #expect(worker.terminate() == 0, "\(worker.name) exit status; log tail: \(worker.log.suffix(500))")
            }
            Self.report(sentAt: sentAt, probeSentAt: probeSentAt, arrivals: reader.arrivals, duplicates: reader.duplicateCount)
        }
    }

    /// Prints the figures the README quotes: bulk throughput, and produce→enriched
    /// latency of the light-load probes.
    static func report(sentAt: [String: Date], probeSentAt: [String: Date], arrivals: [String: Date], duplicates: Int) {
        let bulk = sentAt.keys.compactMap { arrivals[$0] }
        let latencies = probeSentAt.compactMap { id, sent in arrivals[id].map { $0.timeIntervalSince(sent) * 1000 } }.sorted()
        guard let firstSend = sentAt.values.min(), let lastArrival = bulk.max(), !latencies.isEmpty else { return }
        let seconds = lastArrival.timeIntervalSince(firstSend)
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        print(String(
            format: "e2e: %d articles through cleaner, entities and quotes in %.1f s (%.0f articles/s) with one kill -9; %d duplicate deliveries, all byte-identical; latency produce→enriched at 20 articles/s: p50 %.0f ms, p99 %.0f ms",
            bulk.count, seconds, Double(bulk.count) / seconds, duplicates, percentile(0.5), percentile(0.99)
        ))
    }

    private func waitForFile(_ path: String, timeout: TimeInterval) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), !text.isEmpty {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            usleep(100_000)
        }
        throw E2EError.brokerDidNotStart
    }
}

enum E2EError: Error {
    case brokerDidNotStart
    case topicsNotCreated(String)
}

/// Reads `articles.enriched` and the DLQ (read_committed), remembering first arrivals,
/// values, and duplicates that differ from the first copy.
final class OutputReader {
    struct DeadLetter {
        let error: String
        let stage: String
        let valueSize: Int
    }

    private let consumer: KafkaConsumer
    private(set) var arrivals: [String: Date] = [:]
    private(set) var values: [String: [UInt8]] = [:]
    private(set) var deadLetters: [String: DeadLetter] = [:]
    private(set) var duplicateCount = 0
    private(set) var conflictingDuplicates: [String] = []

    init(brokers: String) throws {
        consumer = try KafkaConsumer(properties: [
            "bootstrap.servers": brokers, "group.id": "e2e-reader-\(UUID().uuidString)", "auto.offset.reset": "earliest",
            "isolation.level": "read_committed", "fetch.wait.max.ms": "10", "max.partition.fetch.bytes": "67108864",
            "fetch.max.bytes": "134217728", "receive.message.max.bytes": "200000000",
        ], rebalanceListener: nil)
        try consumer.subscribe([Topics.enriched, Topics.deadLetter])
    }

    deinit { consumer.close() }

    func poll() throws {
        // fillWait .zero: each record is stamped when it arrives, not when the 100 ms are up.
        for record in try consumer.poll(maxRecords: 1_000, timeout: .milliseconds(100), fillWait: .zero) {
            let key = record.key.map { String(decoding: $0, as: UTF8.self) } ?? ""
            if record.topic == Topics.deadLetter {
                func header(_ name: String) -> String { record.header(name).map { String(decoding: $0, as: UTF8.self) } ?? "" }
                deadLetters[key] = DeadLetter(error: header("newsflow-error"), stage: header("newsflow-stage"), valueSize: record.value.count)
                continue
            }
            if let first = values[key] {
                duplicateCount += 1
                if first != record.value { conflictingDuplicates.append(key) }
            } else {
                values[key] = record.value
                arrivals[key] = Date()
            }
        }
    }
}
