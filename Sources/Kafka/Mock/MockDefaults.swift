/// Client properties that make clients behave well against `MockCluster`.
public enum MockDefaults {
    /// The mock answers a fetch only after `fetch.wait.max.ms` (no wake-up when data arrives),
    /// so the wait is short. Its group coordinator waits about `session.timeout.ms` - 1 s for
    /// members to rejoin a rebalance (with librdkafka's 45 s default a join or a restart after
    /// `kill -9` stalls for most of a minute), so the session is short and heartbeats frequent.
    /// Reconnect and retry backoffs are short so fault injection recovers quickly. Producers
    /// ignore the consumer-only keys (librdkafka logs a warning). Merge with the client's own
    /// properties (theirs win).
    public static let clientProperties: KafkaProperties = [
        "fetch.wait.max.ms": "10",
        "session.timeout.ms": "3000",
        "heartbeat.interval.ms": "200",
        "fetch.error.backoff.ms": "10",
        "reconnect.backoff.ms": "10",
        "reconnect.backoff.max.ms": "200",
        "retry.backoff.ms": "10",
        "topic.metadata.refresh.interval.ms": "1000",
    ]

    /// `clientProperties` plus the cluster's bootstrap address and `extra` (which wins).
    public static func properties(for cluster: MockCluster, _ extra: KafkaProperties = [:]) -> KafkaProperties {
        var properties = clientProperties
        properties["bootstrap.servers"] = cluster.bootstrapServers
        properties.merge(extra) { _, new in new }
        return properties
    }
}
