import ArgumentParser
import Articles
import Foundation
import Kafka
import StageRuntime
import Synchronization
import Workers

/// `newsflow bench pipeline`: the three workers as separate processes on `newsflow broker`,
/// measured end to end: throughput, produce→enriched latency at a fixed rate, the stages'
/// own single-process cost on the same articles, and how much of the machine reaches the
/// output (efficiency: 1.0 would mean Kafka, JSON and waiting cost nothing).
struct BenchPipeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Measure the whole pipeline: throughput, produce→enriched latency, stage costs and efficiency."
    )

    @Option(name: .customLong("articles"), help: "Article files or folders (text or HTML; default: the repo's samples/articles).")
    var paths: [String] = []
    @Option(help: "Articles fed as fast as possible for the throughput figure.") var count = 2_000
    @Option(help: "Articles per second in the latency run.") var rate = 100.0
    @Option(help: "Articles in the latency run.") var latencyCount = 1_000
    @Option(help: "Partitions of each pipeline topic (the mock broker keeps only about 5 MB a partition: a bulk feed must spread).")
    var partitions: Int32 = 12
    @Option(help: "NEWSFLOW_BATCH_TIMEOUT_MS for the workers (default: theirs).") var batchTimeoutMs: Int?
    @Option(help: "Worker processes per stage, as STAGE=N (repeatable; default one each). Scale the slowest stage: one worker uses one core at most.")
    var replicas: [String] = []
    @Option(name: .customLong("brokers"), help: "Run on this Kafka cluster (host:port,...) instead of starting newsflow broker; the pipeline topics are created there if missing. The workers and the feed then use librdkafka's defaults, not the mock's settings.")
    var externalBrokers: String?
    @Option(name: .customLong(WorkerSettings.kafkaPropertyFlag), help: "librdkafka property key=value for the workers and the feed, over the defaults; repeatable (env KAFKA_PROP_*).")
    var kafkaProperty: [String] = []
    @Option(help: "Give up waiting for the outputs of a run after this many seconds.") var timeout = 180.0

    func run() throws {
        let articles = try loadArticles()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("articles   \(articles.count) distinct, cycled; \(cores) cores")

        let costs = try StageCosts.measure(articles)
        for (stage, seconds) in costs.perArticle {
            print(String(format: "stage      %-8@ %.3f ms CPU an article (single process, best of 3)", stage.rawValue as NSString, seconds * 1000))
        }
        let ideal = Double(cores) / costs.total
        print(String(format: "ideal      %.0f articles/s (%d cores ÷ %.3f ms CPU an article over the three stages)", ideal, cores, costs.total * 1000))

        var clientProperties = externalBrokers == nil ? MockDefaults.clientProperties : [:]
        do {
            clientProperties.merge(try SettingsReader(flags: [:], kafkaProperties: kafkaProperty).kafkaProperties()) { _, passed in passed }
        } catch {
            throw ValidationError(error.description)
        }
        var settings = clientProperties.reduce(into: [String: String]()) { env, property in
            env["KAFKA_PROP_" + property.key.uppercased().replacingOccurrences(of: ".", with: "_")] = property.value
        }
        settings["NEWSFLOW_METRICS_PORT"] = "0"
        settings["NEWSFLOW_LOG_LEVEL"] = "warning"
        if let batchTimeoutMs { settings["NEWSFLOW_BATCH_TIMEOUT_MS"] = String(batchTimeoutMs) }
        let replicaCounts = try Self.parseReplicas(replicas)
        print("workers    " + ["cleaner", "entities", "quotes"].map { "\($0) ×\(replicaCounts[$0] ?? 1)" }.joined(separator: ", ") + " on \(externalBrokers ?? "newsflow broker") (\(partitions) partitions)")
        let pipeline = try PipelineProcesses(externalBrokers: externalBrokers, partitions: partitions, replicas: replicaCounts, workerSettings: settings)
        defer { pipeline.stop() }
        let feed = try BenchFeed(brokers: pipeline.brokers, clientProperties: clientProperties, articles: articles)
        defer { feed.close() }

        // Warm-up: the workers have joined their groups once one article is through.
        try feed.run(phase: 0, count: 3, rate: nil, timeout: .seconds(timeout), pipeline: pipeline)

        let cpuBefore = pipeline.cpuSeconds()
        let bulk = try feed.run(phase: 1, count: count, rate: nil, timeout: .seconds(timeout), pipeline: pipeline)
        let cpuAfter = pipeline.cpuSeconds()
        let throughput = Double(count) / bulk.elapsed.seconds
        print(String(format: "throughput %.0f articles/s (%d articles in %.2f s, fed as fast as possible)", throughput, count, bulk.elapsed.seconds))
        for child in ["broker", "cleaner", "entities", "quotes"] {
            if let before = cpuBefore[child], let after = cpuAfter[child] {
                print(String(format: "cpu        %-8@ %.3f ms an article (whole process: Kafka, JSON, transform)", child as NSString, (after - before) / Double(count) * 1000))
            }
        }
        print(String(format: "efficiency %.2f (throughput ÷ ideal)", throughput / ideal))

        let probes = try feed.run(phase: 2, count: latencyCount, rate: rate, timeout: .seconds(timeout), pipeline: pipeline)
        let latencies = probes.latencies.sorted()
        func percentile(_ p: Double) -> Double {
            latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))].seconds * 1000
        }
        print(String(format: "latency    p50 %.0f ms, p95 %.0f ms, p99 %.0f ms produce→enriched at %.0f articles/s (%d articles)",
                     percentile(0.5), percentile(0.95), percentile(0.99), rate, latencies.count))
    }

    static func parseReplicas(_ specs: [String]) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for spec in specs {
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, StageKind(rawValue: parts[0]) != nil, let count = Int(parts[1]), (1...16).contains(count) else {
                throw ValidationError("--replicas takes STAGE=N with a stage of cleaner, entities, quotes and N from 1 to 16, not '\(spec)'")
            }
            counts[parts[0]] = count
        }
        return counts
    }

    private func loadArticles() throws -> [FeedItem] {
        let inputs = paths.isEmpty ? [try Demo.defaultSamplesFolder()] : paths
        var items: [FeedItem] = []
        for file in try ArticleFeed.files(for: inputs) {
            try ArticleFeed.forEachItem(in: file) { items.append($0) }
        }
        guard !items.isEmpty else { throw ValidationError("no articles in \(inputs.joined(separator: ", "))") }
        return items
    }
}

/// Each stage's own CPU cost an article, run in this process on the same articles the
/// pipeline gets: the cleaner on the raw payloads, entities on its outputs, quotes on theirs.
struct StageCosts {
    var perArticle: [(StageKind, Double)] = []
    var total: Double { perArticle.reduce(0) { $0 + $1.1 } }

    static func measure(_ articles: [FeedItem]) throws -> StageCosts {
        var costs = StageCosts()
        var inputs = articles.map { (value: $0.value, key: $0.key, contentType: Optional($0.contentType)) }
        for stage in StageKind.allCases {
            let transform = try StageWorker.transform(for: stage, configuration: StageConfiguration(stage: stage, brokers: "unused"))
            var outputs: [(value: [UInt8], key: [UInt8]?, contentType: String?)] = []
            var best = Double.infinity
            for _ in 0..<3 {
                var done = 0
                let start = ThreadCPU.seconds()
                // At least 0.3 s of work a round, so timer resolution does not matter.
                while done == 0 || ThreadCPU.seconds() - start < 0.3 {
                    for input in inputs {
                        let result = try? transform.apply(value: input.value, key: input.key, contentType: input.contentType)
                        if outputs.count < inputs.count, let result {
                            outputs.append((result.value, Array(result.key.utf8), "application/json"))
                        }
                        done += 1
                    }
                }
                best = min(best, (ThreadCPU.seconds() - start) / Double(done))
            }
            costs.perArticle.append((stage, best))
            inputs = outputs
        }
        return costs
    }
}

/// CPU time of the calling thread.
enum ThreadCPU {
    static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Feeds numbered copies of the articles into `articles.raw` and times each one's arrival
/// on `articles.enriched` (read_committed). A copy is told apart by its W3C `traceparent`,
/// which every stage carries to its output: trace id = phase and sequence number.
/// Unchecked Sendable: its reader thread touches only the consumer, the `Mutex`, the
/// `Atomic` and the semaphore; the producer is used by the calling thread alone.
final class BenchFeed: @unchecked Sendable {
    struct Result {
        var elapsed: Duration
        var latencies: [Duration]
    }

    private let articles: [FeedItem]
    private let producer: KafkaProducer
    private let consumer: KafkaConsumer
    private let arrivals = Mutex<[String: ContinuousClock.Instant]>([:])
    private let stopping = Atomic<Bool>(false)
    private let reader = DispatchSemaphore(value: 0)

    init(brokers: String, clientProperties: [String: String], articles: [FeedItem]) throws {
        self.articles = articles
        var properties = clientProperties
        properties["bootstrap.servers"] = brokers
        producer = try KafkaProducer(properties: properties.merging(["linger.ms": "0"]) { $1 })
        consumer = try KafkaConsumer(properties: properties.merging([
            "group.id": "newsflow-bench-\(ProcessInfo.processInfo.processIdentifier)", "auto.offset.reset": "earliest",
            "isolation.level": "read_committed", "enable.auto.commit": "false",
        ]) { $1 }, rebalanceListener: nil)
        try consumer.subscribe([Topics.enriched])
        Thread.detachNewThread { [self] in
            while !stopping.load(ordering: .relaxed) {
                // fillWait .zero: records are stamped as soon as they arrive, not when 5 ms are up.
                let records = (try? consumer.poll(maxRecords: 1_000, timeout: .milliseconds(5), fillWait: .zero)) ?? []
                let now = ContinuousClock.now
                guard !records.isEmpty else { continue }
                arrivals.withLock { arrivals in
                    for record in records {
                        if let trace = record.header(NewsflowHeaders.traceparent) { arrivals[String(decoding: trace, as: UTF8.self)] = arrivals[String(decoding: trace, as: UTF8.self)] ?? now }
                    }
                }
            }
            reader.signal()
        }
    }

    /// A trace id unique to this run (the process id is in it), so that the outputs of an
    /// earlier run on the same external broker never count as arrivals.
    static func traceparent(phase: Int, sequence: Int) -> String {
        String(format: "00-6e666c77%08x%016llx-%016llx-01", UInt32(truncatingIfNeeded: ProcessInfo.processInfo.processIdentifier),
               UInt64(phase) << 40 | UInt64(sequence), UInt64(sequence) + 1)
    }

    /// Sends `count` copies, at `rate` per second or as fast as possible, and waits for all.
    @discardableResult
    func run(phase: Int, count: Int, rate: Double?, timeout: Duration, pipeline: PipelineProcesses) throws -> Result {
        var sentAt: [String: ContinuousClock.Instant] = [:]
        let start = ContinuousClock.now
        for sequence in 0..<count {
            if let rate { Self.sleep(until: start + .seconds(Double(sequence) / rate)) }
            let article = articles[sequence % articles.count]
            let trace = Self.traceparent(phase: phase, sequence: sequence)
            sentAt[trace] = .now
            try producer.produce(ProducerRecord(
                topic: Topics.raw, key: Array("bench-\(phase)-\(sequence)".utf8), value: article.value,
                headers: [KafkaHeader(key: "content-type", value: Array(article.contentType.utf8)),
                          KafkaHeader(key: NewsflowHeaders.traceparent, value: Array(trace.utf8))]
            ))
        }
        try producer.flush(timeout: .seconds(30))
        let deadline = ContinuousClock.now + timeout
        var arrived: [String: ContinuousClock.Instant] = [:]
        while ContinuousClock.now < deadline {
            arrived = arrivals.withLock { all in sentAt.keys.reduce(into: [:]) { found, key in found[key] = all[key] } }
            if arrived.count == count { break }
            if let exited = pipeline.firstExited() { throw BenchPipelineError.pipelineStalled(arrived: arrived.count, expected: count, detail: exited) }
            Thread.sleep(forTimeInterval: 0.01)
        }
        guard arrived.count == count else {
            throw BenchPipelineError.pipelineStalled(arrived: arrived.count, expected: count, detail: "dead letters or a stuck worker (rerun with a longer --timeout)")
        }
        let last = arrived.values.max() ?? start
        return Result(elapsed: start.duration(to: last), latencies: sentAt.compactMap { key, sent in arrived[key].map { sent.duration(to: $0) } })
    }

    private static func sleep(until instant: ContinuousClock.Instant) {
        let wait = ContinuousClock.now.duration(to: instant)
        if wait > .zero { Thread.sleep(forTimeInterval: wait.seconds) }
    }

    func close() {
        stopping.store(true, ordering: .relaxed)
        _ = reader.wait(timeout: .now() + 5)
        consumer.close()
        producer.close(timeout: .seconds(5))
    }
}
