import Kafka

/// Writes one batch's records and commits the consumer offsets, with the guarantee of
/// its delivery mode. Throwing means nothing of the batch counts as done: the loop
/// rewinds and processes it again.
protocol BatchCommitter {
    mutating func commit(_ records: [ProducerRecord], offsets: [TopicPartition: KafkaOffset], consumer: KafkaConsumer, deadLetterTopic: String) throws
    func close()
}

extension BatchCommitter {
    /// Produces `record`; an output too large for the producer goes to the DLQ instead,
    /// with its input's reason, rather than blocking the partition forever.
    func produceOrDeadLetter(_ record: ProducerRecord, with producer: KafkaProducer, deadLetterTopic: String,
                             onDelivery: (@Sendable (Result<DeliveryReport, KafkaError>) -> Void)?) throws {
        let failure: KafkaError
        do {
            try producer.produce(record, onDelivery: onDelivery)
            return
        } catch {
            failure = error
        }
        guard failure.isMessageTooLarge, record.topic != deadLetterTopic else { throw failure }
        var headers = record.headers.filter { $0.key != NewsflowHeaders.error }
        let reason = OutputError.tooLarge(bytes: record.value.count).description
        headers.append(KafkaHeader(key: NewsflowHeaders.error, value: Array(reason.utf8)))
        let truncated = ProducerRecord(topic: deadLetterTopic, key: record.key, value: Array(record.value.prefix(1_000_000)), headers: headers)
        try producer.produce(truncated, onDelivery: onDelivery)
    }
}
