import Articles
import Foundation
import Kafka

/// One broker and the three stages as `newsflow worker <stage>` processes, with a feed and
/// a read_committed reader of `articles.enriched`: the scenarios of the delivery tests
/// (kill, SIGTERM, scale) are steps on it. Nothing here depends on the broker kind except
/// how the broker starts; the workers get the same settings on both.
final class PipelineRun {
    let broker: LocalBroker
    let logs: String
    let reader: OutputReader
    private(set) var workers: [String: WorkerProcess] = [:]
    /// Arrival time of each new article in `articles.enriched`, in order, for the gap report.
    private(set) var arrivalTimes: [Date] = []

    init(_ kind: BrokerKind, partitions: Int = 6, label: String) throws {
        logs = try temporaryDirectory("newsflow-\(label)-\(kind.rawValue)")
        broker = try LocalBroker(kind, partitions: partitions, logDirectory: logs)
        reader = try OutputReader(brokers: broker.address)
    }

    deinit {
        workers.values.forEach { $0.terminate(timeout: 10) }
        broker.stop()
    }

    /// Starts replica `instance` of `stage`. With static membership the instance id is the
    /// group.instance.id, so a restart under the same id takes the partitions back.
    @discardableResult
    func start(_ stage: String, instance: String, membership: String = "static") throws -> WorkerProcess {
        let worker = try WorkerProcess("newsflow", arguments: ["worker", stage], environment: [
            "KAFKA_BROKERS": broker.address,
            "NEWSFLOW_INSTANCE_ID": instance,
            "NEWSFLOW_GROUP_MEMBERSHIP": membership,
            "NEWSFLOW_METRICS_PORT": "0",
            "NEWSFLOW_LOG_FORMAT": "json",
            "NEWSFLOW_BATCH_TIMEOUT_MS": "50",
            "NEWSFLOW_BATCH_SIZE": "100",
            "KAFKA_PROP_FETCH_WAIT_MAX_MS": "10",
            "KAFKA_PROP_SESSION_TIMEOUT_MS": "6000",
            "KAFKA_PROP_HEARTBEAT_INTERVAL_MS": "500",
        ], logDirectory: logs, name: "\(stage)-\(instance)")
        workers[instance] = worker
        return worker
    }

    /// The three stages, one replica each, named `<stage>-0`.
    func startPipeline(membership: String = "static") throws {
        for stage in ["cleaner", "entities", "quotes"] { try start(stage, instance: "\(stage)-0", membership: membership) }
    }

    /// Sends one article and waits until it comes out: every stage has joined its group.
    func warmUp(timeout: TimeInterval = 120) throws -> Bool {
        try feed([GeneratedArticles.make(900_000)])
        let deadline = Date().addingTimeInterval(timeout)
        while reader.arrivals["gen-900000"] == nil, Date() < deadline { try poll() }
        return reader.arrivals["gen-900000"] != nil
    }

    func feed(_ articles: [GeneratedArticles.Article]) throws {
        let producer = try KafkaProducer(properties: ["bootstrap.servers": broker.address, "enable.idempotence": "true", "linger.ms": "5"])
        defer { producer.close(timeout: .seconds(5)) }
        for article in articles {
            try producer.produce(ProducerRecord(
                topic: Topics.raw, key: Array(article.id.utf8), value: article.value,
                headers: [KafkaHeader(key: "content-type", value: Array(article.contentType.utf8))]))
        }
        try producer.flush(timeout: .seconds(60))
    }

    func poll() throws {
        let before = reader.arrivals.count
        try reader.poll()
        let now = Date()
        for _ in before..<reader.arrivals.count { arrivalTimes.append(now) }
    }

    /// Reads until `count` of `expected` have arrived (or `timeout`).
    func readUntil(_ count: Int, of expected: Set<String>, timeout: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while expected.intersection(reader.arrivals.keys).count < count, Date() < deadline { try poll() }
    }

    /// Reads until nothing new has arrived for `quiet` seconds (or `timeout`): what a
    /// late duplicate would need to show up.
    func drain(quiet: TimeInterval = 3, timeout: TimeInterval = 120) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var lastChange = Date()
        var seen = reader.arrivals.count + reader.duplicateCount
        while Date() < deadline, Date().timeIntervalSince(lastChange) < quiet {
            try poll()
            let now = reader.arrivals.count + reader.duplicateCount
            if now != seen { seen = now; lastChange = Date() }
        }
    }

    /// The longest stretch without a new article in `articles.enriched` that began after
    /// `start`: the no-progress gap a membership change cost.
    func longestGap(after start: Date) -> TimeInterval {
        var previous = start
        var longest: TimeInterval = 0
        for time in arrivalTimes where time >= start {
            longest = max(longest, time.timeIntervalSince(previous))
            previous = time
        }
        return longest
    }

    /// The worker logs, for failure messages.
    func logTails(_ characters: Int = 800) -> String {
        workers.map { "\($0.key): \($0.value.log.suffix(characters))" }.sorted().joined(separator: "\n")
    }
}
