import Kafka
import Logging
import Synchronization

/// Follows the consumer's assignment for logs, metrics and `/readyz`, and commits on
/// revoke: the loop commits each batch before it polls again and rebalances only happen
/// inside that poll, so the only progress not yet recorded when a partition is revoked
/// is an offset commit the group refused after its transaction committed
/// (`UnrecordedOffsets`). It is committed here, before the partition is given up.
final class PartitionListener: RebalanceListener {
    private let logger: Logger
    private let unrecorded: UnrecordedOffsets
    private let health: StageHealth
    private let metrics: StageMetrics
    private let assigned = Mutex<Set<TopicPartition>>([])

    init(logger: Logger, health: StageHealth, metrics: StageMetrics, unrecorded: UnrecordedOffsets) {
        self.logger = logger
        self.unrecorded = unrecorded
        self.health = health
        self.metrics = metrics
    }

    func partitionsAssigned(_ partitions: [TopicPartition]) {
        let count = assigned.withLock { $0.formUnion(partitions); return $0.count }
        update(count, event: "assigned", partitions)
    }

    func partitionsRevoked(_ partitions: [TopicPartition]) {
        // One try: once given up, an old offset must not be committed later over the
        // progress of the partition's next owner.
        unrecorded.commit(Set(partitions), reason: "revoke")
        unrecorded.forget(partitions)
        let count = assigned.withLock { $0.subtract(partitions); return $0.count }
        metrics.operations.clearLag(partitions)
        update(count, event: "revoked", partitions)
    }

    func partitionsLost(_ partitions: [TopicPartition]) {
        unrecorded.forget(partitions)
        let count = assigned.withLock { $0.subtract(partitions); return $0.count }
        update(count, event: "lost", partitions)
    }

    private func update(_ count: Int, event: String, _ partitions: [TopicPartition]) {
        health.setAssignedPartitions(count)
        metrics.assignedPartitions.record(count)
        metrics.operations.countRebalance(event)
        let names = partitions.map { "\($0.topic)/\($0.partition)" }.sorted().joined(separator: ",")
        logger.info("partitions \(event)", metadata: ["partitions": "\(names)", "assigned": "\(count)"])
    }
}
