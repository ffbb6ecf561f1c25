import CRdKafka
import Foundation

/// One `rd_kafka_CreateTopics` request and its result event.
enum TopicCreation {
    static func create(_ topics: [TopicSpec], on rk: OpaquePointer, timeout: Duration) throws(KafkaError) {
        var errstr = [CChar](repeating: 0, count: 512)
        var newTopics: [OpaquePointer?] = []
        defer { newTopics.forEach { if let t = $0 { rd_kafka_NewTopic_destroy(t) } } }
        for spec in topics {
            guard let topic = rd_kafka_NewTopic_new(spec.name, spec.partitions, Int32(spec.replicationFactor), &errstr, errstr.count) else {
                throw KafkaError.invalidArgument("topic \(spec.name): \(CText.string(errstr))")
            }
            newTopics.append(topic)
            for (key, value) in spec.config.sorted(by: { $0.key < $1.key }) {
                try KafkaError.check(rd_kafka_NewTopic_set_config(topic, key, value), "topic \(spec.name) config \(key)")
            }
        }
        guard let queue = rd_kafka_queue_new(rk) else { throw KafkaError.invalidArgument("could not create a result queue") }
        defer { rd_kafka_queue_destroy(queue) }
        let options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS)
        defer { if let options { rd_kafka_AdminOptions_destroy(options) } }
        if let options {
            _ = rd_kafka_AdminOptions_set_request_timeout(options, timeout.clampedMilliseconds, &errstr, errstr.count)
            _ = rd_kafka_AdminOptions_set_operation_timeout(options, timeout.clampedMilliseconds, &errstr, errstr.count)
        }
        newTopics.withUnsafeMutableBufferPointer { rd_kafka_CreateTopics(rk, $0.baseAddress, $0.count, options, queue) }

        // A little more than the request timeout: librdkafka answers with a timeout error itself.
        guard let event = rd_kafka_queue_poll(queue, (timeout + .seconds(1)).clampedMilliseconds) else {
            throw KafkaError(RD_KAFKA_RESP_ERR__TIMED_OUT, message: "no answer to CreateTopics within \(timeout)")
        }
        defer { rd_kafka_event_destroy(event) }
        try KafkaError.check(rd_kafka_event_error(event), "create topics")
        guard let result = rd_kafka_event_CreateTopics_result(event) else { return }
        var count = 0
        guard let results = rd_kafka_CreateTopics_result_topics(result, &count) else { return }
        for i in 0..<count {
            guard let topicResult = results[i] else { continue }
            let err = rd_kafka_topic_result_error(topicResult)
            if err == RD_KAFKA_RESP_ERR_NO_ERROR || err == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS { continue }
            let name = rd_kafka_topic_result_name(topicResult).map { String(cString: $0) } ?? "?"
            let reason = rd_kafka_topic_result_error_string(topicResult).map { String(cString: $0) } ?? ""
            throw KafkaError(err, message: "create topic \(name): \(reason)")
        }
    }

    /// For clusters without a controller: ask for each topic's metadata until it exists.
    static func autoCreate(_ topics: [TopicSpec], on rk: OpaquePointer, timeout: Duration) throws(KafkaError) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: max(timeout, .zero))
        for spec in topics {
            guard spec.partitions > 0 else {
                throw KafkaError.invalidArgument("topic \(spec.name): the partition count must be positive")
            }
            var partitions: Int32 = 0
            while partitions == 0 {
                let found = try ClusterMetadata.topics(rk, only: spec.name, timeout: timeout)
                    .first { $0.name == spec.name && $0.error == RD_KAFKA_RESP_ERR_NO_ERROR }
                partitions = found?.partitions ?? 0
                if partitions == 0 {
                    guard clock.now < deadline else {
                        throw KafkaError(RD_KAFKA_RESP_ERR__TIMED_OUT, message: "topic \(spec.name) was not auto-created within \(timeout)")
                    }
                    usleep(20_000)
                }
            }
            guard partitions == spec.partitions else {
                throw KafkaError(
                    RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE,
                    message: "topic \(spec.name) has \(partitions) partitions, not \(spec.partitions): this cluster has no controller "
                        + "to create topics (librdkafka mock), so it auto-created or already had it; create mock topics with MockCluster.createTopic")
            }
        }
    }
}
