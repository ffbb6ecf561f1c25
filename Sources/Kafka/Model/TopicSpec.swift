/// A topic to create with `KafkaAdmin.createTopics`.
public struct TopicSpec: Sendable {
    public var name: String
    public var partitions: Int32
    public var replicationFactor: Int16
    /// Topic configuration such as `retention.ms` or `cleanup.policy`.
    public var config: [String: String]

    public init(name: String, partitions: Int32, replicationFactor: Int16 = 1, config: [String: String] = [:]) {
        self.name = name
        self.partitions = partitions
        self.replicationFactor = replicationFactor
        self.config = config
    }
}

/// A topic as the cluster metadata describes it.
public struct TopicInfo: Sendable, Hashable {
    public var name: String
    public var partitions: Int32

    public init(name: String, partitions: Int32) {
        self.name = name
        self.partitions = partitions
    }
}
