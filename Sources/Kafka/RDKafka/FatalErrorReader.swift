import CRdKafka

/// Reads a client's fatal error, if it has raised one (idempotent and transactional producers,
/// consumers with static membership).
enum FatalErrorReader {
    static func read(_ rk: OpaquePointer) -> KafkaError? {
        var buffer = [CChar](repeating: 0, count: 512)
        let code = rd_kafka_fatal_error(rk, &buffer, buffer.count)
        guard code != RD_KAFKA_RESP_ERR_NO_ERROR else { return nil }
        let reason = CText.string(buffer)
        let base = KafkaError(code)
        return KafkaError(
            code: base.code, name: base.name, message: reason.isEmpty ? base.message : reason,
            isFatal: true, isRetriable: false, requiresAbort: false)
    }
}
