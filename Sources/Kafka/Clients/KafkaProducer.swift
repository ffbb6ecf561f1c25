import CRdKafka
import Foundation

/// Idempotent or transactional producer (transactional when the properties contain
/// `transactional.id`). It owns a background thread that serves the client's events, so
/// delivery callbacks run without the caller polling.
///
/// `enable.idempotence` defaults to `true` (no duplicates or reordering from internal retries).
/// After a fatal error (`fatalError != nil`, or a thrown error with `isFatal`) the producer is
/// unusable: close it and create a new one.
// @unchecked: the librdkafka handle is thread-safe; the wrapper's own state is in `HandleGuard`,
// `LockedState` and immutable lets.
public final class KafkaProducer: @unchecked Sendable {
    private let handle: RDHandle
    private let context: ClientContext
    private let handleGuard = HandleGuard(what: "Kafka producer")
    private let pollLoop: PollLoop
    /// The main queue, where delivery reports and client errors arrive as events.
    private let events: RDHandle
    private let closing = LockedState(false)
    /// True when the producer was configured with a `transactional.id`.
    public let isTransactional: Bool

    public init(
        properties: KafkaProperties,
        logHandler: KafkaLogHandler? = nil,
        errorHandler: KafkaErrorHandler? = nil
    ) throws(KafkaError) {
        var properties = properties
        if properties["enable.idempotence"] == nil { properties["enable.idempotence"] = "true" }
        isTransactional = properties["transactional.id"] != nil
        context = ClientContext(logHandler: logHandler, errorHandler: errorHandler)
        handle = try RDKafkaClientFactory.make(RD_KAFKA_PRODUCER, properties: properties, context: context, callbacks: .producer)
        let handle = self.handle, context = self.context
        let events = RDHandle(pointer: rd_kafka_queue_get_main(handle.pointer))
        self.events = events
        pollLoop = PollLoop(name: "kafka-producer-poll") {
            ProducerEvents.serveOne(events.pointer, client: handle.pointer, context: context, timeoutMs: 100)
        }
    }

    deinit { close(timeout: .seconds(1)) }

    /// Enqueues a record. While librdkafka's local queue is full it waits, with a growing backoff,
    /// for delivery reports to free room (bounded by `message.timeout.ms`, after which queued
    /// records fail). `onDelivery` runs once, on the producer's poll thread (or in `close`).
    /// Without `onDelivery`, a failed delivery is reported to the error handler.
    public func produce(
        _ record: ProducerRecord,
        onDelivery: (@Sendable (Result<DeliveryReport, KafkaError>) -> Void)? = nil
    ) throws(KafkaError) {
        try handleGuard.run { () throws(KafkaError) in
            let opaque = onDelivery.map { Unmanaged.passRetained(DeliveryCallback($0)).toOpaque() }
            var backoffMicros: UInt32 = 500
            while true {
                guard let error = ProduceCall.produce(handle.pointer, record, opaque: opaque) else { return }
                if rd_kafka_error_code(error) == RD_KAFKA_RESP_ERR__QUEUE_FULL && !closing.get() {
                    rd_kafka_error_destroy(error)
                    usleep(backoffMicros)
                    backoffMicros = min(backoffMicros * 2, 100_000)
                    continue
                }
                if let opaque { Unmanaged<DeliveryCallback>.fromOpaque(opaque).release() }
                throw KafkaError(consuming: error)
            }
        }
    }

    /// Produces and waits for the delivery report.
    public func send(_ record: ProducerRecord) async throws -> DeliveryReport {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<DeliveryReport, Error>) in
            do {
                try produce(record) { result in continuation.resume(with: result) }
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }

    /// Waits until every enqueued record has its delivery report; throws `_TIMED_OUT` if some
    /// are still outstanding after `timeout`.
    public func flush(timeout: Duration) throws(KafkaError) {
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_flush(handle.pointer, timeout.clampedMilliseconds), "flush")
        }
    }

    /// Registers the `transactional.id` with the coordinator and fences older instances.
    /// Call once, before the first transaction.
    public func initTransactions(timeout: Duration) throws(KafkaError) {
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_init_transactions(handle.pointer, timeout.clampedMilliseconds))
        }
    }

    public func beginTransaction() throws(KafkaError) {
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_begin_transaction(handle.pointer))
        }
    }

    /// Adds the consumer's progress to the current transaction, so input offsets and output
    /// records commit or abort together. `offsets` are the NEXT offsets to consume (`last.next`).
    public func sendOffsetsToTransaction(
        _ offsets: [TopicPartition: KafkaOffset], consumer: KafkaConsumer, timeout: Duration
    ) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let metadata = try consumer.groupMetadata()
        defer { rd_kafka_consumer_group_metadata_destroy(metadata.pointer) }
        let list = TopicPartitionList(offsets)
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_send_offsets_to_transaction(handle.pointer, list.pointer, metadata.pointer, timeout.clampedMilliseconds))
        }
    }

    /// Flushes and commits the current transaction. On an error with `requiresAbort`, call
    /// `abortTransaction`; with `isRetriable`, the commit may be retried.
    public func commitTransaction(timeout: Duration) throws(KafkaError) {
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_commit_transaction(handle.pointer, timeout.clampedMilliseconds))
        }
    }

    /// Aborts the current transaction: its records are never visible to `read_committed` readers.
    public func abortTransaction(timeout: Duration) throws(KafkaError) {
        try handleGuard.run { () throws(KafkaError) in
            try KafkaError.check(rd_kafka_abort_transaction(handle.pointer, timeout.clampedMilliseconds))
        }
    }

    /// The error that made this producer unusable, if any: then close it and create a new one.
    public var fatalError: KafkaError? {
        try? handleGuard.run { () throws(KafkaError) in FatalErrorReader.read(handle.pointer) }
    }

    /// The most recent error reported outside a call (broker connection, failed delivery without
    /// a callback).
    public var lastError: KafkaError? { context.lastError.get() }

    /// Flushes for up to `timeout`, then fails what is still queued (delivery callbacks get
    /// `_PURGE_QUEUE`/`_PURGE_INFLIGHT`) and destroys the client. Idempotent.
    public func close(timeout: Duration) {
        let alreadyClosing = closing.withLock { flag -> Bool in
            defer { flag = true }
            return flag
        }
        guard !alreadyClosing else { return }
        _ = rd_kafka_flush(handle.pointer, timeout.clampedMilliseconds)
        guard handleGuard.close() else { return }
        pollLoop.stop()
        // Fail what is left so every delivery callback (and awaiting `send`) gets an answer.
        _ = rd_kafka_purge(handle.pointer, Int32(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT))
        var rounds = 0
        repeat {
            ProducerEvents.serveOne(events.pointer, client: handle.pointer, context: context, timeoutMs: 10)
            rounds += 1
        } while rd_kafka_outq_len(handle.pointer) > 0 && rounds < 100
        rd_kafka_queue_destroy(events.pointer)
        rd_kafka_destroy(handle.pointer)
    }
}
