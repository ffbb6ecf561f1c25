import Kafka
import Logging
import Synchronization

/// Progress whose outputs are committed but whose consumer-offset commit was refused.
///
/// In exactly-once mode a batch's offsets commit inside its transaction (KIP-447). After
/// that the worker also commits them through its consumer, for brokers that drop offsets
/// sent in a transaction (librdkafka 2.0.2's mock). That second commit is refused with
/// REBALANCE_IN_PROGRESS when a rebalance has just begun; if the partition then moved, its
/// next owner would start from the older offset and write the batch again. So refused
/// offsets wait here and are committed again before the partition is given up (commit on
/// revoke) and before the next batch; they are dropped only when committed or when the
/// partition is lost (then they can no longer be committed by this member).
final class UnrecordedOffsets: Sendable {
    private let pending = Mutex<[TopicPartition: KafkaOffset]>([:])
    private let consumer = Mutex<KafkaConsumer?>(nil)
    private let logger: Logger

    init(logger: Logger) { self.logger = logger }

    /// The consumer that commits; detached on close to break the consumer → listener → here cycle.
    func attach(_ consumer: KafkaConsumer?) { self.consumer.withLock { $0 = consumer } }

    /// Offsets the consumer could not commit after their transaction did.
    func remember(_ offsets: [TopicPartition: KafkaOffset]) {
        pending.withLock { pending in
            for (partition, offset) in offsets { pending[partition] = max(pending[partition] ?? offset, offset) }
        }
    }

    /// Offsets the consumer did commit: anything pending at or below them is done.
    func recorded(_ offsets: [TopicPartition: KafkaOffset]) {
        pending.withLock { pending in
            for (partition, offset) in offsets where (pending[partition].map { $0 <= offset } ?? false) {
                pending[partition] = nil
            }
        }
    }

    var isEmpty: Bool { pending.withLock { $0.isEmpty } }

    /// Commits what is pending for `partitions` (all when nil); what fails stays pending.
    /// Returns the partitions committed.
    @discardableResult
    func commit(_ partitions: Set<TopicPartition>? = nil, reason: String) -> [TopicPartition] {
        let due = pending.withLock { pending in pending.filter { partitions?.contains($0.key) ?? true } }
        guard !due.isEmpty, let consumer = consumer.withLock({ $0 }) else { return [] }
        do {
            try consumer.commit(due)
            recorded(due)
            logger.info("committed offsets the post-transaction commit had missed", metadata: [
                "reason": "\(reason)", "partitions": "\(Self.names(due.keys))",
            ])
            return Array(due.keys)
        } catch {
            logger.warning("offset commit failed again; the partition's next owner may redo a committed batch (its outputs are byte-identical)", metadata: [
                "reason": "\(reason)", "partitions": "\(Self.names(due.keys))", "error": "\(error)",
            ])
            return []
        }
    }

    /// The partitions were lost (not revoked): their offsets can no longer be committed by us.
    func forget(_ partitions: [TopicPartition]) {
        pending.withLock { pending in partitions.forEach { pending[$0] = nil } }
    }

    private static func names(_ partitions: some Sequence<TopicPartition>) -> String {
        partitions.map { "\($0.topic)/\($0.partition)" }.sorted().joined(separator: ",")
    }
}
