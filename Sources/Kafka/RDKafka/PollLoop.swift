import Foundation

/// A dedicated thread that calls `body` until stopped: it serves `rd_kafka_poll` for a producer so
/// delivery reports and error callbacks run without the caller polling.
final class PollLoop: Sendable {
    private let stopRequested = LockedState(false)
    private let finished = DispatchSemaphore(value: 0)
    private let stopped = LockedState(false)

    init(name: String, body: @escaping @Sendable () -> Void) {
        let stopRequested = self.stopRequested
        let finished = self.finished
        let thread = Thread {
            while !stopRequested.get() { body() }
            finished.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Asks the loop to end and waits until the current `body` call returns. Idempotent.
    func stop() {
        let alreadyStopped = stopped.withLock { flag -> Bool in
            defer { flag = true }
            return flag
        }
        guard !alreadyStopped else { return }
        stopRequested.set(true)
        finished.wait()
    }
}
