/// Hears about partition assignment changes of a `KafkaConsumer`.
///
/// Called on the consumer's polling thread, inside `poll` (or `close`). `partitionsRevoked` runs
/// BEFORE the wrapper gives the partitions up, so the listener can finish and commit in-flight
/// work for them first. `partitionsAssigned` runs right AFTER the wrapper has taken the partitions,
/// so the listener may already `seek` or read `committed()` for them. Works for both the eager and
/// the cooperative (`cooperative-sticky`) protocols: with cooperative, the lists hold only the
/// partitions that change. Never called with an empty list.
public protocol RebalanceListener: AnyObject, Sendable {
    func partitionsAssigned(_ partitions: [TopicPartition])
    func partitionsRevoked(_ partitions: [TopicPartition])
    /// The partitions were taken away without an orderly revoke (session timeout, fenced member):
    /// their offsets can no longer be committed. Defaults to `partitionsRevoked`.
    func partitionsLost(_ partitions: [TopicPartition])
}

extension RebalanceListener {
    public func partitionsLost(_ partitions: [TopicPartition]) { partitionsRevoked(partitions) }
}
