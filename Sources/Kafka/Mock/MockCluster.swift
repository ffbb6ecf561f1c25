import CRdKafka

/// librdkafka's in-process mock cluster: real Kafka protocol brokers on 127.0.0.1, for tests and
/// the embedded demo. Supports consumer groups, idempotence, transactions and fault injection.
///
/// Known limits of librdkafka 2.0.2's mock: offsets committed inside a transaction
/// (`sendOffsetsToTransaction`) are not kept, and only about the newest 5 MB per partition is
/// retained. It answers fetches only after `fetch.wait.max.ms`: use `MockDefaults.clientProperties`.
/// Its sockets leave Nagle's algorithm on; this type turns it off (`MockListenerNoDelay`).
// @unchecked: the mock cluster and its owning handle are thread-safe in librdkafka; their lifetime
// is guarded by `HandleGuard`.
public final class MockCluster: @unchecked Sendable {
    private let owner: RDHandle
    private let cluster: RDHandle
    private let context: ClientContext
    private let handleGuard = HandleGuard(what: "mock cluster")
    /// The broker ids, 1...brokers.
    public let brokerIDs: [Int32]

    public init(brokers: Int = 1, logHandler: KafkaLogHandler? = nil) throws(KafkaError) {
        guard brokers >= 1 else { throw KafkaError.invalidArgument("a mock cluster needs at least one broker") }
        context = ClientContext(logHandler: logHandler, errorHandler: nil)
        // The mock lives inside a client instance; this one only owns it.
        owner = try RDKafkaClientFactory.make(RD_KAFKA_PRODUCER, properties: [:], context: context, callbacks: .plain)
        guard let cluster = rd_kafka_mock_cluster_new(owner.pointer, Int32(clamping: brokers)) else {
            rd_kafka_destroy(owner.pointer)
            throw KafkaError.invalidArgument("librdkafka could not start a mock cluster")
        }
        self.cluster = RDHandle(pointer: cluster)
        brokerIDs = (1...Int32(clamping: brokers)).map { $0 }
        disableNagle()
    }

    deinit { close() }

    /// The `bootstrap.servers` value for clients of this cluster.
    public var bootstrapServers: String {
        (try? handleGuard.run { () throws(KafkaError) -> String in
            String(cString: rd_kafka_mock_cluster_bootstraps(cluster.pointer))
        }) ?? ""
    }

    /// Creates a topic (the mock also auto-creates topics on first use, with default settings).
    public func createTopic(_ name: String, partitions: Int32, replicationFactor: Int16 = 1) throws(KafkaError) {
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(
                rd_kafka_mock_topic_create(cluster.pointer, name, partitions, Int32(replicationFactor)),
                "create mock topic \(name)")
        }
    }

    /// Makes a broker unreachable (connections drop, new ones are refused) until `setBrokerUp`.
    public func setBrokerDown(_ brokerID: Int32) {
        _ = try? handleGuard.run { () throws(KafkaError) in
            _ = rd_kafka_mock_broker_set_down(cluster.pointer, brokerID)
        }
        disableNagle()
    }

    public func setBrokerUp(_ brokerID: Int32) {
        _ = try? handleGuard.run { () throws(KafkaError) in
            _ = rd_kafka_mock_broker_set_up(cluster.pointer, brokerID)
        }
        disableNagle()
    }

    /// Without this, a response pipelined behind another waits 40 ms for the client's delayed
    /// acknowledgement (see `MockListenerNoDelay`). Called again when a broker goes down or up,
    /// as the mock then replaces the broker's listening socket.
    private func disableNagle() {
        MockListenerNoDelay.apply(ports: MockListenerNoDelay.ports(ofBootstrapServers: bootstrapServers))
    }

    /// Delays every response of a broker by `milliseconds` (0 removes the delay).
    public func setBrokerRoundTrip(_ brokerID: Int32, milliseconds: Int) {
        _ = try? handleGuard.run { () throws(KafkaError) in
            _ = rd_kafka_mock_broker_set_rtt(cluster.pointer, brokerID, Int32(clamping: milliseconds))
        }
    }

    /// The next requests with this API key (e.g. 0 Produce, 1 Fetch, 8 OffsetCommit) fail with
    /// these error codes, one per request, in order.
    public func pushRequestErrors(apiKey: Int16, errors: [Int32]) {
        guard !errors.isEmpty else { return }
        var codes = errors.map { rd_kafka_resp_err_t(rawValue: $0) }
        _ = try? handleGuard.run { () throws(KafkaError) in
            codes.withUnsafeMutableBufferPointer {
                rd_kafka_mock_push_request_errors_array(cluster.pointer, apiKey, $0.count, $0.baseAddress)
            }
        }
    }

    /// Stops the brokers. Close the clients first: they would otherwise retry a vanished cluster.
    /// Idempotent.
    public func close() {
        guard handleGuard.close() else { return }
        rd_kafka_mock_cluster_destroy(cluster.pointer)
        rd_kafka_destroy(owner.pointer)
    }
}
