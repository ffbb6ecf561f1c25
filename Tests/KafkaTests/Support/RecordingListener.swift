import Kafka
import Synchronization

/// A rebalance listener that records the events it hears, in order.
final class RecordingListener: RebalanceListener {
    enum Event: Equatable {
        case assigned([TopicPartition])
        case revoked([TopicPartition])
    }

    private let recorded = Mutex<[Event]>([])
    /// Called inside `partitionsRevoked`, before the consumer gives the partitions up.
    private let onRevoke: (@Sendable ([TopicPartition]) -> Void)?

    init(onRevoke: (@Sendable ([TopicPartition]) -> Void)? = nil) { self.onRevoke = onRevoke }

    var events: [Event] { recorded.withLock { $0 } }

    /// The partitions held after replaying the events (works for eager and cooperative).
    var held: Set<TopicPartition> {
        events.reduce(into: Set<TopicPartition>()) { held, event in
            switch event {
            case .assigned(let tps): held.formUnion(tps)
            case .revoked(let tps): held.subtract(tps)
            }
        }
    }

    func partitionsAssigned(_ partitions: [TopicPartition]) {
        recorded.withLock { $0.append(.assigned(partitions.sorted { $0.partition < $1.partition })) }
    }

    func partitionsRevoked(_ partitions: [TopicPartition]) {
        onRevoke?(partitions)
        recorded.withLock { $0.append(.revoked(partitions.sorted { $0.partition < $1.partition })) }
    }
}
