import Articles
import Kafka

/// Writes one batch's records and commits the consumer offsets, with the guarantee of
/// its delivery mode. Throwing means nothing of the batch counts as done: the loop
/// rewinds and processes it again.
protocol BatchCommitter {
    mutating func commit(_ records: [BatchRecord], offsets: [TopicPartition: KafkaOffset], consumer: KafkaConsumer) throws
    func close()
}

/// One record a batch produces: a stage's output, which remembers the input it was made
/// from, or a dead letter.
struct BatchRecord {
    let record: ProducerRecord
    /// Set for an output: the input and the builder that dead-letters it.
    private let origin: (input: KafkaRecord, builder: OutputBuilder)?

    static func output(_ record: ProducerRecord, from input: KafkaRecord, builder: OutputBuilder) -> BatchRecord {
        BatchRecord(record: record, origin: (input, builder))
    }

    static func deadLetter(_ record: ProducerRecord) -> BatchRecord {
        BatchRecord(record: record, origin: nil)
    }

    /// What goes to the DLQ when the producer refuses this output as too large: the input
    /// it was made from, untouched, so that a replay after raising the limit redoes it.
    /// Nil for a dead letter.
    func deadLetterInstead() -> ProducerRecord? {
        origin.map { $0.builder.deadLetter(for: $0.input, reason: TransformFailure(OutputError.tooLarge(bytes: record.value.count))) }
    }
}

extension BatchCommitter {
    /// Produces `item`'s record; an output too large for the producer's `message.max.bytes`
    /// dead-letters its input instead, rather than blocking the partition forever. An input
    /// itself over the limit is dead-lettered without its payload: the letter names where
    /// it sits in the source topic.
    func produceOrDeadLetter(_ item: BatchRecord, with producer: KafkaProducer,
                             onDelivery: (@Sendable (Result<DeliveryReport, KafkaError>) -> Void)?) throws {
        do {
            try producer.produce(item.record, onDelivery: onDelivery)
            return
        } catch where error.isMessageTooLarge {
            guard let letter = item.deadLetterInstead() else { throw error }
            do {
                try producer.produce(letter, onDelivery: onDelivery)
            } catch where error.isMessageTooLarge {
                try producer.produce(Self.withoutPayload(letter), onDelivery: onDelivery)
            }
        }
    }

    /// `letter` with an empty value, the reason saying why, and the size it had.
    static func withoutPayload(_ letter: ProducerRecord) -> ProducerRecord {
        var headers = letter.headers
        if let index = headers.firstIndex(where: { $0.key == NewsflowHeaders.error }) {
            let reason = String(decoding: headers[index].value ?? [], as: UTF8.self)
                + "; the input (\(letter.value.count) bytes) is over message.max.bytes too, so this dead letter holds no payload: read it at its source position"
            headers[index] = KafkaHeader(key: NewsflowHeaders.error, value: Array(reason.utf8))
        }
        headers.append(KafkaHeader(key: NewsflowHeaders.payloadOmitted, value: Array(String(letter.value.count).utf8)))
        return ProducerRecord(topic: letter.topic, key: letter.key, value: [], headers: headers)
    }
}
