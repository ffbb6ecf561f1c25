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
    }

    private let state = Mutex(State())
    /// A loop that has not come round for this long is reported unhealthy (stuck).
    private let stallLimit: Duration

    public init(stallLimit: Duration = .seconds(120)) {
        self.stallLimit = stallLimit
    }

    func set(_ phase: Phase, error: String? = nil) {
        state.withLock {
            $0.phase = phase
            $0.lastProgress = ContinuousClock.now
            if let error { $0.lastError = error }
        }
    }

    func recordProgress() {
        state.withLock { $0.lastProgress = ContinuousClock.now }
    }

    func setAssignedPartitions(_ count: Int) {
        state.withLock { $0.assignedPartitions = count }
    }

    public var phase: Phase { state.withLock { $0.phase } }

    /// Alive: the loop runs and is not stuck. A failed or stalled worker should be restarted.
    public var isHealthy: Bool {
        state.withLock { s in
            switch s.phase {
            case .failed, .stopped: false
            case .starting, .stopping: true
            case .running: ContinuousClock.now - s.lastProgress < stallLimit
            }
        }
    }

    /// Ready: connected, transactions initialised, subscribed.
    public var isReady: Bool { phase == .running && isHealthy }

    public var summary: String {
        state.withLock { s in
            var text = "phase=\(s.phase.rawValue) partitions=\(s.assignedPartitions)"
            if let error = s.lastError { text += " last_error=\(error)" }
            return text
        }
    }
}
