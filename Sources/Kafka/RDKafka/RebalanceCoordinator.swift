import CRdKafka

/// Applies assignment changes in the rebalance callback (eager: assign/unassign, cooperative:
/// incremental assign/unassign), tells the listener, and remembers what was revoked so `poll`
/// can drop records of those partitions it has already fetched but not yet returned.
final class RebalanceCoordinator: Sendable {
    private let listener: LockedState<(any RebalanceListener)?>
    private let revokedSinceLastPoll = LockedState<Set<TopicPartition>>([])

    init(listener: (any RebalanceListener)?) {
        self.listener = LockedState(listener)
    }

    /// Drops the listener (it often owns the consumer: this breaks the cycle on close).
    func detachListener() { listener.set(nil) }

    /// Partitions revoked since the last call.
    func takeRevoked() -> Set<TopicPartition> {
        revokedSinceLastPoll.withLock { revoked in
            defer { revoked = [] }
            return revoked
        }
    }

    func handle(
        rk: OpaquePointer, event: rd_kafka_resp_err_t,
        partitions: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?, context: ClientContext
    ) {
        let list = partitions.map { TopicPartitionList.entries(of: $0).map(\.partition) } ?? []
        let cooperative = rd_kafka_rebalance_protocol(rk).map { String(cString: $0) } == "COOPERATIVE"
        let currentListener = listener.get()
        switch event {
        case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
            if cooperative {
                report(rd_kafka_incremental_assign(rk, partitions), context)
            } else {
                report(rd_kafka_assign(rk, partitions), "assign", context)
            }
            if !list.isEmpty { currentListener?.partitionsAssigned(list) }
        case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
            if list.isEmpty {
                // Cooperative rebalances may revoke nothing: not worth a call.
            } else if rd_kafka_assignment_lost(rk) != 0 {
                currentListener?.partitionsLost(list)
            } else {
                currentListener?.partitionsRevoked(list)
            }
            if cooperative {
                report(rd_kafka_incremental_unassign(rk, partitions), context)
            } else {
                report(rd_kafka_assign(rk, nil), "unassign", context)
            }
            revokedSinceLastPoll.withLock { $0.formUnion(list) }
        default:
            context.report(KafkaError(event, message: "rebalance failed: \(String(cString: rd_kafka_err2str(event)))"))
            let assigned = TopicPartitionList.current(rk)
            if !assigned.isEmpty { currentListener?.partitionsLost(assigned) }
            report(rd_kafka_assign(rk, nil), "unassign", context)
            revokedSinceLastPoll.withLock { $0.formUnion(assigned) }
        }
    }

    private func report(_ error: OpaquePointer?, _ context: ClientContext) {
        if let error { context.report(KafkaError(consuming: error)) }
    }

    private func report(_ err: rd_kafka_resp_err_t, _ what: String, _ context: ClientContext) {
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { context.report(KafkaError(err, message: "\(what) failed: \(String(cString: rd_kafka_err2str(err)))")) }
    }
}

extension TopicPartitionList {
    /// The consumer's current assignment.
    static func current(_ rk: OpaquePointer) -> [TopicPartition] {
        var list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
        guard rd_kafka_assignment(rk, &list) == RD_KAFKA_RESP_ERR_NO_ERROR, let list else { return [] }
        return TopicPartitionList(owning: list).entries.map(\.partition)
    }
}
