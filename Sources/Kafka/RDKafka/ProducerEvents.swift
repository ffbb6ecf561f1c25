import CRdKafka

/// Serves a producer's main queue as events. Delivery reports come as events rather than
/// through `dr_msg_cb` so that `rd_kafka_flush` (and the flush inside `commit_transaction`)
/// waits on librdkafka's message counter instead of polling: in callback mode a flush whose
/// report was taken by the producer's own poll thread sat out a 10 ms poll before it noticed.
enum ProducerEvents {
    /// Waits up to `timeoutMs` for one event and serves it. Returns whether there was one.
    @discardableResult
    static func serveOne(_ queue: OpaquePointer, client rk: OpaquePointer, context: ClientContext, timeoutMs: Int32) -> Bool {
        guard let event = rd_kafka_queue_poll(queue, timeoutMs) else { return false }
        defer { rd_kafka_event_destroy(event) }
        switch Int32(rd_kafka_event_type(event)) {
        case RD_KAFKA_EVENT_DR:
            while let message = rd_kafka_event_message_next(event) {
                deliver(message.pointee, context: context)
            }
        case RD_KAFKA_EVENT_ERROR:
            let code = rd_kafka_event_error(event)
            var error = KafkaError(code, message: rd_kafka_event_error_string(event).map { String(cString: $0) })
            if code == RD_KAFKA_RESP_ERR__FATAL { error = FatalErrorReader.read(rk) ?? error }
            context.report(error)
        default:
            break
        }
        return true
    }

    /// The per-message opaque is a retained `DeliveryCallback`, released here; a failure
    /// without one goes to the client's error handler.
    private static func deliver(_ message: rd_kafka_message_t, context: ClientContext) {
        let result = DeliveryCallback.result(of: message)
        if let box = message._private {
            Unmanaged<DeliveryCallback>.fromOpaque(box).takeRetainedValue().body(result)
        } else if case .failure(let error) = result {
            context.report(error)
        }
    }
}
