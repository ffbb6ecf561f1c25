import CRdKafka

/// Group consumer. Every call blocks: run them on a dedicated thread, never on Swift's
/// cooperative pool.
///
/// `enable.auto.commit=false` and `enable.auto.offset.store=false` are forced: the caller decides
/// when work is done and commits (`commit`, or `storeOffsets` + `commitStored`).
/// `auto.offset.reset` defaults to `earliest`, so a new group reads what was produced before it
/// joined. `group.id` is required.
// @unchecked: the librdkafka handle is thread-safe; the wrapper's own state is in `HandleGuard`,
// `LockedState` and immutable lets.
public final class KafkaConsumer: @unchecked Sendable {
    let handle: RDHandle
    private let context: ClientContext
    private let rebalance: RebalanceCoordinator
    let handleGuard = HandleGuard(what: "Kafka consumer")
    private let closed = LockedState(false)

    public init(
        properties: KafkaProperties,
        rebalanceListener: RebalanceListener?,
        logHandler: KafkaLogHandler? = nil,
        errorHandler: KafkaErrorHandler? = nil
    ) throws(KafkaError) {
        guard let group = properties["group.id"], !group.isEmpty else {
            throw KafkaError.invalidArgument("a consumer needs the group.id property")
        }
        var properties = properties
        properties["enable.auto.commit"] = "false"
        properties["enable.auto.offset.store"] = "false"
        if properties["auto.offset.reset"] == nil { properties["auto.offset.reset"] = "earliest" }
        rebalance = RebalanceCoordinator(listener: rebalanceListener)
        context = ClientContext(logHandler: logHandler, errorHandler: errorHandler, rebalance: rebalance)
        handle = try RDKafkaClientFactory.make(RD_KAFKA_CONSUMER, properties: properties, context: context, callbacks: .consumer)
        // Serve error and rebalance callbacks from `poll` (one queue, one thread).
        _ = rd_kafka_poll_set_consumer(handle.pointer)
    }

    deinit { close() }

    /// Joins the group for these topics (replacing any previous subscription).
    public func subscribe(_ topics: [String]) throws(KafkaError) {
        guard !topics.isEmpty else { throw KafkaError.invalidArgument("subscribe needs at least one topic") }
        let list = TopicPartitionList(topics.map { TopicPartition(topic: $0, partition: RD_KAFKA_PARTITION_UA) })
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_subscribe(handle.pointer, list.pointer), "subscribe to \(topics.joined(separator: ", "))")
        }
    }

    /// Up to `maxRecords` records; returns with what it has once `timeout` has passed.
    /// With `fillWait`, it waits only that long for more once it holds a record: `.zero`
    /// takes what librdkafka has already fetched, so a stage under light load hands each
    /// record on at once, while under load its local queue still fills whole batches.
    /// Rebalance callbacks run inside. Partition-EOF is skipped; a fatal error is thrown;
    /// transient errors go to the error handler and `lastError` (librdkafka retries by itself).
    /// Records fetched in this call from partitions revoked later in the same call are dropped
    /// (they are fetched again from the committed offset by whoever owns the partition next).
    public func poll(maxRecords: Int, timeout: Duration, fillWait: Duration? = nil) throws(KafkaError) -> [KafkaRecord] {
        guard maxRecords > 0 else { return [] }
        return try handleGuard.run { () throws(KafkaError) -> [KafkaRecord] in
            var records: [KafkaRecord] = []
            let clock = ContinuousClock()
            var deadline = clock.now.advanced(by: max(timeout, .zero))
            while records.count < maxRecords {
                if let fillWait, !records.isEmpty { deadline = min(deadline, clock.now.advanced(by: max(fillWait, .zero))) }
                let remainingMs = clock.now.duration(to: deadline).clampedMilliseconds
                let message = rd_kafka_consumer_poll(handle.pointer, remainingMs)
                // Rebalance callbacks run inside consumer_poll, before it returns a message: drop
                // what was fetched earlier from partitions revoked now (the next owner, or this
                // consumer after a reassignment, fetches them again from the committed offset).
                let revoked = rebalance.takeRevoked()
                if !revoked.isEmpty { records.removeAll { revoked.contains($0.topicPartition) } }
                guard let message else {
                    if remainingMs == 0 { break }
                    continue
                }
                defer { rd_kafka_message_destroy(message) }
                if message.pointee.err == RD_KAFKA_RESP_ERR_NO_ERROR {
                    records.append(ConsumedMessage.record(from: message))
                } else {
                    try handle(errorMessage: message)
                }
            }
            return records
        }
    }

    private func handle(errorMessage message: UnsafeMutablePointer<rd_kafka_message_t>) throws(KafkaError) {
        let err = message.pointee.err
        if err == RD_KAFKA_RESP_ERR__PARTITION_EOF { return }
        if err == RD_KAFKA_RESP_ERR__FATAL {
            throw FatalErrorReader.read(handle.pointer) ?? ConsumedMessage.error(from: message)
        }
        context.report(ConsumedMessage.error(from: message))
    }

    /// Commits these offsets synchronously. `offsets` are the NEXT offsets to consume.
    public func commit(_ offsets: [TopicPartition: KafkaOffset]) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let list = TopicPartitionList(offsets)
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_commit(handle.pointer, list.pointer, 0), "commit")
            try list.checkPartitionErrors("commit")
        }
    }

    /// Records offsets (NEXT to consume) for a later `commitStored`. Only partitions currently
    /// assigned can be stored.
    public func storeOffsets(_ offsets: [TopicPartition: KafkaOffset]) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let list = TopicPartitionList(offsets)
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_offsets_store(handle.pointer, list.pointer), "store offsets")
            try list.checkPartitionErrors("store offset")
        }
    }

    /// Commits the stored offsets synchronously; nothing stored is not an error.
    public func commitStored() throws(KafkaError) {
        try handleGuard.run { () throws(KafkaError) in
            let err = rd_kafka_commit(handle.pointer, nil, 0)
            if err == RD_KAFKA_RESP_ERR__NO_OFFSET { return }
            try KafkaError.check(err, "commit stored offsets")
        }
    }

    /// The group's committed offsets; `KafkaOffset.invalid` where none was committed.
    public func committed(_ partitions: [TopicPartition], timeout: Duration) throws(KafkaError) -> [TopicPartition: KafkaOffset] {
        guard !partitions.isEmpty else { return [:] }
        let list = TopicPartitionList(partitions)
        return try handleGuard.run { () throws(KafkaError) -> [TopicPartition: KafkaOffset] in
            try KafkaError.check(rd_kafka_committed(handle.pointer, list.pointer, timeout.clampedMilliseconds), "read committed offsets")
            try list.checkPartitionErrors("read committed offset of")
            return list.offsets
        }
    }

    /// Moves the fetch position of an assigned partition (`KafkaOffset.beginning`/`.end` work).
    public func seek(_ partition: TopicPartition, to offset: KafkaOffset, timeout: Duration) throws(KafkaError) {
        let list = TopicPartitionList([partition: offset])
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_seek_partitions(handle.pointer, list.pointer, timeout.clampedMilliseconds))
            try list.checkPartitionErrors("seek")
        }
    }

    /// The partitions currently assigned to this consumer.
    public func assignment() throws(KafkaError) -> [TopicPartition] {
        try handleGuard.run { () throws(KafkaError) -> [TopicPartition] in
            var list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
            try KafkaError.check(rd_kafka_assignment(handle.pointer, &list), "read assignment")
            guard let list else { return [] }
            return TopicPartitionList(owning: list).entries.map(\.partition)
                .sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
        }
    }

    /// The partition's high watermark (the offset the next produced record will get) as
    /// last seen in a fetch response: librdkafka's cached value, no broker round trip.
    /// Nil before the partition's first fetch. `highWatermark − committed` is the lag.
    public func cachedHighWatermark(_ partition: TopicPartition) -> KafkaOffset? {
        var low: Int64 = 0
        var high: Int64 = 0
        let error = rd_kafka_get_watermark_offsets(handle.pointer, partition.topic, partition.partition, &low, &high)
        guard error == RD_KAFKA_RESP_ERR_NO_ERROR, high >= 0 else { return nil }
        return KafkaOffset(rawValue: high)
    }

    /// The most recent transient error reported outside a call.
    public var lastError: KafkaError? { context.lastError.get() }

    /// The group identity a transactional producer needs for `sendOffsetsToTransaction`.
    /// The caller destroys it.
    func groupMetadata() throws(KafkaError) -> RDHandle {
        try handleGuard.run { () throws(KafkaError) -> RDHandle in
            guard let metadata = rd_kafka_consumer_group_metadata(handle.pointer) else {
                throw KafkaError.invalidArgument("the consumer has no group metadata (is group.id set?)")
            }
            return RDHandle(pointer: metadata)
        }
    }

    /// Leaves the group (the listener hears `partitionsRevoked` first), then destroys the client.
    /// Idempotent.
    public func close() {
        let alreadyClosed = closed.withLock { flag -> Bool in
            defer { flag = true }
            return flag
        }
        guard !alreadyClosed else { return }
        handleGuard.waitIdle()
        let err = rd_kafka_consumer_close(handle.pointer)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { context.report(KafkaError(err)) }
        guard handleGuard.close() else { return }
        rebalance.detachListener()
        rd_kafka_destroy(handle.pointer)
    }
}
