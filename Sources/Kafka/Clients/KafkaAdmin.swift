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
    public func createTopics(_ topics: [TopicSpec], timeoutMs: Int32) throws(KafkaError) {
        guard !topics.isEmpty else { return }
        try handleGuard.run { () throws(KafkaError) in
            try TopicCreation.create(topics, on: handle.pointer, timeoutMs: timeoutMs)
        }
    }

    /// Topics in the cluster metadata, sorted by name. Internal topics (`__consumer_offsets`,
    /// `__transaction_state`) and topics the metadata reports with an error are left out.
    public func listTopics(timeoutMs: Int32) throws(KafkaError) -> [TopicInfo] {
        try handleGuard.run { () throws(KafkaError) -> [TopicInfo] in
            var metadata: UnsafePointer<rd_kafka_metadata>?
            try KafkaError.check(rd_kafka_metadata(handle.pointer, 1, nil, &metadata, timeoutMs), "list topics")
            guard let metadata else { return [] }
            defer { rd_kafka_metadata_destroy(metadata) }
            let count = Int(max(metadata.pointee.topic_cnt, 0))
            guard let topics = metadata.pointee.topics else { return [] }
            return (0..<count).compactMap { i -> TopicInfo? in
                let topic = topics[i]
                guard topic.err == RD_KAFKA_RESP_ERR_NO_ERROR, let name = topic.topic.map({ String(cString: $0) }),
                      !name.hasPrefix("__") else { return nil }
                return TopicInfo(name: name, partitions: topic.partition_cnt)
            }.sorted { $0.name < $1.name }
        }
    }

    /// Destroys the client. Idempotent.
    public func close() {
        guard handleGuard.close() else { return }
        rd_kafka_destroy(handle.pointer)
    }
}
