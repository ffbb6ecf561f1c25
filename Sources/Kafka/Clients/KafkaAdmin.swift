import CRdKafka

/// Topic administration: create and list.
// @unchecked: the librdkafka handle is thread-safe; its lifetime is guarded by `HandleGuard`.
public final class KafkaAdmin: @unchecked Sendable {
    private let handle: RDHandle
    private let context: ClientContext
    private let handleGuard = HandleGuard(what: "Kafka admin client")

    public init(
        properties: KafkaProperties,
        logHandler: KafkaLogHandler? = nil,
        errorHandler: KafkaErrorHandler? = nil
    ) throws(KafkaError) {
        context = ClientContext(logHandler: logHandler, errorHandler: errorHandler)
        handle = try RDKafkaClientFactory.make(RD_KAFKA_PRODUCER, properties: properties, context: context, callbacks: .plain)
    }

    deinit { close() }

    /// Creates the topics; a topic that already exists is not an error (so set-up can be rerun).
    ///
    /// A cluster without a controller (librdkafka's mock) cannot take CreateTopics; there the
    /// topics are auto-created by asking for their metadata, which gives the cluster's default
    /// partition count: if that differs from the spec, a `_UNSUPPORTED_FEATURE` error says so
    /// (create them with `MockCluster.createTopic` instead).
    public func createTopics(_ topics: [TopicSpec], timeout: Duration) throws(KafkaError) {
        guard !topics.isEmpty else { return }
        try handleGuard.run { () throws(KafkaError) in
            if try ClusterMetadata.hasController(handle.pointer, timeout: timeout) {
                try TopicCreation.create(topics, on: handle.pointer, timeout: timeout)
            } else {
                try TopicCreation.autoCreate(topics, on: handle.pointer, timeout: timeout)
            }
        }
    }

    /// Topics in the cluster metadata, sorted by name. Internal topics (`__consumer_offsets`,
    /// `__transaction_state`) and topics the metadata reports with an error are left out.
    public func listTopics(timeout: Duration) throws(KafkaError) -> [TopicInfo] {
        try handleGuard.run { () throws(KafkaError) -> [TopicInfo] in
            try ClusterMetadata.topics(handle.pointer, timeout: timeout)
                .filter { $0.error == RD_KAFKA_RESP_ERR_NO_ERROR && !$0.name.hasPrefix("__") }
                .map { TopicInfo(name: $0.name, partitions: $0.partitions) }
                .sorted { $0.name < $1.name }
        }
    }

    /// Destroys the client. Idempotent.
    public func close() {
        guard handleGuard.close() else { return }
        rd_kafka_destroy(handle.pointer)
    }
}
