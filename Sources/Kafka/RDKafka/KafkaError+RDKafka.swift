import CRdKafka

/// Construction of `KafkaError` from librdkafka's two error shapes: a bare `rd_kafka_resp_err_t`
/// and an `rd_kafka_error_t` object (which knows fatal/retriable/abortable itself).
extension KafkaError {
    /// From a bare error code. librdkafka does not classify those, so retriability comes from
    /// the known transient codes; fatality is taken from `_FATAL`.
    init(_ err: rd_kafka_resp_err_t, message: String? = nil) {
        let name = String(cString: rd_kafka_err2name(err))
        let text = message ?? String(cString: rd_kafka_err2str(err))
        self.init(
            code: err.rawValue, name: name, message: text,
            isFatal: err == RD_KAFKA_RESP_ERR__FATAL,
            isRetriable: KafkaError.transientCodes.contains(err.rawValue),
            requiresAbort: false)
    }

    /// From an `rd_kafka_error_t`, which it destroys.
    init(consuming error: OpaquePointer) {
        defer { rd_kafka_error_destroy(error) }
        self.init(
            code: rd_kafka_error_code(error).rawValue,
            name: String(cString: rd_kafka_error_name(error)),
            message: String(cString: rd_kafka_error_string(error)),
            isFatal: rd_kafka_error_is_fatal(error) != 0,
            isRetriable: rd_kafka_error_is_retriable(error) != 0,
            requiresAbort: rd_kafka_error_txn_requires_abort(error) != 0)
    }

    /// Throws the error object if there is one (the usual return of librdkafka's newer calls).
    static func check(_ error: OpaquePointer?) throws(KafkaError) {
        if let error { throw KafkaError(consuming: error) }
    }

    /// Throws unless `err` is `NO_ERROR`.
    static func check(_ err: rd_kafka_resp_err_t, _ context: String) throws(KafkaError) {
        guard err != RD_KAFKA_RESP_ERR_NO_ERROR else { return }
        let base = KafkaError(err)
        throw KafkaError(
            code: base.code, name: base.name, message: "\(context): \(base.message)",
            isFatal: base.isFatal, isRetriable: base.isRetriable, requiresAbort: false)
    }

    /// The wrapper's own errors reuse librdkafka codes so callers can branch on `code` alone.
    static func invalidArgument(_ message: String) -> KafkaError {
        KafkaError(RD_KAFKA_RESP_ERR__INVALID_ARG, message: message)
    }

    static func clientClosed(_ what: String) -> KafkaError {
        KafkaError(RD_KAFKA_RESP_ERR__DESTROY, message: "the \(what) is closed; create a new one")
    }

    /// Codes that describe a passing condition (broker unreachable, leader moving, coordinator
    /// loading, local queue full): the same request can succeed later.
    static let transientCodes: Set<Int32> = [
        RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN,
        RD_KAFKA_RESP_ERR__MSG_TIMED_OUT, RD_KAFKA_RESP_ERR__TIMED_OUT,
        RD_KAFKA_RESP_ERR__TIMED_OUT_QUEUE, RD_KAFKA_RESP_ERR__QUEUE_FULL,
        RD_KAFKA_RESP_ERR__WAIT_COORD, RD_KAFKA_RESP_ERR__RESOLVE,
        RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION, RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC,
        RD_KAFKA_RESP_ERR__OUTDATED,
        RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, RD_KAFKA_RESP_ERR_NETWORK_EXCEPTION,
        RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
        RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS, RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS_AFTER_APPEND,
        RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS, RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE,
        RD_KAFKA_RESP_ERR_NOT_COORDINATOR, RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS,
        RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART, RD_KAFKA_RESP_ERR_KAFKA_STORAGE_ERROR,
        RD_KAFKA_RESP_ERR_CONCURRENT_TRANSACTIONS, RD_KAFKA_RESP_ERR_FETCH_SESSION_ID_NOT_FOUND,
        RD_KAFKA_RESP_ERR_THROTTLING_QUOTA_EXCEEDED, RD_KAFKA_RESP_ERR_OFFSET_NOT_AVAILABLE,
        RD_KAFKA_RESP_ERR_PREFERRED_LEADER_NOT_AVAILABLE, RD_KAFKA_RESP_ERR_FENCED_LEADER_EPOCH,
        RD_KAFKA_RESP_ERR_UNKNOWN_LEADER_EPOCH,
    ].reduce(into: Set<Int32>()) { $0.insert($1.rawValue) }
}
