/// Receives librdkafka log lines (`level` is syslog-style: 3 error, 4 warning, 6 info, 7 debug).
/// Called on librdkafka's internal threads, so it must be thread-safe.
public typealias KafkaLogHandler = @Sendable (_ level: Int32, _ facility: String, _ message: String) -> Void

/// Receives client-level errors librdkafka reports outside any call (broker down, all brokers
/// down, authentication failures). Most are transient: librdkafka keeps retrying by itself.
public typealias KafkaErrorHandler = @Sendable (KafkaError) -> Void
