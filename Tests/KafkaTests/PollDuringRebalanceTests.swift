import Foundation
import Kafka
import Synchronization
import Testing

@Suite("poll across a rebalance")
struct PollDuringRebalanceTests {
    @Test("records fetched before a revoke in the same poll are dropped, so nothing comes back twice or from a lost partition")
    func pollDropsRecordsOfRevokedPartitions() async throws {
        try await offPool {
            let topic = unique("poll.rebalance")
            let kafka = try MockTestCluster(topics: [topic: 2])
            let producer = try kafka.producer()
            for partition in Int32(0)...1 {
                for i in 0..<20 {
                    try producer.produce(ProducerRecord(topic: topic, partition: partition, key: nil, value: bytes("p\(partition)-\(i)")))
                }
            }
            try producer.flush(timeout: .seconds(30))
            producer.close(timeout: .seconds(1))

            let group = unique("poll")
            let first = try kafka.consumer(group: group, ["partition.assignment.strategy": "range"])
            let second = try kafka.consumer(group: group, ["partition.assignment.strategy": "range"])
            defer { first.close() }
            defer { second.close() }
            try first.subscribe([topic])
            let joinDeadline = ContinuousClock.now.advanced(by: .seconds(30))
            while try first.assignment().count < 2 && ContinuousClock.now < joinDeadline {
                _ = try first.poll(maxRecords: 1, timeout: .milliseconds(50)).count
            }
            // The join polls may have returned a record: rewind both partitions.
            for partition in Int32(0)...1 { try first.seek(TopicPartition(topic: topic, partition: partition), to: KafkaOffset.beginning, timeout: .seconds(30)) }

            // One long poll on the first consumer spans the second one joining: it fetches all 40
            // records, then the rebalance revokes both partitions and assigns one back. 15 s, not 5:
            // on a loaded 2-core machine the mock's rebalance alone can take several seconds.
            let firstRecords = Mutex<[KafkaRecord]>([])
            let secondRecords = Mutex<[KafkaRecord]>([])
            try second.subscribe([topic])
            runOnThreads([
                { firstRecords.withLock { $0 = (try? first.poll(maxRecords: 10_000, timeout: .seconds(15))) ?? [] } },
                {
                    let deadline = ContinuousClock.now.advanced(by: .seconds(15))
                    while ContinuousClock.now < deadline {
                        let got = (try? second.poll(maxRecords: 100, timeout: .milliseconds(50))) ?? []
                        secondRecords.withLock { $0 += got }
                    }
                },
            ])
            let firstHeld = Set(try first.assignment())
            let secondHeld = Set(try second.assignment())
            #expect(firstHeld.count == 1 && secondHeld.count == 1 && firstHeld != secondHeld)
            let fromFirst = firstRecords.withLock { $0 }
            let fromSecond = secondRecords.withLock { $0 }
            // Everything the first consumer returned belongs to the partition it still holds,
            // each offset once, from the start (nothing was committed).
            #expect(fromFirst.allSatisfy { firstHeld.contains($0.topicPartition) })
            #expect(fromFirst.map(\.offset.rawValue) == Array(0..<20))
            #expect(fromSecond.allSatisfy { secondHeld.contains($0.topicPartition) })
            #expect(fromSecond.map(\.offset.rawValue) == Array(0..<20))
        }
    }
}
