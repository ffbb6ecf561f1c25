/// A record read by `KafkaConsumer.poll`.
public struct KafkaRecord: Sendable {
    public var topic: String
    public var partition: Int32
    public var offset: KafkaOffset
    public var key: [UInt8]?
    /// The payload; a null (tombstone) value is read as empty.
    public var value: [UInt8]
    public var headers: [KafkaHeader]
    /// Producer or log-append time in milliseconds since the epoch, when the broker gives one.
    public var timestampMs: Int64?

    public init(
        topic: String, partition: Int32, offset: KafkaOffset, key: [UInt8]?, value: [UInt8],
        headers: [KafkaHeader] = [], timestampMs: Int64? = nil
    ) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMs = timestampMs
    }

    /// Where the record came from.
    public var topicPartition: TopicPartition { TopicPartition(topic: topic, partition: partition) }

    /// The value of the last header named `key` (Kafka allows repeats; the last one wins),
    /// or nil when absent or null.
    public func header(_ key: String) -> [UInt8]? {
        headers.last(where: { $0.key == key })?.value
    }
}
