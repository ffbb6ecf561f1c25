import Foundation
import Kafka
import Testing

@Suite("Poll with a fill wait")
struct PollFillWaitTests {
    @Test("once a record is in hand, poll takes what is already fetched instead of waiting out its timeout to fill the batch")
    func takesWhatIsFetched() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["fill": 1])
            let producer = try kafka.producer()
            defer { producer.close(timeout: .seconds(1)) }
            for index in 0..<3 { try producer.produce(ProducerRecord(topic: "fill", key: nil, value: bytes("r\(index)"))) }
            try producer.flush(timeout: .seconds(30))

            let consumer = try kafka.consumer(group: unique("fill"))
            defer { consumer.close() }
            try consumer.subscribe(["fill"])
            // Wait for the first record as long as a join takes; then return with what is there.
            let started = ContinuousClock.now
            var records = try consumer.poll(maxRecords: 1_000, timeout: .seconds(120), fillWait: .zero)
            let waited = started.duration(to: .now)
            #expect(!records.isEmpty)
            #expect(waited < .seconds(100), "returned once it held records, not after the 120 s timeout (took \(waited))")
            // Nothing was lost: the rest follows on the next polls.
            records += try consume(consumer, count: 3 - records.count)
            #expect(records.map { text($0.value) } == ["r0", "r1", "r2"])
        }
    }
}
