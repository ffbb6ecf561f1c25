/// How a stage makes its outputs and its consumer offsets agree.
public enum DeliveryMode: String, Sendable, CaseIterable {
    /// One Kafka transaction per batch: outputs, dead letters and consumer offsets
    /// commit together (KIP-447). Downstream reads with `isolation.level=read_committed`.
    case exactlyOnce = "exactly-once"
    /// Idempotent producer; offsets are committed only after every output of the batch
    /// is acknowledged. A crash can replay a batch: duplicates are byte-identical.
    case atLeastOnce = "at-least-once"
}
