import Foundation
import Kafka
import Logging
import StageRuntime
import Synchronization

/// Every `interval`, asks Kafka for each topic's watermarks and each stage group's committed
/// offsets: lag per partition, committed offsets, and throughput from how fast the commits
/// and end offsets moved over the last minute. It reads offsets only, never records.
public final class PipelineMonitor: Sendable {
    public struct PartitionLag: Sendable {
        public var partition: Int32
        public var low: Int64
        public var high: Int64
        /// Nil when the group never committed on this partition.
        public var committed: Int64?
        public var lag: Int64 { max(0, high - max(committed ?? low, low)) }
    }

    public struct StageLag: Sendable {
        public var name: String
        public var group: String
        public var input: String
        public var output: String
        public var partitions: [PartitionLag]
        /// Records per second committed by the group over the last minute.
        public var throughput: Double?
        public var totalLag: Int64 { partitions.reduce(0) { $0 + $1.lag } }
    }

    public struct TopicState: Sendable {
        public var name: String
        public var partitions: Int
        public var held: Int64
        public var end: Int64
        /// Records per second appended over the last minute.
        public var rate: Double?
    }

    public struct Snapshot: Sendable {
        public var takenAt: Date?
        public var stages: [StageLag] = []
        public var topics: [TopicState] = []
        public var error: String?
        /// Which dead letters were replayed, by DLQ partition (the replay group's commits).
        public var ledgers: [Int32: ReplayLedger] = [:]

        public init(takenAt: Date? = nil, stages: [StageLag] = [], topics: [TopicState] = [], error: String? = nil) {
            self.takenAt = takenAt
            self.stages = stages
            self.topics = topics
            self.error = error
        }
    }

    private struct Sample {
        let at: Date
        let committed: [String: Int64]
        let ends: [String: Int64]
    }

    private let topology: PipelineTopology
    private let replayGroup: String
    private let properties: KafkaProperties
    private let interval: Duration
    private let logger: Logger
    private let latest = Mutex(Snapshot(error: "asking Kafka for the first time…"))
    private let stopping = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)

    public init(
        topology: PipelineTopology, properties: KafkaProperties, replayGroup: String = DeadLetterReplayer.defaultLedgerGroup,
        interval: Duration = .seconds(2), logger: Logger
    ) {
        self.topology = topology
        self.replayGroup = replayGroup
        self.properties = properties
        self.interval = interval
        self.logger = logger
    }

    public var snapshot: Snapshot { latest.withLock { $0 } }

    public func start() {
        let thread = Thread { [self] in
            run()
            done.signal()
        }
        thread.name = "view-monitor"
        thread.start()
    }

    public func stop() {
        stopping.store(true, ordering: .relaxed)
        _ = done.wait(timeout: .now() + 10)
    }

    private func run() {
        var history: [Sample] = []
        var clients: (metadata: KafkaConsumer, groups: [String: KafkaConsumer])? = nil
        defer {
            clients?.metadata.close()
            clients?.groups.values.forEach { $0.close() }
        }
        while !stopping.load(ordering: .relaxed) {
            do {
                if clients == nil { clients = try makeClients() }
                let snapshot = try measure(clients!, history: &history)
                latest.withLock { $0 = snapshot }
            } catch {
                latest.withLock { $0.error = "could not read offsets from Kafka: \(error)" }
                clients?.metadata.close()
                clients?.groups.values.forEach { $0.close() }
                clients = nil
            }
            let until = ContinuousClock.now + interval
            while !stopping.load(ordering: .relaxed), ContinuousClock.now < until { usleep(100_000) }
        }
    }

    private func makeClients() throws -> (metadata: KafkaConsumer, groups: [String: KafkaConsumer]) {
        func consumer(group: String) throws -> KafkaConsumer {
            var p = properties
            p["group.id"] = group
            return try KafkaConsumer(properties: p, rebalanceListener: nil)
        }
        let metadata = try consumer(group: "newsflow-view-monitor-\(UUID().uuidString.prefix(8))")
        var groups: [String: KafkaConsumer] = [:]
        // A client per stage group that never subscribes: it reads the group's commits
        // without joining (it takes no partitions from the workers).
        for stage in topology.stages { groups[stage.groupID] = try consumer(group: stage.groupID) }
        groups[replayGroup] = try consumer(group: replayGroup)
        return (metadata, groups)
    }

    private func measure(_ clients: (metadata: KafkaConsumer, groups: [String: KafkaConsumer]), history: inout [Sample]) throws -> Snapshot {
        let now = Date()
        let timeout = Duration.seconds(5)
        var marks: [String: [(low: Int64, high: Int64)]] = [:]
        let topics = [topology.raw, topology.clean, topology.entities, topology.enriched, topology.deadLetters]
        for topic in topics where marks[topic] == nil {
            guard let count = try clients.metadata.partitionCount(of: topic, timeout: timeout) else { continue }
            marks[topic] = try (0..<count).map { p in
                let m = try clients.metadata.watermarks(TopicPartition(topic: topic, partition: p), timeout: timeout)
                return (m.low.rawValue, m.high.rawValue)
            }
        }
        var stages: [StageLag] = []
        var committedSums: [String: Int64] = [:]
        for stage in topology.stages {
            let input = marks[stage.inputTopic] ?? []
            var partitions: [PartitionLag] = []
            if !input.isEmpty, let group = clients.groups[stage.groupID] {
                let tps = input.indices.map { TopicPartition(topic: stage.inputTopic, partition: Int32($0)) }
                let committed = try group.committed(tps, timeout: timeout)
                for (index, mark) in input.enumerated() {
                    let offset = committed[tps[index]].flatMap { $0.isLogical ? nil : $0.rawValue }
                    partitions.append(PartitionLag(partition: Int32(index), low: mark.low, high: mark.high, committed: offset))
                }
            }
            committedSums[stage.groupID] = partitions.reduce(0) { $0 + ($1.committed ?? 0) }
            stages.append(StageLag(name: stage.kind.rawValue, group: stage.groupID, input: stage.inputTopic, output: stage.outputTopic, partitions: partitions))
        }
        var ends: [String: Int64] = [:]
        for (topic, list) in marks { ends[topic] = list.reduce(0) { $0 + $1.high } }
        history.append(Sample(at: now, committed: committedSums, ends: ends))
        history.removeAll { now.timeIntervalSince($0.at) > 65 }
        let oldest = history.first
        func rate(_ current: Int64?, _ past: Int64?) -> Double? {
            guard let current, let past, let oldest, now.timeIntervalSince(oldest.at) >= 1 else { return nil }
            return Double(current - past) / now.timeIntervalSince(oldest.at)
        }
        for index in stages.indices {
            stages[index].throughput = rate(committedSums[stages[index].group], oldest?.committed[stages[index].group])
        }
        let topicStates = topics.compactMap { topic -> TopicState? in
            guard let list = marks[topic] else { return nil }
            return TopicState(
                name: topic, partitions: list.count, held: list.reduce(0) { $0 + $1.high - $1.low }, end: ends[topic] ?? 0,
                rate: rate(ends[topic], oldest?.ends[topic]))
        }
        var missing: [String] = []
        for topic in topics where marks[topic] == nil { missing.append(topic) }
        let error = missing.isEmpty ? nil : "topics not found: \(missing.joined(separator: ", ")) (create them with 'newsflow topics create')"
        var snapshot = Snapshot(takenAt: now, stages: stages, topics: topicStates, error: error)
        if let dlq = marks[topology.deadLetters], !dlq.isEmpty, let ledgerClient = clients.groups[replayGroup] {
            let tps = dlq.indices.map { TopicPartition(topic: topology.deadLetters, partition: Int32($0)) }
            for (tp, entry) in try ledgerClient.committedWithMetadata(tps, timeout: timeout) {
                snapshot.ledgers[tp.partition] = ReplayLedger(committedOffset: entry.offset.rawValue, note: entry.metadata)
            }
        }
        return snapshot
    }
}
