import Foundation
import Kafka
import Synchronization
import Testing

@Suite("Fault injection on the mock cluster")
struct FaultInjectionTests {
    @Test("a producer keeps retrying while the broker is down and delivers once it is back")
    func brokerDownThenUp() async throws {
        try await offPool {
            let kafka = try MockTestCluster(dedicated: true, topics: ["outage": 1])
            let clientErrors = Mutex<[KafkaError]>([])
            let producer = try KafkaProducer(
                properties: kafka.properties(["linger.ms": "1", "message.timeout.ms": "30000"]),
                errorHandler: { error in clientErrors.withLock { $0.append(error) } })
            defer { producer.close(timeout: .seconds(1)) }
            _ = try await producer.send(ProducerRecord(topic: "outage", key: nil, value: bytes("before")))

            kafka.cluster.setBrokerDown(1)
            let delivered = Mutex<Result<DeliveryReport, KafkaError>?>(nil)
            try producer.produce(ProducerRecord(topic: "outage", key: nil, value: bytes("during"))) { result in
                delivered.withLock { $0 = result }
            }
            try await Task.sleep(for: .milliseconds(800))
            #expect(delivered.withLock { $0 } == nil)
            kafka.cluster.setBrokerUp(1)
            try producer.flush(timeout: .seconds(15))

            let report = try #require(delivered.withLock { $0 }).get()
            #expect(report.offset == 1)
            // The outage reached the error handler as retriable, and did not become fatal.
            let seen = clientErrors.withLock { $0 }
            #expect(!seen.isEmpty)
            #expect(seen.allSatisfy { $0.isRetriable && !$0.isFatal })
            #expect(producer.fatalError == nil)

            let consumer = try kafka.consumer(group: unique("outage"))
            defer { consumer.close() }
            try consumer.subscribe(["outage"])
            let records = try consume(consumer, count: 2) + drain(consumer, for: .milliseconds(300))
            #expect(records.map { text($0.value) } == ["before", "during"])
        }
    }

    @Test("retriable produce errors injected by the broker are survived without duplicates")
    func injectedProduceErrors() async throws {
        try await offPool {
            let kafka = try MockTestCluster(dedicated: true, topics: ["flaky": 1])
            let producer = try kafka.producer()
            defer { producer.close(timeout: .seconds(1)) }
            _ = try await producer.send(ProducerRecord(topic: "flaky", key: nil, value: bytes("warm-up")))
            // Produce (API key 0) answers NOT_LEADER_FOR_PARTITION (6) then REQUEST_TIMED_OUT (7).
            kafka.cluster.pushRequestErrors(apiKey: 0, errors: [6, 7])
            let report = try await producer.send(ProducerRecord(topic: "flaky", key: nil, value: bytes("survivor")))
            #expect(report.offset == 1)

            let consumer = try kafka.consumer(group: unique("flaky"))
            defer { consumer.close() }
            try consumer.subscribe(["flaky"])
            let records = try consume(consumer, count: 2) + drain(consumer, for: .milliseconds(300))
            #expect(records.map { text($0.value) } == ["warm-up", "survivor"])
        }
    }

    @Test("an injected commit error surfaces as a retriable typed error and the retry succeeds")
    func injectedCommitError() async throws {
        try await offPool {
            let kafka = try MockTestCluster(dedicated: true, topics: ["commit": 1])
            let tp = TopicPartition(topic: "commit", partition: 0)
            let consumer = try kafka.consumer(group: unique("commit"))
            defer { consumer.close() }
            try consumer.subscribe(["commit"])
            let deadline = ContinuousClock.now.advanced(by: .seconds(30))
            while try consumer.assignment().isEmpty && ContinuousClock.now < deadline {
                _ = try consumer.poll(maxRecords: 1, timeout: .milliseconds(50))
            }
            // OffsetCommit (API key 8) answers REBALANCE_IN_PROGRESS (27) once, then works again.
            kafka.cluster.pushRequestErrors(apiKey: 8, errors: [27])
            var failures: [KafkaError] = []
            var committed = false
            while !committed && failures.count < 5 {
                do throws(KafkaError) {
                    try consumer.commit([tp: 0])
                    committed = true
                } catch {
                    failures.append(error)
                }
            }
            #expect(committed)
            #expect(failures.map(\.name) == ["REBALANCE_IN_PROGRESS"])
            #expect(failures.first?.isRetriable == true)
            #expect(try consumer.committed([tp], timeout: .seconds(30))[tp] == 0)
        }
    }
}
