import Articles
import Foundation
import Kafka
import Logging
import StageRuntime

/// A test transform: upper-cases the value; values starting with "poison" are rejected.
struct UppercaseTransform: ArticleTransform {
    func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord {
        let text = String(decoding: value, as: UTF8.self)
        if text.hasPrefix("poison") { throw TransformFailure(code: "poison", message: "poison: rejected by the test transform") }
        return TransformedRecord(key: key.map { String(decoding: $0, as: UTF8.self) } ?? "", value: Array(text.uppercased().utf8))
    }
}

/// Repeats its input `times` times: an output larger than its input.
struct RepeatingTransform: ArticleTransform {
    let times: Int
    func apply(value: [UInt8], key: [UInt8]?, contentType: String?) throws(TransformFailure) -> TransformedRecord {
        TransformedRecord(key: key.map { String(decoding: $0, as: UTF8.self) } ?? "", value: Array(Array(repeating: value, count: times).joined()))
    }
}

/// A mock cluster with the pipeline's topics, plus helpers to feed and read them.
final class MockHarness {
    let cluster: MockCluster
    let input = "test.in"
    let output = "test.out"
    let deadLetters = "test.dlq"

    init(partitions: Int32 = 3) throws {
        cluster = try MockCluster(brokers: 1)
        for topic in [input, output, deadLetters] { try cluster.createTopic(topic, partitions: partitions) }
    }

    deinit { cluster.close() }

    func configuration(_ delivery: DeliveryMode, group: String = "test-stage") -> StageConfiguration {
        var configuration = StageConfiguration(stage: .cleaner, brokers: cluster.bootstrapServers)
        configuration.inputTopic = input
        configuration.outputTopic = output
        configuration.deadLetterTopic = deadLetters
        configuration.groupID = group
        configuration.delivery = delivery
        configuration.batchSize = 50
        configuration.batchTimeout = .milliseconds(20)
        // Each loop in a test is its own replica: a unique instance id, so loops of one
        // group never fence each other (the transactional id derives from it).
        configuration.instanceID = "test-\(UUID().uuidString.prefix(8))"
        configuration.kafkaProperties = MockDefaults.clientProperties.merging(["session.timeout.ms": "6000", "heartbeat.interval.ms": "500"]) { $1 }
        return configuration
    }

    func produce(_ values: [String], headers: [KafkaHeader] = []) throws {
        let producer = try KafkaProducer(properties: MockDefaults.properties(for: cluster))
        for (index, value) in values.enumerated() {
            try producer.produce(ProducerRecord(topic: input, key: Array("k\(index)".utf8), value: Array(value.utf8), headers: headers))
        }
        try producer.flush(timeout: .seconds(10))
        producer.close(timeout: .seconds(1))
    }

    /// Reads `topic` (read_committed) until `count` records or `timeout`.
    func read(_ topic: String, count: Int, timeout: Duration = .seconds(60)) throws -> [KafkaRecord] {
        try read(topic, until: { $0.count >= count }, timeout: timeout)
    }

    /// Reads `topic` (read_committed) until `done` holds or `timeout`, then `settle` longer,
    /// so that a duplicate arriving just after the awaited record is still seen.
    func read(_ topic: String, until done: ([KafkaRecord]) -> Bool, timeout: Duration = .seconds(60), settle: Duration = .zero) throws -> [KafkaRecord] {
        let consumer = try KafkaConsumer(
            properties: MockDefaults.properties(for: cluster, [
                "group.id": "reader-\(UUID().uuidString)", "auto.offset.reset": "earliest", "isolation.level": "read_committed",
                "max.partition.fetch.bytes": "67108864", "fetch.max.bytes": "67108864", "receive.message.max.bytes": "70000000",
            ]),
            rebalanceListener: nil
        )
        defer { consumer.close() }
        try consumer.subscribe([topic])
        var records: [KafkaRecord] = []
        let deadline = ContinuousClock.now + timeout
        while !done(records), ContinuousClock.now < deadline {
            records += try consumer.poll(maxRecords: 500, timeout: .milliseconds(100))
        }
        let settled = ContinuousClock.now + settle
        while ContinuousClock.now < settled {
            records += try consumer.poll(maxRecords: 500, timeout: .milliseconds(100))
        }
        return records
    }

    /// Committed offsets of `group` on the input topic, summed over partitions.
    func committedTotal(group: String, partitions: Int32 = 3) throws -> Int64 {
        let consumer = try KafkaConsumer(properties: MockDefaults.properties(for: cluster, ["group.id": group]), rebalanceListener: nil)
        defer { consumer.close() }
        let committed = try consumer.committed((0..<partitions).map { TopicPartition(topic: input, partition: $0) }, timeout: .seconds(30))
        return committed.values.filter { !$0.isLogical }.map(\.rawValue).reduce(0, +)
    }

    static var logger: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = ProcessInfo.processInfo.environment["TEST_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return logger
    }
}
