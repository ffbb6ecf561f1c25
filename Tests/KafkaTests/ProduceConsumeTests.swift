import Kafka
import Synchronization
import Testing

@Suite("Produce and consume on the mock cluster")
struct ProduceConsumeTests {
    @Test("a record keeps its key, value and headers (null and repeated) through the round trip")
    func roundTrip() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["rt": 1])
            let producer = try kafka.producer()
            defer { producer.close(timeout: .seconds(1)) }
            let headers = [
                KafkaHeader(key: "content-type", string: "text/plain"),
                KafkaHeader(key: "traceparent", value: nil),
                KafkaHeader(key: "attempt", string: "1"),
                KafkaHeader(key: "attempt", string: "2"),
            ]
            try producer.produce(ProducerRecord(topic: "rt", key: bytes("article-1"), value: bytes("héllo"), headers: headers))
            try producer.produce(ProducerRecord(topic: "rt", key: nil, value: []))
            try producer.flush(timeout: .seconds(30))

            let consumer = try kafka.consumer(group: unique("rt"))
            defer { consumer.close() }
            try consumer.subscribe(["rt"])
            let records = try consume(consumer, count: 2)

            #expect(records.count == 2)
            let first = try #require(records.first)
            #expect(first.topic == "rt")
            #expect(first.partition == 0)
            #expect(first.offset == 0)
            #expect(text(first.key) == "article-1")
            #expect(text(first.value) == "héllo")
            #expect(first.headers == headers)
            #expect(text(first.header("attempt")) == "2")
            #expect(first.header("traceparent") == nil)
            #expect(first.header("missing") == nil)
            #expect(first.timestampMs != nil)
            let second = try #require(records.last)
            #expect(second.key == nil)
            #expect(second.value.isEmpty)
            #expect(second.offset == 1)
        }
    }

    @Test("send returns the delivery report with the offset the broker assigned")
    func sendReturnsDeliveryReports() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["reports": 2])
            let producer = try kafka.producer()
            defer { producer.close(timeout: .seconds(1)) }
            var offsets: [KafkaOffset] = []
            for i in 0..<3 {
                let report = try await producer.send(ProducerRecord(topic: "reports", partition: 1, key: nil, value: bytes("m\(i)")))
                #expect(report.topic == "reports")
                #expect(report.partition == 1)
                offsets.append(report.offset)
            }
            #expect(offsets == [0, 1, 2])
        }
    }

    @Test("a delivery to a partition that does not exist fails with a KafkaError")
    func deliveryFailureIsReported() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["small": 1])
            let producer = try kafka.producer(["message.timeout.ms": "2000"])
            defer { producer.close(timeout: .seconds(1)) }
            _ = try await producer.send(ProducerRecord(topic: "small", key: nil, value: bytes("ok")))
            await #expect(throws: KafkaError.self) {
                _ = try await producer.send(ProducerRecord(topic: "small", partition: 7, key: nil, value: bytes("no")))
            }
        }
    }

    @Test("produce after close throws a readable error instead of crashing")
    func produceAfterClose() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["closed": 1])
            let producer = try kafka.producer()
            producer.close(timeout: .seconds(1))
            producer.close(timeout: .seconds(1))
            let error = #expect(throws: KafkaError.self) {
                try producer.produce(ProducerRecord(topic: "closed", key: nil, value: bytes("late")))
            }
            #expect(error?.name == "_DESTROY")
            #expect(error?.message.contains("closed") == true)
        }
    }

    /// Delivery reports arrive as events on the producer's own thread; `flush` and the flush
    /// inside `commitTransaction` wait for librdkafka's message count, so by the time either
    /// returns every delivery callback has run.
    @Test("flush and a transaction commit return only after every delivery callback has run")
    func flushWaitsForDeliveryCallbacks() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["dr": 2])
            let producer = try kafka.producer()
            defer { producer.close(timeout: .seconds(1)) }
            let delivered = Mutex(0)
            for n in 0..<50 {
                try producer.produce(ProducerRecord(topic: "dr", key: bytes("k\(n)"), value: bytes("v\(n)"))) { result in
                    if case .success = result { delivered.withLock { $0 += 1 } }
                }
            }
            try producer.flush(timeout: .seconds(30))
            #expect(delivered.withLock { $0 } == 50)

            let transactional = try kafka.producer(["transactional.id": unique("dr-txn")])
            defer { transactional.close(timeout: .seconds(1)) }
            try transactional.initTransactions(timeout: .seconds(30))
            try transactional.beginTransaction()
            let inTransaction = Mutex(0)
            for n in 0..<10 {
                try transactional.produce(ProducerRecord(topic: "dr", key: nil, value: bytes("t\(n)"))) { result in
                    if case .success = result { inTransaction.withLock { $0 += 1 } }
                }
            }
            try transactional.commitTransaction(timeout: .seconds(30))
            #expect(inTransaction.withLock { $0 } == 10)
        }
    }

    @Test("a failed delivery without a callback reaches the client's error handler")
    func failedDeliveryWithoutCallbackIsReported() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["lost": 1])
            let errors = Mutex<[KafkaError]>([])
            let producer = try KafkaProducer(
                properties: kafka.properties(["linger.ms": "1", "message.timeout.ms": "1000"]),
                errorHandler: { error in errors.withLock { $0.append(error) } })
            defer { producer.close(timeout: .seconds(1)) }
            try producer.produce(ProducerRecord(topic: "lost", partition: 7, key: nil, value: bytes("nowhere")))
            try? producer.flush(timeout: .seconds(10))
            #expect(errors.withLock { $0 }.contains { $0.name != "_DESTROY" })
            #expect(producer.lastError != nil)
        }
    }
}
