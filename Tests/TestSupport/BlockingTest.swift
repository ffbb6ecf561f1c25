import Dispatch
import Foundation
import Synchronization

/// Runs the body of a test that blocks (child processes, Kafka polls, sleeps) on a dispatch
/// thread of its own instead of Swift's cooperative pool, at most `BlockingTestSlots.width`
/// bodies at a time.
///
/// Why: Swift Testing runs every test on the cooperative pool, which has one thread per core
/// (two on CI). Blocking tests held both threads for minutes, so quick unit tests waited up
/// to 150 s to start, and a run could stall whenever two blocking tests waited at once. The
/// slot is awaited, not waited for, so a queued test holds no thread; the task stays the same,
/// so `#expect` still reports to the running test.
public func blockingTest<T>(_ body: () throws -> T) async throws -> T {
    await BlockingTestSlots.shared.acquire()
    defer { BlockingTestSlots.shared.release() }
    return try await withTaskExecutorPreference(BlockingTestExecutor()) { try body() }
}

/// How many blocking test bodies run at once: `NEWSFLOW_TEST_BLOCKING_WIDTH`, default 2, which
/// keeps the end-to-end tests (each a broker and three worker processes) from overloading two
/// cores.
public final class BlockingTestSlots: Sendable {
    public static let shared = BlockingTestSlots(
        width: ProcessInfo.processInfo.environment["NEWSFLOW_TEST_BLOCKING_WIDTH"].flatMap { Int($0) }.map { max(1, $0) } ?? 2)

    private struct State {
        var free: Int
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Mutex<State>

    init(width: Int) { state = Mutex(State(free: width)) }

    func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let granted = state.withLock { state -> Bool in
                guard state.free > 0 else {
                    state.waiting.append(continuation)
                    return false
                }
                state.free -= 1
                return true
            }
            if granted { continuation.resume() }
        }
    }

    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiting.isEmpty else {
                state.free += 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}

/// A task executor on a private serial dispatch queue: serial queues get a thread of their
/// own from dispatch's overcommit pool, so a body that blocks holds no cooperative thread.
public final class BlockingTestExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "newsflow-tests.blocking")

    public init() {}

    public func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { unowned.runSynchronously(on: executor) }
    }
}
