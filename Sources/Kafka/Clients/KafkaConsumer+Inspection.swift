import CRdKafka
import Foundation

/// What a reader that is not a pipeline stage needs: reading partitions without joining a
/// group (`assign`), the partitions' first and next offsets (`watermarks`), the partition
/// count of a topic, and committed offsets that carry a note (`commit(_:metadata:)`), which
/// the dead-letter replay uses to remember what it already sent.
extension KafkaConsumer {
    /// Reads these partitions from these offsets, without joining the consumer group (no
    /// rebalance, no commit needed). Replaces any previous assignment; an empty map stops
    /// reading. `KafkaOffset.beginning` and `.end` work.
    public func assign(_ offsets: [TopicPartition: KafkaOffset]) throws(KafkaError) {
        let list = TopicPartitionList(offsets)
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_assign(handle.pointer, offsets.isEmpty ? nil : list.pointer), "assign partitions")
        }
    }

    /// The partition's low watermark (its oldest offset still on the broker) and high
    /// watermark (the offset the next record will get), asked of the partition's leader.
    /// `high - low` is how many records it holds; `high - committed` is a group's lag.
    public func watermarks(_ partition: TopicPartition, timeout: Duration) throws(KafkaError) -> (low: KafkaOffset, high: KafkaOffset) {
        try handleGuard.run { () throws(KafkaError) -> (low: KafkaOffset, high: KafkaOffset) in
            var low: Int64 = 0
            var high: Int64 = 0
            try KafkaError.check(
                rd_kafka_query_watermark_offsets(handle.pointer, partition.topic, partition.partition, &low, &high, timeout.clampedMilliseconds),
                "read the watermarks of \(partition)")
            return (KafkaOffset(rawValue: low), KafkaOffset(rawValue: high))
        }
    }

    /// How many partitions `topic` has; nil when the cluster does not know the topic.
    public func partitionCount(of topic: String, timeout: Duration) throws(KafkaError) -> Int32? {
        try handleGuard.run { () throws(KafkaError) -> Int32? in
            let topics = try ClusterMetadata.topics(handle.pointer, timeout: timeout)
            guard let entry = topics.first(where: { $0.name == topic }), entry.error == RD_KAFKA_RESP_ERR_NO_ERROR else { return nil }
            return entry.partitions
        }
    }

    /// Commits offsets (the NEXT to consume) with a note per partition, kept by the broker
    /// with the offset (Kafka's offset metadata; brokers keep up to
    /// `offset.metadata.max.bytes`, 4096 by default). Works without joining the group, as
    /// long as no member of the group is active.
    public func commit(_ offsets: [TopicPartition: (offset: KafkaOffset, metadata: String)]) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let list = TopicPartitionList(capacity: offsets.count)
        for (partition, entry) in offsets.sorted(by: { ($0.key.topic, $0.key.partition) < ($1.key.topic, $1.key.partition) }) {
            list.add(partition, offset: entry.offset, metadata: entry.metadata)
        }
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_commit(handle.pointer, list.pointer, 0), "commit")
            try list.checkPartitionErrors("commit")
        }
    }

    /// The group's committed offsets with their notes; `KafkaOffset.invalid` and an empty
    /// note where nothing was committed.
    public func committedWithMetadata(
        _ partitions: [TopicPartition], timeout: Duration
    ) throws(KafkaError) -> [TopicPartition: (offset: KafkaOffset, metadata: String)] {
        guard !partitions.isEmpty else { return [:] }
        let list = TopicPartitionList(partitions)
        return try handleGuard.run { () throws(KafkaError) -> [TopicPartition: (offset: KafkaOffset, metadata: String)] in
            try KafkaError.check(rd_kafka_committed(handle.pointer, list.pointer, timeout.clampedMilliseconds), "read committed offsets")
            try list.checkPartitionErrors("read committed offset of")
            var result: [TopicPartition: (offset: KafkaOffset, metadata: String)] = [:]
            for entry in list.entriesWithMetadata { result[entry.partition] = (entry.offset, entry.metadata) }
            return result
        }
    }
}

extension TopicPartitionList {
    /// Adds a partition with an offset and a note; librdkafka frees the note with the list.
    func add(_ tp: TopicPartition, offset: KafkaOffset, metadata: String) {
        guard let element = rd_kafka_topic_partition_list_add(pointer, tp.topic, tp.partition) else { return }
        element.pointee.offset = offset.rawValue
        let bytes = Array(metadata.utf8)
        guard !bytes.isEmpty, let copy = malloc(bytes.count) else { return }
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        element.pointee.metadata = copy
        element.pointee.metadata_size = bytes.count
    }

    /// Entries with their metadata read as UTF-8 (empty when none).
    var entriesWithMetadata: [(partition: TopicPartition, offset: KafkaOffset, metadata: String)] {
        guard let elems = pointer.pointee.elems else { return [] }
        return (0..<Int(max(pointer.pointee.cnt, 0))).map { i in
            let e = elems[i]
            let topic = e.topic.map { String(cString: $0) } ?? ""
            var metadata = ""
            if let raw = e.metadata, e.metadata_size > 0 {
                metadata = String(decoding: UnsafeRawBufferPointer(start: raw, count: e.metadata_size), as: UTF8.self)
            }
            return (TopicPartition(topic: topic, partition: e.partition), KafkaOffset(rawValue: e.offset), metadata)
        }
    }
}

extension KafkaConsumer {
    /// The next offset this consumer will fetch from each assigned partition
    /// (`KafkaOffset.invalid` before the first fetch). It moves past transaction markers,
    /// so "position ≥ high watermark" means a partition was read to its end.
    public func positions(_ partitions: [TopicPartition]) throws(KafkaError) -> [TopicPartition: KafkaOffset] {
        guard !partitions.isEmpty else { return [:] }
        let list = TopicPartitionList(partitions)
        return try handleGuard.run { () throws(KafkaError) -> [TopicPartition: KafkaOffset] in
            try KafkaError.check(rd_kafka_position(handle.pointer, list.pointer), "read positions")
            return list.offsets
        }
    }
}
