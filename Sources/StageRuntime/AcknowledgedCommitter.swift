import Kafka
import Logging
import Synchronization

/// At-least-once: produce the batch on an idempotent producer, wait for every
/// delivery report, and only then commit the input offsets. A failed delivery fails
/// the batch, which is replayed; the replay's records are byte-identical.
struct AcknowledgedCommitter: BatchCommitter {
    private let producer: KafkaProducer
    private let flushTimeout: Duration = .seconds(60)

    init(properties: KafkaProperties, logger: Logger) throws {
        self.producer = try KafkaProducer(properties: properties, logHandler: LibrdkafkaLog.handler(logger, client: "producer"))
    }

    mutating func commit(_ records: [BatchRecord], offsets: [TopicPartition: KafkaOffset], consumer: KafkaConsumer) throws {
        let failures = Mutex<[KafkaError]>([])
        let onDelivery: @Sendable (Result<DeliveryReport, KafkaError>) -> Void = { result in
            if case .failure(let error) = result { failures.withLock { $0.append(error) } }
        }
        for record in records {
            try produceOrDeadLetter(record, with: producer, onDelivery: onDelivery)
        }
        try producer.flush(timeout: flushTimeout)
        if let failure = failures.withLock({ $0.first }) { throw failure }
        try consumer.commit(offsets)
    }

    func close() {
        producer.close(timeout: .seconds(5))
    }
}
