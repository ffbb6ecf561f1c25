import Foundation
import Logging
import Metrics
import Synchronization

/// Watches the stage's current batch from a thread of its own: the loop's thread is
/// the one that is stuck in a slow transform, so it cannot report its own stall.
/// Each stalled batch is logged (article id, offset, stage) and counted once;
/// `/healthz` reads `StageHealth.stalledBatch` itself, so it needs no watchdog.
final class BatchStallWatchdog: Sendable {
    private let health: StageHealth
    private let logger: Logger
    private let stalls: Counter
    private let stopped = Atomic<Bool>(false)
    private let lastReported = Mutex<Int>(0)

    init(health: StageHealth, logger: Logger, stalls: Counter) {
        self.health = health
        self.logger = logger
        self.stalls = stalls
    }

    /// A quarter of the limit, between 10 ms and 1 s: a stall is reported at most a
    /// quarter late, and an idle worker checks at most once a second.
    var checkInterval: Duration {
        min(max(health.batchStallLimit / 4, .milliseconds(10)), .seconds(1))
    }

    func start() {
        let thread = Thread { [self] in
            while !stopped.load(ordering: .relaxed) {
                Thread.sleep(forTimeInterval: checkInterval.timeInterval)
                check()
            }
        }
        thread.name = "newsflow-\(health.stage)-watchdog"
        thread.start()
    }

    /// Ends the watchdog thread within one check interval.
    func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    /// Warns about and counts the current batch if it has stalled and was not reported yet.
    func check() {
        guard let stall = health.stalledBatch else { return }
        let isNew = lastReported.withLock { last in
            guard stall.batchNumber > last else { return false }
            last = stall.batchNumber
            return true
        }
        guard isNew else { return }
        stalls.increment()
        logger.warning("batch stalled: \(stall.reason)", metadata: stall.metadata.mapValues { .string($0) })
    }
}
