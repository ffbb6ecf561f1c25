import Kafka
import Logging

/// Exactly-once: the batch's outputs, its dead letters and its input offsets commit
/// in one Kafka transaction (consume → transform → produce → send offsets → commit).
///
/// After the transaction commits, the same offsets are also committed through the
/// consumer. On real Kafka that is redundant (same offsets, same group); on
/// librdkafka's mock cluster, which drops offsets sent inside a transaction, it is
/// what lets a restarted worker resume instead of starting over. A refused commit is
/// kept in `UnrecordedOffsets` and retried on revoke and before the next batch.
struct TransactionalCommitter: BatchCommitter {
    private let producer: KafkaProducer
    private let logger: Logger
    private let unrecorded: UnrecordedOffsets
    private let timeout: Duration = .seconds(30)

    init(properties: KafkaProperties, logger: Logger, unrecorded: UnrecordedOffsets) throws {
        self.producer = try KafkaProducer(properties: properties, logHandler: LibrdkafkaLog.handler(logger, client: "producer"))
        self.logger = logger
        self.unrecorded = unrecorded
        try producer.initTransactions(timeout: timeout)
    }

    mutating func commit(_ records: [BatchRecord], offsets: [TopicPartition: KafkaOffset], consumer: KafkaConsumer) throws {
        try producer.beginTransaction()
        do {
            for record in records {
                try produceOrDeadLetter(record, with: producer, onDelivery: nil)
            }
            try producer.sendOffsetsToTransaction(offsets, consumer: consumer, timeout: timeout)
            try producer.commitTransaction(timeout: timeout)
        } catch {
            if let kafkaError = error as? KafkaError, kafkaError.isFatal { throw error }
            do {
                try producer.abortTransaction(timeout: timeout)
            } catch {
                logger.error("abort failed", metadata: ["error": "\(error)"])
                throw error
            }
            throw error
        }
        do {
            try consumer.commit(offsets)
            unrecorded.recorded(offsets)
        } catch {
            // The transaction holds these offsets on Kafka; a broker that drops them (the mock)
            // needs this commit, so it is kept and retried on revoke and before the next batch.
            // A warning: if the retries fail too, the partition's next owner redoes the batch.
            unrecorded.remember(offsets)
            logger.warning("post-transaction offset commit refused; retrying it on revoke and before the next batch", metadata: ["error": "\(error)"])
        }
    }

    func close() {
        producer.close(timeout: .seconds(5))
    }
}
