import Foundation
import Kafka

/// A mock cluster for a test, with helpers that keep tests short and readable.
///
/// Tests share one cluster (starting and stopping one costs about a second) and use their own
/// topic names and groups; tests that inject faults ask for a dedicated cluster.
final class MockTestCluster {
    let cluster: MockCluster
    private let dedicated: Bool

    private static let shared: Result<MockCluster, KafkaError> = Result { () throws(KafkaError) in try MockCluster(brokers: 1) }

    init(dedicated: Bool = false, brokers: Int = 1, topics: [String: Int32] = [:]) throws {
        self.dedicated = dedicated
        cluster = dedicated ? try MockCluster(brokers: brokers) : try Self.shared.get()
        for (name, partitions) in topics.sorted(by: { $0.key < $1.key }) {
            try cluster.createTopic(name, partitions: partitions)
        }
    }

    deinit { if dedicated { cluster.close() } }

    func properties(_ extra: KafkaProperties = [:]) -> KafkaProperties {
        MockDefaults.properties(for: cluster, extra)
    }

    func producer(_ extra: KafkaProperties = [:]) throws -> KafkaProducer {
        try KafkaProducer(properties: properties(["linger.ms": "1"].merging(extra) { _, new in new }))
    }

    func consumer(
        group: String, _ extra: KafkaProperties = [:], listener: RebalanceListener? = nil
    ) throws -> KafkaConsumer {
        try KafkaConsumer(
            properties: properties(["group.id": group].merging(extra) { _, new in new }), rebalanceListener: listener)
    }
}

/// Polls until `count` records arrived or `timeout` passed.
func consume(_ consumer: KafkaConsumer, count: Int, timeout: Duration = .seconds(30)) throws -> [KafkaRecord] {
    var records: [KafkaRecord] = []
    let deadline = ContinuousClock.now.advanced(by: timeout)
    while records.count < count && ContinuousClock.now < deadline {
        records += try consumer.poll(maxRecords: count - records.count, timeout: .milliseconds(100))
    }
    return records
}

/// Polls for `duration` and returns everything that arrived (to show that nothing else comes).
func drain(_ consumer: KafkaConsumer, for duration: Duration) throws -> [KafkaRecord] {
    var records: [KafkaRecord] = []
    let deadline = ContinuousClock.now.advanced(by: duration)
    while ContinuousClock.now < deadline {
        records += try consumer.poll(maxRecords: 100, timeout: .milliseconds(50))
    }
    return records
}

/// Per-test unique names, so tests never share a group, topic or transactional id.
func unique(_ prefix: String) -> String { "\(prefix)-\(UUID().uuidString.prefix(8))" }

func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
func text(_ b: [UInt8]?) -> String? { b.map { String(decoding: $0, as: UTF8.self) } }
