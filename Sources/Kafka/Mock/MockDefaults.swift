/// Client properties that make clients behave well against `MockCluster`.
public enum MockDefaults {
    /// The mock answers a fetch only after `fetch.wait.max.ms` (no wake-up when data arrives),
    /// so the wait is short; reconnect and retry backoffs are short so fault-injection tests
    /// recover quickly. Merge with the client's own properties (theirs win).
    public static let clientProperties: KafkaProperties = [
        "fetch.wait.max.ms": "10",
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
