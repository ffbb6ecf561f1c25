import Articles
import Kafka
import Metrics

/// The series an operator's dashboard and alerts need beyond the stage counters:
/// consumer lag per partition, rebalances, dead letters by code and the commit
/// (transaction) time. Labelled `stage` like `StageMetrics`.
struct OperatorMetrics: Sendable {
    private let stage: String
    private let factory: any MetricsFactory
    /// Time of `BatchCommitter.commit`: the transaction (exactly-once) or the wait for
    /// delivery reports and the offset commit (at-least-once).
    let commitDuration: Timer

    init(stage: StageKind, factory: any MetricsFactory) {
        self.stage = stage.rawValue
        self.factory = factory
        commitDuration = Timer(
            label: "newsflow_commit_duration_seconds", dimensions: [("stage", stage.rawValue)],
            preferredDisplayUnit: .seconds, factory: factory)
    }

    /// One partition assignment or revocation (`event` is `assigned` or `revoked`).
    func countRebalance(_ event: String) {
        Counter(label: "newsflow_rebalances_total", dimensions: [("stage", stage), ("event", event)], factory: factory)
            .increment()
    }

    /// One record sent to the DLQ with this code (`too-large`, `invalid-envelope`, ...).
    func countDeadLetter(_ code: DeadLetterCode) {
        Counter(
            label: "newsflow_records_dead_lettered_by_code_total",
            dimensions: [("stage", stage), ("code", code.rawValue)], factory: factory
        ).increment()
    }

    /// Lag of each partition just committed: its high watermark as last fetched minus the
    /// committed offset (records this worker has yet to process).
    func recordLag(committed offsets: [TopicPartition: KafkaOffset], highWatermark: (TopicPartition) -> KafkaOffset?) {
        for (partition, next) in offsets {
            guard let high = highWatermark(partition) else { continue }
            lagGauge(partition).record(max(0, high.rawValue - next.rawValue))
        }
    }

    /// A revoked partition's lag is its next owner's to report: zero here, so a sum over
    /// replicas does not count it twice.
    func clearLag(_ partitions: [TopicPartition]) {
        for partition in partitions { lagGauge(partition).record(0) }
    }

    private func lagGauge(_ partition: TopicPartition) -> Gauge {
        Gauge(
            label: "newsflow_consumer_lag",
            dimensions: [("stage", stage), ("topic", partition.topic), ("partition", "\(partition.partition)")],
            factory: factory)
    }
}
