import CRdKafka

/// The caller's delivery closure, retained across the C boundary as the message opaque.
final class DeliveryCallback: Sendable {
    let body: @Sendable (Result<DeliveryReport, KafkaError>) -> Void

    init(_ body: @escaping @Sendable (Result<DeliveryReport, KafkaError>) -> Void) { self.body = body }

    static func result(of message: rd_kafka_message_t) -> Result<DeliveryReport, KafkaError> {
        guard message.err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            return .failure(KafkaError(message.err))
        }
        let topic = message.rkt.map { String(cString: rd_kafka_topic_name($0)) } ?? ""
        return .success(DeliveryReport(topic: topic, partition: message.partition, offset: KafkaOffset(rawValue: message.offset)))
    }
}
