import Dispatch
import Foundation
import TestSupport

/// Runs a test body on its own dispatch thread instead of Swift's cooperative pool (two threads
/// on this machine): Kafka calls block, and blocking the pool would make the tests run one or
/// two at a time. The task stays the same, so `#expect` still reports to the running test.
func offPool<T: Sendable>(_ body: () async throws -> T) async throws -> T {
    try await withTaskExecutorPreference(BlockingTestExecutor()) { try await body() }
}

/// Runs blocking closures on their own threads (two consumers polling at once) and waits.
func runOnThreads(_ bodies: [@Sendable () -> Void]) {
    let group = DispatchGroup()
    for body in bodies {
        group.enter()
        Thread {
            body()
            group.leave()
        }.start()
    }
    // The bodies end on their own deadlines; this bound only keeps one that does not from
    // hanging the test run (the caller's expectations then fail).
    _ = group.wait(timeout: .now() + 300)
}
