import Articles
import Foundation
import Kafka
import Logging
import Metrics
import Synchronization

/// The consume → transform → produce → commit loop of one worker.
///
/// It runs on a dedicated thread (every librdkafka call blocks), one batch at a time:
/// a batch is polled (bounded by count and time), transformed, produced and committed
/// before the next poll. So when a rebalance revokes partitions, which happens inside
/// `poll`, everything already done is committed and nothing is in flight.
public final class StageLoop: Sendable {
    public let configuration: StageConfiguration
    public let health: StageHealth
    private let builder: OutputBuilder
    let logger: Logger
    private let metrics: StageMetrics
    private let stopRequested = Atomic<Bool>(false)
    /// Consecutive failed batches before the worker gives up and exits non-zero
    /// (a restart resumes from the last committed offset).
    private let maxConsecutiveFailures = 20
    /// The pause before polling again after a transient poll error (librdkafka retries
    /// the broker connection by itself; this only keeps the loop from spinning).
    private static let pollRetryDelay: Duration = .milliseconds(200)

    /// `health` defaults to one with the configuration's batch stall limit.
    public convenience init(configuration: StageConfiguration, transform: any ArticleTransform, logger: Logger, health: StageHealth? = nil) {
        self.init(configuration: configuration, transform: transform, logger: logger, health: health, metricsFactory: MetricsSystem.factory)
    }

    /// Tests pass their own metrics factory to read the counters.
    init(configuration: StageConfiguration, transform: any ArticleTransform, logger: Logger, health: StageHealth?, metricsFactory: any MetricsFactory) {
        self.configuration = configuration
        self.health = health ?? StageHealth(batchStallLimit: configuration.batchStallLimit, stage: configuration.stage.rawValue)
        self.builder = OutputBuilder(
            stage: configuration.stage,
            outputTopic: configuration.outputTopic,
            deadLetterTopic: configuration.deadLetterTopic,
            transform: transform
        )
        self.logger = logger
        self.metrics = StageMetrics(stage: configuration.stage, factory: metricsFactory)
    }

    /// How long leaving the group may take when the stage stops.
    static let consumerCloseLimit: Duration = .seconds(10)

    /// Asks the loop to finish its current batch, commit, leave the group and return.
    public func requestStop() {
        stopRequested.store(true, ordering: .relaxed)
    }

    public var isStopRequested: Bool { stopRequested.load(ordering: .relaxed) }

    /// Runs until `requestStop()`; throws only when the stage cannot go on.
    public func run() throws {
        guard waitForKafkaAndInputTopic() else {
            logger.info("stage stopped before it could start consuming")
            return
        }
        let unrecorded = UnrecordedOffsets(logger: logger)
        defer { unrecorded.attach(nil) }
        let listener = PartitionListener(logger: logger, health: health, metrics: metrics, unrecorded: unrecorded)
        let connectivity = BrokerConnectivity(health: health, logger: logger, brokers: configuration.brokers, probeProperties: configuration.probeProperties)
        let consumer = try KafkaConsumer(properties: configuration.consumerProperties, rebalanceListener: listener,
                                         logHandler: LibrdkafkaLog.handler(logger, client: "consumer"), errorHandler: { connectivity.report($0) })
        unrecorded.attach(consumer)
        defer {
            // Bounded, so a stop always ends before an orchestrator's kill (30 s by default):
            // every batch is committed by now, and the group drops a member that did not
            // finish leaving when its session times out.
            if !consumer.close(within: Self.consumerCloseLimit) {
                logger.warning("the consumer did not finish leaving the group in time; stopping anyway", metadata: [
                    "limit": "\(Self.consumerCloseLimit)", "group": "\(configuration.groupID)",
                ])
            }
        }
        var committer = try makeCommitter(unrecorded)
        defer { committer.close() }
        try consumer.subscribe([configuration.inputTopic])
        health.set(.running)
        let watchdog = BatchStallWatchdog(health: health, logger: logger, stalls: metrics.batchStalls)
        watchdog.start()
        defer { watchdog.stop() }
        logger.info("stage running", metadata: ["config": "\(configuration.redactedSummary)"])

        var consecutiveFailures = 0
        while !isStopRequested {
            health.recordProgress()
            connectivity.checkRecovery()
            if !unrecorded.isEmpty { unrecorded.commit(reason: "next batch") }
            let batch: [KafkaRecord]
            do {
                // Waits up to the batch timeout for a first record, then takes what is already
                // fetched: light load is not held back to fill a batch, heavy load fills it anyway.
                batch = try consumer.poll(maxRecords: configuration.batchSize, timeout: configuration.batchTimeout, fillWait: .zero)
            } catch {
                if error.isFencedByAnotherInstance { throw fenced(error) }
                if error.isFatal { throw StageError.consumerFailed(error) }
                logger.warning("poll failed; retrying", metadata: ["error": "\(error)"])
                Thread.sleep(for: Self.pollRetryDelay)
                continue
            }
            guard !batch.isEmpty else { continue }
            health.beginBatch()
            defer { health.endBatch() }
            do {
                try process(batch, with: &committer, consumer: consumer)
                consecutiveFailures = 0
            } catch {
                consecutiveFailures += 1
                metrics.batchesAborted.increment()
                health.set(.running, error: "\(error)")
                logger.error("batch failed; rewinding to retry it", metadata: ["error": "\(error)", "attempt": "\(consecutiveFailures)"])
                rewind(consumer, to: batch)
                if consecutiveFailures >= maxConsecutiveFailures { throw StageError.gaveUp(lastError: "\(error)") }
                if let kafkaError = error as? KafkaError, kafkaError.isFencedByAnotherInstance { throw fenced(kafkaError) }
                if let kafkaError = error as? KafkaError, kafkaError.isFatal {
                    committer.close()
                    committer = try makeCommitter(unrecorded)
                }
                Thread.sleep(for: Self.retryDelay(afterFailures: consecutiveFailures))
            }
        }
        health.set(.stopping)
        logger.info("stage stopping: last batch committed, leaving the group")
    }

    /// Another process with this replica's identity took over: building a new producer
    /// would fence that one in turn, so this worker stops and names the setting to fix.
    private func fenced(_ error: KafkaError) -> StageError {
        .fenced(instanceID: configuration.instanceID, transactionalID: configuration.transactionalID, group: configuration.groupID, error: error)
    }

    /// Exponential backoff before retrying a failed batch: 0.2 s after the first failure,
    /// doubling up to 5 s, so a broker outage is not hammered but a blip costs little.
    static func retryDelay(afterFailures failures: Int) -> Duration {
        min(.milliseconds(100) * (1 << min(failures, 6)), .seconds(5))
    }

    private func makeCommitter(_ unrecorded: UnrecordedOffsets) throws -> any BatchCommitter {
        switch configuration.delivery {
        case .exactlyOnce: try TransactionalCommitter(properties: configuration.producerProperties, logger: logger, unrecorded: unrecorded)
        case .atLeastOnce: try AcknowledgedCommitter(properties: configuration.producerProperties, logger: logger)
        }
    }

    private func process(_ batch: [KafkaRecord], with committer: inout any BatchCommitter, consumer: KafkaConsumer) throws {
        let started = ContinuousClock.now
        var records: [BatchRecord] = []
        records.reserveCapacity(batch.count)
        var deadLetters: [DeadLetterCode] = []
        var delivered: [KafkaRecord] = []
        delivered.reserveCapacity(batch.count)
        for input in batch {
            health.working(on: BatchPosition(input))
            let transformStart = ContinuousClock.now
            switch builder.build(for: input) {
            case .output(let record):
                records.append(.output(record, from: input, builder: builder))
                delivered.append(input)
            case .deadLetter(let record, let reason):
                deadLetters.append(reason.code)
                records.append(.deadLetter(record))
                logger.warning("dead-lettered", metadata: [
                    "reason": "\(reason.code)", "error": "\(reason.message)",
                    "topic": "\(input.topic)", "partition": "\(input.partition)", "offset": "\(input.offset)",
                ])
            }
            metrics.transformDuration.recordElapsed(since: transformStart)
        }
        let offsets = Self.nextOffsets(of: batch)
        let commitStart = ContinuousClock.now
        try committer.commit(records, offsets: offsets, consumer: consumer)
        metrics.operations.commitDuration.recordElapsed(since: commitStart)
        metrics.operations.recordLag(committed: offsets, highWatermark: consumer.cachedHighWatermark)
        metrics.consumed.increment(by: batch.count)
        metrics.produced.increment(by: records.count - deadLetters.count)
        metrics.deadLettered.increment(by: deadLetters.count)
        deadLetters.forEach(metrics.operations.countDeadLetter)
        metrics.batchesCommitted.increment()
        metrics.batchDuration.recordElapsed(since: started)
        recordLatency(of: delivered)
    }

    /// Latency of the committed outputs, from the Kafka timestamps (producer clocks): a
    /// record whose timestamp lies ahead of this host's clock (skew) is left out.
    private func recordLatency(of delivered: [KafkaRecord]) {
        let nowMs = Int64((Date().timeIntervalSince1970 * 1000).rounded())
        for input in delivered {
            if let ingested = OutputBuilder.ingestedAt(of: input), nowMs >= ingested {
                metrics.endToEndLatency.recordMilliseconds(nowMs - ingested)
            }
            if let appended = input.timestampMs, appended > 0, nowMs >= appended {
                metrics.stageLatency.recordMilliseconds(nowMs - appended)
            }
        }
    }

    /// The offset to commit per partition: the one after the last record processed.
    static func nextOffsets(of batch: [KafkaRecord]) -> [TopicPartition: KafkaOffset] {
        var offsets: [TopicPartition: KafkaOffset] = [:]
        for record in batch {
            let next = record.offset.next
            offsets[record.topicPartition] = max(offsets[record.topicPartition, default: next], next)
        }
        return offsets
    }

    /// After a failed batch, moves the consumer back to the batch's first offsets so the
    /// whole batch is processed again (its outputs were aborted or never acknowledged).
    private func rewind(_ consumer: KafkaConsumer, to batch: [KafkaRecord]) {
        var firsts: [TopicPartition: KafkaOffset] = [:]
        for record in batch {
            firsts[record.topicPartition] = min(firsts[record.topicPartition, default: record.offset], record.offset)
        }
        for (partition, offset) in firsts {
            do {
                try consumer.seek(partition, to: offset, timeout: .seconds(5))
            } catch {
                // The partition may have been revoked meanwhile; its new owner starts from the committed offset.
                logger.notice("could not rewind partition", metadata: ["partition": "\(partition.topic)/\(partition.partition)", "error": "\(error)"])
            }
        }
    }
}

extension Metrics.Timer {
    func recordElapsed(since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let (seconds, attoseconds) = elapsed.components
        recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// Why a stage stopped for good.
public enum StageError: Error, CustomStringConvertible {
    case consumerFailed(KafkaError)
    case gaveUp(lastError: String)
    case fenced(instanceID: String, transactionalID: String, group: String, error: KafkaError)

    public var description: String {
        switch self {
        case .consumerFailed(let error):
            "consumer failed fatally (\(error)); restart the worker: it resumes from the last committed offset"
        case .gaveUp(let lastError):
            "batches kept failing (last: \(lastError)); exiting so a restart resumes from the last committed offset"
        case .fenced(let instanceID, let transactionalID, let group, let error):
            "fenced (\(error.name)): another worker started with the same identity (instance id '\(instanceID)', "
                + "transactional id '\(transactionalID)', group \(group)) and took over this one's partitions; this worker stops. "
                + "If that was not a restart of this replica, give each replica its own \(WorkerSettings.instanceID.howToSet)"
        }
    }
}
