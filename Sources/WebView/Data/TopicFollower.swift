import Foundation
import Kafka
import Logging
import Synchronization

/// Reads one topic on its own thread, without joining a consumer group (so the view never
/// takes partitions from anyone and commits nothing): from `startBack` records before each
/// partition's end (the article window), or from the beginning (the DLQ, for its counts).
/// Waits for a missing topic and starts over after an error, saying so in `status`.
public final class TopicFollower: Sendable {
    public let topic: String
    private let properties: KafkaProperties
    private let startBack: Int?
    private let handler: @Sendable ([KafkaRecord]) -> Void
    private let logger: Logger
    private let stopping = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)
    private let statusText = Mutex("starting")

    /// - Parameters:
    ///   - startBack: read at most this many records back from each partition's end; nil reads all.
    ///   - handler: gets each polled batch, on the follower's thread.
    public init(topic: String, properties: KafkaProperties, startBack: Int?, logger: Logger, handler: @escaping @Sendable ([KafkaRecord]) -> Void) {
        self.topic = topic
        self.properties = properties
        self.startBack = startBack
        self.logger = logger
        self.handler = handler
    }

    public var status: String { statusText.withLock { $0 } }

    public func start() {
        let thread = Thread { [self] in
            run()
            done.signal()
        }
        thread.name = "view-\(topic)"
        thread.start()
    }

    public func stop() {
        stopping.store(true, ordering: .relaxed)
        _ = done.wait(timeout: .now() + 10)
    }

    private var isStopping: Bool { stopping.load(ordering: .relaxed) }

    private func pause(_ seconds: Double) {
        let until = Date().addingTimeInterval(seconds)
        while !isStopping, Date() < until { usleep(100_000) }
    }

    private func run() {
        while !isStopping {
            do {
                try follow()
            } catch {
                statusText.withLock { $0 = "error reading \(topic): \(error); retrying" }
                logger.warning("view: reading \(topic) failed, retrying in 2 s", metadata: ["error": "\(error)"])
                pause(2)
            }
        }
    }

    private func follow() throws {
        var consumerProperties = properties
        consumerProperties["group.id"] = "newsflow-view-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        consumerProperties["isolation.level"] = "read_committed"
        // Small fetches and a small prefetch queue: the view keeps a bounded window, and
        // librdkafka's defaults would buffer up to 64 MB per consumer ahead of it. A record
        // larger than a fetch still comes through (Kafka returns at least one record).
        if consumerProperties["max.partition.fetch.bytes"] == nil { consumerProperties["max.partition.fetch.bytes"] = "1048576" }
        if consumerProperties["fetch.max.bytes"] == nil { consumerProperties["fetch.max.bytes"] = "4194304" }
        if consumerProperties["queued.max.messages.kbytes"] == nil { consumerProperties["queued.max.messages.kbytes"] = "8192" }
        if consumerProperties["receive.message.max.bytes"] == nil { consumerProperties["receive.message.max.bytes"] = "200000000" }
        let consumer = try KafkaConsumer(properties: consumerProperties, rebalanceListener: nil)
        defer { consumer.close() }
        var partitionCount: Int32? = nil
        while !isStopping {
            partitionCount = try consumer.partitionCount(of: topic, timeout: .seconds(5))
            if partitionCount != nil { break }
            statusText.withLock { $0 = "waiting for topic \(topic)" }
            pause(2)
        }
        guard let partitionCount, !isStopping else { return }
        var start: [TopicPartition: KafkaOffset] = [:]
        for p in 0..<partitionCount {
            let partition = TopicPartition(topic: topic, partition: p)
            let marks = try consumer.watermarks(partition, timeout: .seconds(5))
            if let startBack {
                start[partition] = KafkaOffset(rawValue: max(marks.low.rawValue, marks.high.rawValue - Int64(startBack)))
            } else {
                start[partition] = marks.low
            }
        }
        try consumer.assign(start)
        statusText.withLock { $0 = "reading \(topic) (\(partitionCount) partitions)" }
        var lastCheck = Date()
        while !isStopping {
            let records = try consumer.poll(maxRecords: 500, timeout: .milliseconds(200))
            if !records.isEmpty { handler(records) }
            // New partitions (the topic was widened): start over to assign them.
            if Date().timeIntervalSince(lastCheck) > 30 {
                lastCheck = Date()
                if let count = try? consumer.partitionCount(of: topic, timeout: .seconds(5)), count != partitionCount { return }
            }
        }
    }
}
