import Articles
import Foundation
import Kafka
import Synchronization

/// Lists dead letters and sends them back to the topic they came from (`newsflow dlq list`,
/// `newsflow dlq replay`, and the view's replay button).
///
/// A replay is the original key, value and headers, sent to the dead letter's
/// `newsflow-source-topic` with a `newsflow-replayed-from` header naming its DLQ position.
/// Which dead letters were replayed is kept by a consumer group of the replay's own
/// (`newsflow-dlq-replay`): a committed offset per DLQ partition plus a note of the replayed
/// offsets above it (`ReplayLedger`). The ledger is committed BEFORE the records are sent,
/// and a send that fails is taken off it again, so a dead letter is replayed at most once
/// even when the replaying process dies halfway; `again` replays it anyway.
public final class DeadLetterReplayer: Sendable {
    public static let defaultLedgerGroup = "newsflow-dlq-replay"

    public let deadLetterTopic: String
    public let ledgerGroup: String
    private let properties: KafkaProperties
    /// One replay at a time per process (the view's button may be pressed twice).
    private let lock = Mutex(())

    /// - Parameters:
    ///   - properties: `bootstrap.servers` and any pass-through librdkafka properties.
    ///   - deadLetterTopic: the DLQ topic to read.
    ///   - ledgerGroup: the consumer group that records what was replayed.
    public init(properties: KafkaProperties, deadLetterTopic: String, ledgerGroup: String = DeadLetterReplayer.defaultLedgerGroup) {
        self.properties = properties
        self.deadLetterTopic = deadLetterTopic
        self.ledgerGroup = ledgerGroup
    }

    /// What one replay did.
    public struct Report: Sendable {
        /// Sent back to their source topics.
        public var replayed: [DeadLetter] = []
        /// Matched, but already replayed earlier (give `again` to send them anyway).
        public var alreadyReplayed: [DeadLetter] = []
        /// Matched, but could not be sent, with why (kept off the ledger: a later replay retries).
        public var failed: [(letter: DeadLetter, reason: String)] = []
        /// A dry run: `replayed` lists what would have been sent.
        public var dryRun = false

        public init(dryRun: Bool = false) {
            self.dryRun = dryRun
        }
    }

    /// Every dead letter in the topic now (up to the partitions' ends when called) that
    /// `filter` takes, oldest first per partition.
    public func list(_ filter: DeadLetterFilter = DeadLetterFilter(), timeout: Duration = .seconds(30)) throws -> [DeadLetter] {
        let consumer = try makeConsumer()
        defer { consumer.close() }
        return try read(with: consumer, filter: filter, timeout: timeout).letters
    }

    /// The ledger of every DLQ partition.
    public func ledgers(timeout: Duration = .seconds(10)) throws -> [Int32: ReplayLedger] {
        let consumer = try makeConsumer()
        defer { consumer.close() }
        let partitions = try dlqPartitions(consumer, timeout: timeout)
        return try ledgers(consumer, partitions: partitions, timeout: timeout)
    }

    /// Sends the dead letters `filter` takes back to their source topics, except those already
    /// replayed (unless `again`). `dryRun` only reports what would be sent.
    public func replay(_ filter: DeadLetterFilter, again: Bool = false, dryRun: Bool = false, timeout: Duration = .seconds(30)) throws -> Report {
        try lock.withLock { _ in
            let consumer = try makeConsumer()
            defer { consumer.close() }
            let snapshot = try read(with: consumer, filter: filter, timeout: timeout)
            var ledgers = try ledgers(consumer, partitions: snapshot.partitions, timeout: timeout)
            for (partition, low) in snapshot.lows { ledgers[partition.partition, default: ReplayLedger()].forget(below: low.rawValue) }

            var report = Report(dryRun: dryRun)
            var toSend: [(DeadLetter, ProducerRecord)] = []
            for letter in snapshot.letters {
                if !again, ledgers[letter.partition]?.contains(letter.offset.rawValue) == true {
                    report.alreadyReplayed.append(letter)
                } else if let omitted = letter.omittedPayloadBytes {
                    let source = "\(letter.sourceTopic ?? "?")/\(letter.sourcePartition.map(String.init) ?? "?")@\(letter.sourceOffset.map(String.init) ?? "?")"
                    report.failed.append((letter, "the dead letter holds no payload (its \(omitted)-byte input was over the producer's message.max.bytes): raise it, then copy the input from \(source)"))
                } else if let record = letter.replayRecord {
                    toSend.append((letter, record))
                } else {
                    report.failed.append((letter, "the dead letter does not name its source topic (no \(NewsflowHeaders.sourceTopic) header)"))
                }
            }
            if dryRun {
                report.replayed = toSend.map(\.0)
                return report
            }
            guard !toSend.isEmpty else { return report }

            // Mark first, then send: a process that dies in between has replayed nothing twice.
            let before = ledgers
            for (letter, _) in toSend { ledgers[letter.partition, default: ReplayLedger()].insert(letter.offset.rawValue) }
            for (partition, ledger) in ledgers where ledger.note.utf8.count > ReplayLedger.maximumNoteBytes {
                throw ReplayError.ledgerFull(topic: deadLetterTopic, partition: partition)
            }
            try commit(ledgers, changedFrom: before, consumer: consumer)

            let outcomes = try send(toSend.map(\.1), timeout: timeout)
            var afterSend = ledgers
            for ((letter, _), outcome) in zip(toSend, outcomes) {
                if let failure = outcome {
                    report.failed.append((letter, failure))
                    afterSend[letter.partition]?.remove(letter.offset.rawValue)
                } else {
                    report.replayed.append(letter)
                }
            }
            if afterSend != ledgers { try commit(afterSend, changedFrom: ledgers, consumer: consumer) }
            return report
        }
    }

    // MARK: Reading

    private func makeConsumer() throws -> KafkaConsumer {
        var consumerProperties = properties
        consumerProperties["group.id"] = ledgerGroup
        consumerProperties["isolation.level"] = "read_committed"
        consumerProperties["auto.offset.reset"] = "earliest"
        // Dead letters keep payloads up to the stages' limit (16 MB by default).
        if consumerProperties["max.partition.fetch.bytes"] == nil { consumerProperties["max.partition.fetch.bytes"] = "67108864" }
        if consumerProperties["fetch.max.bytes"] == nil { consumerProperties["fetch.max.bytes"] = "134217728" }
        if consumerProperties["receive.message.max.bytes"] == nil { consumerProperties["receive.message.max.bytes"] = "200000000" }
        return try KafkaConsumer(properties: consumerProperties, rebalanceListener: nil)
    }

    private func dlqPartitions(_ consumer: KafkaConsumer, timeout: Duration) throws -> [TopicPartition] {
        guard let count = try consumer.partitionCount(of: deadLetterTopic, timeout: timeout) else {
            throw ReplayError.missingTopic(deadLetterTopic)
        }
        return (0..<count).map { TopicPartition(topic: deadLetterTopic, partition: $0) }
    }

    private struct Snapshot {
        var letters: [DeadLetter]
        var partitions: [TopicPartition]
        var lows: [TopicPartition: KafkaOffset]
    }

    /// Reads each partition from its low to its high watermark as they were at the start.
    private func read(with consumer: KafkaConsumer, filter: DeadLetterFilter, timeout: Duration) throws -> Snapshot {
        let partitions = try dlqPartitions(consumer, timeout: timeout)
        var lows: [TopicPartition: KafkaOffset] = [:]
        var highs: [TopicPartition: KafkaOffset] = [:]
        for partition in partitions {
            let marks = try consumer.watermarks(partition, timeout: timeout)
            lows[partition] = marks.low
            if marks.high > marks.low { highs[partition] = marks.high }
        }
        var letters: [DeadLetter] = []
        guard !highs.isEmpty else { return Snapshot(letters: [], partitions: partitions, lows: lows) }
        var start: [TopicPartition: KafkaOffset] = [:]
        for partition in highs.keys { start[partition] = lows[partition] ?? .beginning }
        // A single dead letter: read from its offset only.
        if let positions = filter.positions {
            var narrowed: [TopicPartition: KafkaOffset] = [:]
            start = [:]
            for (partition, high) in highs {
                let wanted = positions.filter { $0.partition == partition.partition }.map(\.offset)
                guard let first = wanted.min(), let last = wanted.max() else { continue }
                let from = max(first, lows[partition]?.rawValue ?? 0)
                let to = min(high.rawValue, last + 1)
                guard from < to else { continue }
                start[partition] = KafkaOffset(rawValue: from)
                narrowed[partition] = KafkaOffset(rawValue: to)
            }
            highs = narrowed
        }
        guard !highs.isEmpty else { return Snapshot(letters: [], partitions: partitions, lows: lows) }
        try consumer.assign(start)
        let deadline = ContinuousClock.now + timeout
        var remaining = Set(highs.keys)
        while !remaining.isEmpty {
            guard ContinuousClock.now < deadline else { throw ReplayError.readTimedOut(topic: deadLetterTopic, timeout: timeout) }
            for record in try consumer.poll(maxRecords: 500, timeout: .milliseconds(100)) {
                guard let high = highs[record.topicPartition], record.offset < high else { continue }
                let letter = DeadLetter(record: record)
                if filter.matches(letter) { letters.append(letter) }
            }
            let positions = try consumer.positions(Array(remaining))
            remaining = remaining.filter { partition in
                guard let position = positions[partition], !position.isLogical else { return true }
                return position < highs[partition]!
            }
        }
        try consumer.assign([:])
        letters.sort { ($0.partition, $0.offset) < ($1.partition, $1.offset) }
        return Snapshot(letters: letters, partitions: partitions, lows: lows)
    }

    private func ledgers(_ consumer: KafkaConsumer, partitions: [TopicPartition], timeout: Duration) throws -> [Int32: ReplayLedger] {
        var result: [Int32: ReplayLedger] = [:]
        for (partition, entry) in try consumer.committedWithMetadata(partitions, timeout: timeout) {
            result[partition.partition] = ReplayLedger(committedOffset: entry.offset.rawValue, note: entry.metadata)
        }
        return result
    }

    private func commit(_ ledgers: [Int32: ReplayLedger], changedFrom before: [Int32: ReplayLedger], consumer: KafkaConsumer) throws {
        var offsets: [TopicPartition: (offset: KafkaOffset, metadata: String)] = [:]
        for (partition, ledger) in ledgers where before[partition] != ledger {
            offsets[TopicPartition(topic: deadLetterTopic, partition: partition)] = (KafkaOffset(rawValue: ledger.mark), ledger.note)
        }
        try consumer.commit(offsets)
    }

    // MARK: Sending

    /// Sends the records and waits for every delivery report: nil for a delivered one, the
    /// reason for one that failed.
    private func send(_ records: [ProducerRecord], timeout: Duration) throws -> [String?] {
        var producerProperties = properties.filter { !Self.consumerOnly.contains($0.key) }
        producerProperties["enable.idempotence"] = "true"
        if producerProperties["message.max.bytes"] == nil { producerProperties["message.max.bytes"] = "67108864" }
        let producer = try KafkaProducer(properties: producerProperties)
        defer { producer.close(timeout: .seconds(5)) }
        let outcomes = Mutex([String?](repeating: "no delivery report", count: records.count))
        for (index, record) in records.enumerated() {
            do {
                try producer.produce(record) { result in
                    outcomes.withLock { $0[index] = (try? result.get()) != nil ? nil : "\(result)" }
                }
            } catch {
                outcomes.withLock { $0[index] = "\(error)" }
            }
        }
        try? producer.flush(timeout: timeout)
        return outcomes.withLock { $0 }
    }

    private static let consumerOnly: Set<String> = [
        "group.id", "isolation.level", "auto.offset.reset", "max.partition.fetch.bytes", "fetch.max.bytes",
        "fetch.wait.max.ms", "session.timeout.ms", "heartbeat.interval.ms", "enable.auto.commit",
        "enable.auto.offset.store", "fetch.min.bytes", "partition.assignment.strategy",
    ]
}

/// Why a list or replay could not run.
public enum ReplayError: Error, CustomStringConvertible {
    case missingTopic(String)
    case readTimedOut(topic: String, timeout: Duration)
    case ledgerFull(topic: String, partition: Int32)

    public var description: String {
        switch self {
        case .missingTopic(let topic):
            "the dead-letter topic '\(topic)' does not exist: create it with 'newsflow topics create', or name it with \(WorkerSettings.deadLetterTopic.howToSet)"
        case .readTimedOut(let topic, let timeout):
            "could not read '\(topic)' to its end within \(timeout): is the broker reachable?"
        case .ledgerFull(let topic, let partition):
            "the replay ledger of \(topic)/\(partition) would exceed \(ReplayLedger.maximumNoteBytes) bytes of scattered offsets; replay the older dead letters of that partition first (for example without --code/--stage), which closes the gaps"
        }
    }
}
