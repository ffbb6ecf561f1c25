import Kafka
@testable import StageRuntime
import Testing

@Suite("Stage timing and offsets")
struct StageTimingTests {
    @Test("a failed batch is retried after 0.2 s, doubling up to 5 s")
    func retryBackoff() {
        #expect(StageLoop.retryDelay(afterFailures: 1) == .milliseconds(200))
        #expect(StageLoop.retryDelay(afterFailures: 2) == .milliseconds(400))
        #expect(StageLoop.retryDelay(afterFailures: 5) == .milliseconds(3_200))
        #expect(StageLoop.retryDelay(afterFailures: 6) == .seconds(5))
        #expect(StageLoop.retryDelay(afterFailures: 20) == .seconds(5))
    }

    @Test("a batch commits, per partition, the offset after its last record")
    func nextOffsets() {
        func record(_ partition: Int32, _ offset: KafkaOffset) -> KafkaRecord {
            KafkaRecord(topic: "in", partition: partition, offset: offset, key: nil, value: [])
        }
        let batch = [record(0, 4), record(1, 9), record(0, 5), record(1, 7)]
        #expect(StageLoop.nextOffsets(of: batch) == [
            TopicPartition(topic: "in", partition: 0): 6,
            TopicPartition(topic: "in", partition: 1): 10,
        ])
    }

    @Test("a running loop that has not come round within the stall limit is unhealthy")
    func stallLimit() {
        let stalled = StageHealth(stallLimit: .zero)
        stalled.set(.running)
        #expect(!stalled.isHealthy)
        let fresh = StageHealth(stallLimit: .seconds(120))
        fresh.set(.running)
        #expect(fresh.isHealthy)
    }

    @Test("the batch timeout is read in milliseconds from the environment")
    func batchTimeoutFromEnvironment() throws {
        let reader = SettingsReader(environment: [WorkerEnvironment.batchTimeoutMs: "250"])
        let configuration = try StageConfiguration(stage: .cleaner, settings: reader)
        #expect(configuration.batchTimeout == .milliseconds(250))
        #expect(StageConfiguration(stage: .cleaner, brokers: "b:9092").batchTimeout == .milliseconds(WorkerDefaults.batchTimeoutMs))
    }
}
