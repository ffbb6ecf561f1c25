import CRdKafka

/// Metadata reads: topics with partition counts, and whether the cluster has a reachable
/// controller (librdkafka's mock cluster reports controller 0, which is none of its brokers).
enum ClusterMetadata {
    /// All topics, or only `topic` (asking for one topic lets the cluster auto-create it).
    static func topics(_ rk: OpaquePointer, only topic: String? = nil, timeout: Duration) throws(KafkaError) -> [(name: String, partitions: Int32, error: rd_kafka_resp_err_t)] {
        var rkt: OpaquePointer?
        if let topic { rkt = rd_kafka_topic_new(rk, topic, nil) }
        defer { if let rkt { rd_kafka_topic_destroy(rkt) } }
        var metadata: UnsafePointer<rd_kafka_metadata>?
        try KafkaError.check(rd_kafka_metadata(rk, rkt == nil ? 1 : 0, rkt, &metadata, timeout.clampedMilliseconds), "read cluster metadata")
        guard let metadata else { return [] }
        defer { rd_kafka_metadata_destroy(metadata) }
        guard let topics = metadata.pointee.topics else { return [] }
        return (0..<Int(max(metadata.pointee.topic_cnt, 0))).map { i in
            let t = topics[i]
            return (t.topic.map { String(cString: $0) } ?? "", t.partition_cnt, t.err)
        }
    }

    /// True when the controller librdkafka learns of is one of the cluster's brokers.
    static func hasController(_ rk: OpaquePointer, timeout: Duration) throws(KafkaError) -> Bool {
        var metadata: UnsafePointer<rd_kafka_metadata>?
        try KafkaError.check(rd_kafka_metadata(rk, 0, nil, &metadata, timeout.clampedMilliseconds), "read cluster metadata")
        guard let metadata else { return false }
        defer { rd_kafka_metadata_destroy(metadata) }
        let controller = rd_kafka_controllerid(rk, timeout.clampedMilliseconds)
        guard controller >= 0, let brokers = metadata.pointee.brokers else { return false }
        return (0..<Int(max(metadata.pointee.broker_cnt, 0))).contains { brokers[$0].id == controller }
    }
}
