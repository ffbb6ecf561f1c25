/// librdkafka configuration properties (`bootstrap.servers`, `group.id`, ...), passed through
/// unchanged so any tuning, SASL or TLS setting works without a wrapper change.
public typealias KafkaProperties = [String: String]
