import CRdKafka

/// librdkafka error codes that code outside the Kafka module reasons about, by name, so
/// no other module compares `KafkaError.code` with a bare integer.
extension KafkaError {
    /// The record is larger than the producer's `message.max.bytes` (or the broker's).
    public var isMessageTooLarge: Bool { code == RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE.rawValue }
}
