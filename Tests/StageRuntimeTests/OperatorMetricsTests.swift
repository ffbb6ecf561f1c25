import Articles
import Kafka
import MetricsTestKit
@testable import StageRuntime
import Testing

/// The series behind the dashboard's lag, rebalance, dead-letter and transaction panels.
@Suite("Operator metrics")
struct OperatorMetricsTests {
    let partition0 = TopicPartition(topic: "articles.raw", partition: 0)
    let partition1 = TopicPartition(topic: "articles.raw", partition: 1)

    func lag(_ metrics: TestMetrics, _ partition: TopicPartition) throws -> Double? {
        try metrics.expectGauge("newsflow_consumer_lag", [
            ("stage", "cleaner"), ("topic", partition.topic), ("partition", "\(partition.partition)"),
        ]).lastValue
    }

    @Test("lag is the high watermark minus the committed offset, per partition")
    func lagPerPartition() throws {
        let metrics = TestMetrics()
        let operations = OperatorMetrics(stage: .cleaner, factory: metrics)
        let watermarks: [TopicPartition: KafkaOffset] = [partition0: 120, partition1: 7]
        operations.recordLag(committed: [partition0: 100, partition1: 7], highWatermark: { watermarks[$0] })
        #expect(try lag(metrics, partition0) == 20)
        #expect(try lag(metrics, partition1) == 0)
    }

    @Test("a partition without a known watermark gets no lag, and a revoked one drops to zero")
    func unknownAndRevoked() throws {
        let metrics = TestMetrics()
        let operations = OperatorMetrics(stage: .cleaner, factory: metrics)
        operations.recordLag(committed: [partition0: 5, partition1: 5], highWatermark: { $0 == partition0 ? 9 : nil })
        #expect(try lag(metrics, partition0) == 4)
        #expect(throws: (any Error).self) { try lag(metrics, partition1) }
        operations.clearLag([partition0])
        #expect(try lag(metrics, partition0) == 0)
    }

    @Test("dead letters are counted by code, rebalances by event")
    func countersByLabel() throws {
        let metrics = TestMetrics()
        let operations = OperatorMetrics(stage: .quotes, factory: metrics)
        operations.countDeadLetter("too-large")
        operations.countDeadLetter("too-large")
        operations.countDeadLetter("invalid-envelope")
        operations.countRebalance("assigned")
        let tooLarge = try metrics.expectCounter("newsflow_records_dead_lettered_by_code_total", [("stage", "quotes"), ("code", "too-large")])
        let invalid = try metrics.expectCounter("newsflow_records_dead_lettered_by_code_total", [("stage", "quotes"), ("code", "invalid-envelope")])
        #expect(tooLarge.totalValue == 2)
        #expect(invalid.totalValue == 1)
        #expect(try metrics.expectCounter("newsflow_rebalances_total", [("stage", "quotes"), ("event", "assigned")]).totalValue == 1)
    }
}
