import Kafka
import Testing

@Suite("Inspection: assign, watermarks, partition count, committed offsets with a note")
struct InspectionTests {
    @Test("watermarks count a partition's records; assign reads from an offset without a group join")
    func watermarksAndAssign() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["inspect": 2])
            let producer = try kafka.producer()
            for i in 0..<5 { try producer.produce(ProducerRecord(topic: "inspect", partition: 1, key: nil, value: bytes("r\(i)"))) }
            try producer.flush(timeout: .seconds(30))
            producer.close(timeout: .seconds(2))

            let consumer = try kafka.consumer(group: unique("inspect"))
            defer { consumer.close() }
            let tp = TopicPartition(topic: "inspect", partition: 1)
            let marks = try consumer.watermarks(tp, timeout: .seconds(30))
            #expect(marks.low == 0)
            #expect(marks.high == 5)
            #expect(try consumer.watermarks(TopicPartition(topic: "inspect", partition: 0), timeout: .seconds(30)).high == 0)
            #expect(try consumer.partitionCount(of: "inspect", timeout: .seconds(30)) == 2)
            #expect(try consumer.partitionCount(of: "no-such-topic-\(unique("x"))", timeout: .seconds(5)) == nil)

            try consumer.assign([tp: 3])
            let read = try consume(consumer, count: 2)
            #expect(read.map(\.offset) == [3, 4])
            #expect(read.map { text($0.value) } == ["r3", "r4"])
        }
    }

    @Test("a committed offset keeps its note, and another client of the group reads both back")
    func commitWithMetadata() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["noted": 1])
            let group = unique("noted")
            let tp = TopicPartition(topic: "noted", partition: 0)
            let writer = try kafka.consumer(group: group)
            #expect(try writer.committedWithMetadata([tp], timeout: .seconds(30))[tp]?.offset == KafkaOffset.invalid)
            try writer.commit([tp: (offset: 4, metadata: "7-9,12")])
            writer.close()

            let reader = try kafka.consumer(group: group)
            defer { reader.close() }
            let committed = try reader.committedWithMetadata([tp], timeout: .seconds(30))[tp]
            #expect(committed?.offset == 4)
            #expect(committed?.metadata == "7-9,12")
            #expect(try reader.committed([tp], timeout: .seconds(30))[tp] == 4)
        }
    }
}
