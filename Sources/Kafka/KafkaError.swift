/// An error from librdkafka or from this wrapper, with what the caller should do about it.
///
/// - `isFatal`: the client can no longer be used; close it and build a new one.
/// - `requiresAbort`: abort the current transaction, then carry on.
/// - `isRetriable`: the same call may succeed if repeated (after a backoff).
public struct KafkaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `rd_kafka_resp_err_t` raw value (negative: client-side, positive: broker error code).
    public let code: Int32
    /// librdkafka's symbolic name, e.g. `_TRANSPORT` or `UNKNOWN_TOPIC_OR_PART`.
    public let name: String
    public let message: String
    public let isFatal: Bool
    public let isRetriable: Bool
    public let requiresAbort: Bool

    public init(
        code: Int32, name: String, message: String,
        isFatal: Bool = false, isRetriable: Bool = false, requiresAbort: Bool = false
    ) {
        self.code = code
        self.name = name
        self.message = message
        self.isFatal = isFatal
        self.isRetriable = isRetriable
        self.requiresAbort = requiresAbort
    }

    public var description: String { "\(name): \(message)" }
}
