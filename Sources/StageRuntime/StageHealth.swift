import Synchronization

/// What `/healthz` and `/readyz` report, written by the stage loop's thread and read
/// by the HTTP server.
public final class StageHealth: Sendable {
    public enum Phase: String, Sendable {
        case starting, running, stopping, stopped, failed
    }

    private struct State {
        var phase: Phase = .starting
        /// Monotonic, so a wall-clock adjustment cannot make a working loop look stuck.
        var lastProgress = ContinuousClock.now
        var assignedPartitions = 0
        var lastError: String?
        /// Set while a batch is being processed (transform, produce, commit), nil between batches.
        var batchStarted: ContinuousClock.Instant?
        var batchNumber = 0
        var position: BatchPosition?
        /// Why Kafka is unreachable, while it is (`BrokerConnectivity`).
        var brokerUnreachable: String?
    }

    private let state = Mutex(State())
    /// A loop that has not come round for this long is reported unhealthy (stuck).
    private let stallLimit: Duration
    /// A batch that has run this long is reported unhealthy (stalled on an article),
    /// even though the loop itself is alive and will come round when it finishes.
    let batchStallLimit: Duration
    /// Named in the stall reason.
    let stage: String

    public init(stallLimit: Duration = .seconds(120), batchStallLimit: Duration = .milliseconds(WorkerDefaults.batchStallMs), stage: String = "") {
        self.stallLimit = stallLimit
        self.batchStallLimit = batchStallLimit
        self.stage = stage
    }

    func set(_ phase: Phase, error: String? = nil) {
        state.withLock {
            $0.phase = phase
            $0.lastProgress = ContinuousClock.now
            if let error { $0.lastError = error }
        }
    }

    func setBrokerUnreachable(_ reason: String?) {
        state.withLock { $0.brokerUnreachable = reason }
    }

    func recordProgress() {
        state.withLock { $0.lastProgress = ContinuousClock.now }
    }

    /// The loop starts working on a polled batch.
    func beginBatch() {
        state.withLock {
            $0.batchStarted = ContinuousClock.now
            $0.batchNumber += 1
            $0.position = nil
        }
    }

    /// The loop starts transforming `position`'s record: a stall is blamed on it.
    func working(on position: BatchPosition) {
        state.withLock { $0.position = position }
    }

    /// The batch is committed or abandoned.
    func endBatch() {
        state.withLock {
            $0.batchStarted = nil
            $0.position = nil
        }
    }

    /// The current batch, when it has run longer than `batchStallLimit`; nil otherwise.
    public var stalledBatch: BatchStall? {
        state.withLock { s in
            guard let started = s.batchStarted else { return nil }
            let elapsed = ContinuousClock.now - started
            guard elapsed >= batchStallLimit else { return nil }
            return BatchStall(batchNumber: s.batchNumber, stage: stage, elapsed: elapsed, limit: batchStallLimit, position: s.position)
        }
    }

    func setAssignedPartitions(_ count: Int) {
        state.withLock { $0.assignedPartitions = count }
    }

    public var phase: Phase { state.withLock { $0.phase } }

    /// Alive: the loop runs and is not stuck, and no batch has run past its stall limit.
    /// A failed or stalled worker should be restarted.
    public var isHealthy: Bool {
        if stalledBatch != nil { return false }
        return state.withLock { s in
            switch s.phase {
            case .failed, .stopped: false
            case .starting, .stopping: true
            case .running: ContinuousClock.now - s.lastProgress < stallLimit
            }
        }
    }

    /// Ready: connected, transactions initialised, subscribed, and Kafka reachable.
    public var isReady: Bool {
        phase == .running && isHealthy && state.withLock { $0.brokerUnreachable == nil }
    }

    public var summary: String {
        let stall = stalledBatch
        return state.withLock { s in
            var text = "phase=\(s.phase.rawValue) partitions=\(s.assignedPartitions)"
            if let stall { text += " stalled=\(stall.reason)" }
            if let unreachable = s.brokerUnreachable { text += " kafka_unreachable=\(unreachable)" }
            if let error = s.lastError { text += " last_error=\(error)" }
            return text
        }
    }
}
