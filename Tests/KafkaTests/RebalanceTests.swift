import Foundation
import Kafka
import Synchronization
import Testing

@Suite("Rebalance listener with two consumers in one group")
struct RebalanceTests {
    private struct Run {
        let first: RecordingListener
        let second: RecordingListener
        let commitsInRevoke: Int
        let revokeCommitErrors: [KafkaError]
        let partitions: [TopicPartition]
    }

    /// Polls `consumers` on their own threads until `done` holds (or 60 s pass: a bound for
    /// loaded machines, not a timing target).
    private func pollUntil(_ consumers: [KafkaConsumer], _ done: @escaping @Sendable () -> Bool) {
        let deadline = ContinuousClock.now.advanced(by: .seconds(60))
        runOnThreads(consumers.map { consumer in
            { while !done() && ContinuousClock.now < deadline { _ = try? consumer.poll(maxRecords: 10, timeout: .milliseconds(50)) } }
        })
    }

    /// The first consumer takes both partitions alone; the second joins and they split them;
    /// the second leaves and the first takes both back; then the first closes.
    private func runTwoConsumers(strategy: String) throws -> Run {
        let topic = unique("shared")
        let kafka = try MockTestCluster(topics: [topic: 2])
        let partitions = [TopicPartition(topic: topic, partition: 0), TopicPartition(topic: topic, partition: 1)]
        let group = unique("rebalance")
        let extra = ["partition.assignment.strategy": strategy]
        let commitsInRevoke = Mutex(0)
        let revokeCommitErrors = Mutex<[KafkaError]>([])
        // The first consumer commits from inside partitionsRevoked, as the stage runtime does.
        let firstConsumer = Mutex<KafkaConsumer?>(nil)
        let firstListener = RecordingListener { revoked in
            guard let consumer = firstConsumer.withLock({ $0 }) else { return }
            let offsets = Dictionary(uniqueKeysWithValues: revoked.map { ($0, KafkaOffset(0)) })
            do throws(KafkaError) {
                try consumer.commit(offsets)
                commitsInRevoke.withLock { $0 += 1 }
            } catch {
                revokeCommitErrors.withLock { $0.append(error) }
            }
        }
        let secondListener = RecordingListener()
        let first = try kafka.consumer(group: group, extra, listener: firstListener)
        firstConsumer.withLock { $0 = first }
        let second = try kafka.consumer(group: group, extra, listener: secondListener)

        try first.subscribe([topic])
        pollUntil([first]) { firstListener.held.count == 2 }
        try second.subscribe([topic])
        pollUntil([first, second]) { firstListener.held.count == 1 && secondListener.held.count == 1 }
        second.close()
        pollUntil([first]) { firstListener.held.count == 2 }
        first.close()
        firstConsumer.withLock { $0 = nil }
        return Run(first: firstListener, second: secondListener, commitsInRevoke: commitsInRevoke.withLock { $0 },
            revokeCommitErrors: revokeCommitErrors.withLock { $0 }, partitions: partitions)
    }

    /// Eager protocol: every assignment is revoked as a whole before the next one.
    private func isEagerSequence(_ events: [RecordingListener.Event]) -> Bool {
        guard events.count % 2 == 0 else { return false }
        return stride(from: 0, to: events.count, by: 2).allSatisfy { i in
            guard case .assigned(let tps) = events[i] else { return false }
            return events[i + 1] == .revoked(tps)
        }
    }

    private func assignments(_ events: [RecordingListener.Event]) -> [[TopicPartition]] {
        events.compactMap { if case .assigned(let tps) = $0 { tps } else { nil } }
    }

    private func revocations(_ events: [RecordingListener.Event]) -> [[TopicPartition]] {
        events.compactMap { if case .revoked(let tps) = $0 { tps } else { nil } }
    }

    @Test("eager protocol: everything is revoked before each reassignment, and the revoke may commit first")
    func eagerRebalance() async throws {
        try await offPool {
            let run = try runTwoConsumers(strategy: "range")
            let both = run.partitions
            #expect(run.first.events.first == .assigned(both))
            #expect(run.first.events.last == .revoked(both))  // close leaves the group
            #expect(isEagerSequence(run.first.events))
            #expect(isEagerSequence(run.second.events))
            #expect(assignments(run.first.events).contains { $0.count == 1 })
            #expect(assignments(run.second.events).allSatisfy { $0.count == 1 })
            // Each revoke's commit reaches the broker. librdkafka 2.0.2's mock refuses those made while
            // the group is rebalancing with a retriable REBALANCE_IN_PROGRESS (real Kafka accepts
            // commits of the current generation then); the one made while leaving succeeds.
            #expect(run.commitsInRevoke + run.revokeCommitErrors.count == revocations(run.first.events).count)
            #expect(run.commitsInRevoke >= 1)
            #expect(run.revokeCommitErrors.allSatisfy { $0.name == "REBALANCE_IN_PROGRESS" && $0.isRetriable })
        }
    }

    @Test("cooperative-sticky: only the partition that moves is revoked and assigned")
    func cooperativeRebalance() async throws {
        try await offPool {
            let run = try runTwoConsumers(strategy: "cooperative-sticky")
            let both = run.partitions
            #expect(run.first.events.first == .assigned(both))
            #expect(run.first.events.last == .revoked(both))  // close leaves the group
            // While the group has two members, the first consumer gives up one partition, never both.
            let midRunRevocations = revocations(run.first.events).dropLast()
            #expect(!midRunRevocations.isEmpty)
            #expect(midRunRevocations.allSatisfy { $0.count == 1 })
            #expect(assignments(run.second.events).allSatisfy { $0.count == 1 })
            #expect(run.second.held.isEmpty)
        }
    }
}
