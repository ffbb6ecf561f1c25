import CRdKafka

/// Builds `rd_kafka_t` handles: applies the properties, installs the C callbacks that forward
/// to the `ClientContext`, and turns configuration mistakes into readable errors.
enum RDKafkaClientFactory {
    enum Callbacks {
        case producer
        case consumer
        case plain
    }

    static func make(
        _ type: rd_kafka_type_t, properties: KafkaProperties, context: ClientContext, callbacks: Callbacks
    ) throws(KafkaError) -> RDHandle {
        guard let conf = rd_kafka_conf_new() else {
            throw KafkaError.invalidArgument("librdkafka could not allocate a configuration")
        }
        var errstr = [CChar](repeating: 0, count: 512)
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
            let result = rd_kafka_conf_set(conf, key, value, &errstr, errstr.count)
            if result != RD_KAFKA_CONF_OK {
                rd_kafka_conf_destroy(conf)
                let reason = CText.string(errstr)
                throw KafkaError.invalidArgument("invalid Kafka property \(key)=\(value): \(reason)")
            }
        }
        rd_kafka_conf_set_opaque(conf, context.opaque)
        rd_kafka_conf_set_log_cb(conf, logCallback)
        rd_kafka_conf_set_error_cb(conf, errorCallback)
        switch callbacks {
        // Delivery reports (and client errors) as events on the main queue: see `ProducerEvents`.
        case .producer: rd_kafka_conf_set_events(conf, Int32(RD_KAFKA_EVENT_DR))
        case .consumer: rd_kafka_conf_set_rebalance_cb(conf, rebalanceCallback)
        case .plain: break
        }
        guard let rk = rd_kafka_new(type, conf, &errstr, errstr.count) else {
            rd_kafka_conf_destroy(conf)
            let reason = CText.string(errstr)
            throw KafkaError.invalidArgument("could not create the Kafka client: \(reason)")
        }
        return RDHandle(pointer: rk)
    }
}

/// Log lines go to the caller's handler, or nowhere (librdkafka would print them to stderr).
private let logCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Void = {
    rk, level, facility, message in
    guard let rk, let context = ClientContext.from(rd_kafka_opaque(rk)), let handler = context.logHandler else { return }
    handler(level, facility.map { String(cString: $0) } ?? "", message.map { String(cString: $0) } ?? "")
}

/// Client-level errors: remembered as `lastError` and passed to the caller's handler. A fatal one
/// is enriched with the reason from `rd_kafka_fatal_error`.
private let errorCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?) -> Void = {
    rk, err, reason, opaque in
    guard let context = ClientContext.from(opaque) else { return }
    let code = rd_kafka_resp_err_t(rawValue: err)
    var error = KafkaError(code, message: reason.map { String(cString: $0) })
    if code == RD_KAFKA_RESP_ERR__FATAL, let rk {
        error = FatalErrorReader.read(rk) ?? error
    }
    context.report(error)
}

private let rebalanceCallback: @convention(c) (
    OpaquePointer?, rd_kafka_resp_err_t, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?, UnsafeMutableRawPointer?
) -> Void = { rk, err, partitions, opaque in
    guard let rk, let context = ClientContext.from(opaque), let coordinator = context.rebalance else { return }
    coordinator.handle(rk: rk, event: err, partitions: partitions, context: context)
}
