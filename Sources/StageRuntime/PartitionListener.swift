import Kafka
import Logging
import Synchronization

/// Follows the consumer's assignment for logs, metrics and `/readyz`. Nothing needs
/// committing here: the loop commits each batch before it polls again, and
/// rebalances only happen inside that poll.
final class PartitionListener: RebalanceListener {
    private let logger: Logger
    private let health: StageHealth
    private let metrics: StageMetrics
    private let assigned = Mutex<Set<TopicPartition>>([])

    init(logger: Logger, health: StageHealth, metrics: StageMetrics) {
        self.logger = logger
        self.health = health
        self.metrics = metrics
    }

    func partitionsAssigned(_ partitions: [TopicPartition]) {
        let count = assigned.withLock { $0.formUnion(partitions); return $0.count }
        update(count, event: "assigned", partitions)
    }

    func partitionsRevoked(_ partitions: [TopicPartition]) {
        let count = assigned.withLock { $0.subtract(partitions); return $0.count }
        metrics.operations.clearLag(partitions)
        update(count, event: "revoked", partitions)
    }

    private func update(_ count: Int, event: String, _ partitions: [TopicPartition]) {
        health.setAssignedPartitions(count)
        metrics.assignedPartitions.record(count)
        metrics.operations.countRebalance(event)
        let names = partitions.map { "\($0.topic)/\($0.partition)" }.sorted().joined(separator: ",")
        logger.info("partitions \(event)", metadata: ["partitions": "\(names)", "assigned": "\(count)"])
    }
}
