/// How a replica joins its stage's consumer group.
///
/// Static membership (KIP-345) keeps a replica's partitions through a restart: the new
/// process joins with the same `group.instance.id` and the group does not rebalance. The
/// price is that a replica stopped for good holds its partitions until the session timeout,
/// because a static member does not leave the group on shutdown; scale in with `dynamic`.
public enum GroupMembership: String, Sendable, CaseIterable {
    /// `group.instance.id` is the instance id.
    case `static`
    /// No `group.instance.id`: a new member id per process, LeaveGroup on shutdown.
    case dynamic
}
