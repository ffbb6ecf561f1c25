import CRdKafka

/// librdkafka error codes that code outside the Kafka module reasons about, by name, so
/// no other module compares `KafkaError.code` with a bare integer.
extension KafkaError {
    /// The record is larger than the producer's `message.max.bytes` (or the broker's).
    public var isMessageTooLarge: Bool { code == RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE.rawValue }
}

extension KafkaError {
    /// Another client took this one's identity: a producer with the same `transactional.id`
    /// called init_transactions (PRODUCER_FENCED, INVALID_PRODUCER_EPOCH, `_FENCED`), or a
    /// consumer joined with the same `group.instance.id` (FENCED_INSTANCE_ID). Building a
    /// new client would fence the other one in turn, so the caller should stop instead.
    public var isFencedByAnotherInstance: Bool { Self.fencedCodes.contains(code) }

    private static let fencedCodes: Set<Int32> = [
        RD_KAFKA_RESP_ERR_FENCED_INSTANCE_ID, RD_KAFKA_RESP_ERR_PRODUCER_FENCED,
        RD_KAFKA_RESP_ERR_INVALID_PRODUCER_EPOCH, RD_KAFKA_RESP_ERR__FENCED,
    ].reduce(into: Set<Int32>()) { $0.insert($1.rawValue) }
}
