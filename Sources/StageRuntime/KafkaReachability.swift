import Kafka

/// The start-up check shared by the workers and the CLI's Kafka commands: one bounded
/// metadata request that tells whether Kafka answers at the configured address, and which
/// topics exist. Without it librdkafka retries a wrong or unreachable address silently (a
/// worker for 30 s, then a bare `_TIMED_OUT`; `produce` for its whole message timeout), and a
/// missing topic simply yields no records.
public enum KafkaReachability {
    /// Long enough for a broker that is up, short enough to tell the operator within seconds.
    public static let probeTimeout: Duration = .seconds(5)

    /// The names of the topics Kafka reports, or `KafkaUnreachable` naming `brokers`.
    /// `properties` must carry `bootstrap.servers` and any security settings.
    public static func topicNames(
        brokers: String, properties: KafkaProperties, timeout: Duration = probeTimeout
    ) throws(KafkaUnreachable) -> Set<String> {
        do {
            let admin = try KafkaAdmin(properties: properties)
            defer { admin.close() }
            return Set(try admin.listTopics(timeout: timeout).map(\.name))
        } catch {
            throw KafkaUnreachable(brokers: brokers, timeout: timeout, cause: error)
        }
    }
}

/// Kafka did not answer a metadata request at the configured address.
public struct KafkaUnreachable: Error, CustomStringConvertible {
    public let brokers: String
    public let timeout: Duration
    public let cause: KafkaError

    public var description: String {
        "Kafka does not answer at \(brokers) within \(timeout.components.seconds) s (\(cause.name): \(cause.message)). "
            + "Check the address in \(WorkerSettings.brokers.howToSet) (and any \(WorkerSettings.kafkaPropertyPrefix)* security settings), "
            + "and that the broker is up and reachable from this host."
    }
}

/// A topic that the cluster does not have.
public struct MissingTopic: Error, CustomStringConvertible {
    public let topic: String
    public let brokers: String
    /// Where the topic name came from, e.g. "NEWSFLOW_INPUT_TOPIC or --input-topic".
    public let namedBy: String

    public init(topic: String, brokers: String, namedBy: String) {
        self.topic = topic
        self.brokers = brokers
        self.namedBy = namedBy
    }

    public var description: String {
        "topic \(topic) does not exist on \(brokers). Create the pipeline topics with "
            + "`newsflow topics create --brokers \(brokers)` (or this one with your Kafka tools), "
            + "or name an existing topic with \(namedBy)."
    }
}
