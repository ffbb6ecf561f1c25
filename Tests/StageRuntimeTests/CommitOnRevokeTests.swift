import Foundation
import Kafka
import StageRuntime
import TestSupport
import Testing

/// The consumer-offset commit a worker makes after each transaction can be refused
/// (REBALANCE_IN_PROGRESS when a rebalance has begun). On a broker that drops offsets sent
/// inside transactions (the mock), losing it would make the partition's next owner redo
/// the batch; so it is committed again before the next batch and on revoke.
@Suite("Commit on revoke", .serialized)
struct CommitOnRevokeTests {
    @Test("a refused post-transaction offset commit is made again before the partition is given up")
    func refusedCommitIsRetried() async throws {
        try await blockingTest {
            let harness = try MockHarness(partitions: 1)
            // OffsetCommit (API key 8) refused twice with REBALANCE_IN_PROGRESS (27).
            harness.cluster.pushRequestErrors(apiKey: 8, errors: [27, 27])
            let inputs = (0..<10).map { "article \($0)" }
            try harness.produce(inputs)
            var configuration = harness.configuration(.exactlyOnce)
            configuration.batchSize = 100
            let stages = InProcessStages([(configuration, UppercaseTransform())], logger: MockHarness.logger)
            let outputs = try harness.read(harness.output, count: inputs.count)
            stages.stop()
            #expect(outputs.count == inputs.count)
            #expect(try harness.committedTotal(group: "test-stage", partitions: 1) == Int64(inputs.count),
                    "the mock keeps no transactional offsets: only the retried consumer commit records the progress")
        }
    }
}
