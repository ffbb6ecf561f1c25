import CRdKafka

/// An owned `rd_kafka_topic_partition_list_t`, converted from and to Swift values.
final class TopicPartitionList {
    let pointer: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>

    init(capacity: Int) {
        pointer = rd_kafka_topic_partition_list_new(Int32(clamping: max(capacity, 1)))
    }

    convenience init(_ partitions: [TopicPartition], offset: KafkaOffset = .invalid) {
        self.init(capacity: partitions.count)
        for tp in partitions { add(tp, offset: offset) }
    }

    convenience init(_ offsets: [TopicPartition: KafkaOffset]) {
        self.init(capacity: offsets.count)
        for (tp, offset) in offsets.sorted(by: { ($0.key.topic, $0.key.partition) < ($1.key.topic, $1.key.partition) }) {
            add(tp, offset: offset)
        }
    }

    /// Takes ownership of a list librdkafka allocated for us.
    init(owning pointer: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) {
        self.pointer = pointer
    }

    deinit { rd_kafka_topic_partition_list_destroy(pointer) }

    func add(_ tp: TopicPartition, offset: KafkaOffset) {
        let element = rd_kafka_topic_partition_list_add(pointer, tp.topic, tp.partition)
        element?.pointee.offset = offset.rawValue
    }

    var entries: [(partition: TopicPartition, offset: KafkaOffset, error: rd_kafka_resp_err_t)] {
        Self.entries(of: pointer)
    }

    var offsets: [TopicPartition: KafkaOffset] {
        Dictionary(entries.map { ($0.partition, $0.offset) }, uniquingKeysWith: { _, last in last })
    }

    /// Throws the first per-partition error, naming the partition.
    func checkPartitionErrors(_ context: String) throws(KafkaError) {
        for entry in entries where entry.error != RD_KAFKA_RESP_ERR_NO_ERROR {
            try KafkaError.check(entry.error, "\(context) \(entry.partition)")
        }
    }

    /// Reads a list librdkafka owns (e.g. in the rebalance callback).
    static func entries(
        of list: UnsafePointer<rd_kafka_topic_partition_list_t>
    ) -> [(partition: TopicPartition, offset: KafkaOffset, error: rd_kafka_resp_err_t)] {
        guard let elems = list.pointee.elems else { return [] }
        return (0..<Int(max(list.pointee.cnt, 0))).map { i in
            let e = elems[i]
            let topic = e.topic.map { String(cString: $0) } ?? ""
            return (TopicPartition(topic: topic, partition: e.partition), KafkaOffset(rawValue: e.offset), e.err)
        }
    }
}
