import CRdKafka

/// `KafkaOffset` restates librdkafka's logical offsets as plain numbers so the model needs no
/// C import; this table pairs each with librdkafka's own constant, and a test checks they agree.
extension KafkaOffset {
    static let librdkafkaLogicalOffsets: [(offset: KafkaOffset, librdkafka: Int64)] = [
        (.beginning, Int64(RD_KAFKA_OFFSET_BEGINNING)),
        (.end, Int64(RD_KAFKA_OFFSET_END)),
        (.stored, Int64(RD_KAFKA_OFFSET_STORED)),
        (.invalid, Int64(RD_KAFKA_OFFSET_INVALID)),
    ]
}
