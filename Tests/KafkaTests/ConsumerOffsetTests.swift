import Kafka
import Testing

@Suite("Consumer offsets: commit, store, committed, seek")
struct ConsumerOffsetTests {
    private func produce(_ kafka: MockTestCluster, topic: String, count: Int, from start: Int = 0) throws {
        let producer = try kafka.producer()
        defer { producer.close(timeout: .seconds(2)) }
        for i in start..<(start + count) {
            try producer.produce(ProducerRecord(topic: topic, partition: 0, key: nil, value: bytes("r\(i)")))
        }
        try producer.flush(timeout: .seconds(30))
    }

    @Test("a committed offset is what committed() returns and where the group resumes")
    func commitThenResume() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["offsets": 1])
            try produce(kafka, topic: "offsets", count: 3)
            let group = unique("resume")
            let tp = TopicPartition(topic: "offsets", partition: 0)

            let first = try kafka.consumer(group: group)
            try first.subscribe(["offsets"])
            let read = try consume(first, count: 3)
            #expect(read.map(\.offset) == [0, 1, 2])
            #expect(try first.committed([tp], timeout: .seconds(30))[tp] == KafkaOffset.invalid)
            try first.commit([tp: 2])
            #expect(try first.committed([tp], timeout: .seconds(30))[tp] == 2)
            first.close()

            let second = try kafka.consumer(group: group)
            defer { second.close() }
            try second.subscribe(["offsets"])
            let resumed = try consume(second, count: 1)
            #expect(resumed.map(\.offset) == [2])
            #expect(text(resumed.first?.value) == "r2")
        }
    }

    @Test("stored offsets are committed by commitStored, and nothing stored is not an error")
    func storeThenCommitStored() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["stored": 1])
            try produce(kafka, topic: "stored", count: 2)
            let tp = TopicPartition(topic: "stored", partition: 0)
            let consumer = try kafka.consumer(group: unique("stored"))
            defer { consumer.close() }
            try consumer.subscribe(["stored"])
            #expect(try consume(consumer, count: 2).count == 2)

            try consumer.commitStored()
            #expect(try consumer.committed([tp], timeout: .seconds(30))[tp] == KafkaOffset.invalid)
            try consumer.storeOffsets([tp: 2])
            try consumer.commitStored()
            #expect(try consumer.committed([tp], timeout: .seconds(30))[tp] == 2)
        }
    }

    @Test("storing an offset for a partition the consumer does not hold is refused")
    func storeUnassignedFails() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["mine": 1])
            let consumer = try kafka.consumer(group: unique("unassigned"))
            defer { consumer.close() }
            #expect(throws: KafkaError.self) {
                try consumer.storeOffsets([TopicPartition(topic: "mine", partition: 0): 1])
            }
        }
    }

    @Test("seek moves the fetch position back to an earlier offset")
    func seekRereads() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["seek": 1])
            try produce(kafka, topic: "seek", count: 5)
            let tp = TopicPartition(topic: "seek", partition: 0)
            let consumer = try kafka.consumer(group: unique("seek"))
            defer { consumer.close() }
            try consumer.subscribe(["seek"])
            #expect(try consume(consumer, count: 5).map(\.offset) == [0, 1, 2, 3, 4])
            #expect(try consumer.assignment() == [tp])

            try consumer.seek(tp, to: 1, timeout: .seconds(30))
            #expect(try consume(consumer, count: 4).map(\.offset) == [1, 2, 3, 4])
            try consumer.seek(tp, to: KafkaOffset.beginning, timeout: .seconds(30))
            #expect(try consume(consumer, count: 1).map(\.offset) == [0])
        }
    }

    @Test("a consumer without group.id is refused with a message naming the property")
    func groupIdRequired() async throws {
        try await offPool {
            let error = #expect(throws: KafkaError.self) {
                _ = try KafkaConsumer(properties: ["bootstrap.servers": "127.0.0.1:1"], rebalanceListener: nil)
            }
            #expect(error?.message.contains("group.id") == true)
        }
    }
}
