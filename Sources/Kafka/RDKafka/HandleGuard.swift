import Foundation

/// Keeps a C handle alive while calls use it: `close()` stops new calls and waits for running
/// ones, so the owner can destroy the handle without a use-after-free from another thread.
// @unchecked: `active` and `closed` are only touched while holding `condition`.
final class HandleGuard: @unchecked Sendable {
    private let condition = NSCondition()
    private var active = 0
    private var closed = false
    private let what: String

    /// `what` names the client in the error a call after close gets.
    init(what: String) { self.what = what }

    var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }

    /// Runs `body` unless the handle is closed (then throws a "closed" error).
    func run<T>(_ body: () throws(KafkaError) -> T) throws(KafkaError) -> T {
        condition.lock()
        if closed {
            condition.unlock()
            throw KafkaError.clientClosed(what)
        }
        active += 1
        condition.unlock()
        defer {
            condition.lock()
            active -= 1
            if active == 0 { condition.broadcast() }
            condition.unlock()
        }
        return try body()
    }

    /// Waits until no call is running (new ones are still allowed: a consumer's close needs its
    /// rebalance listener to commit).
    func waitIdle() {
        condition.lock()
        defer { condition.unlock() }
        while active > 0 { condition.wait() }
    }

    /// Refuses new calls and waits for running ones. Returns false when already closed, so
    /// exactly one caller goes on to destroy the handle.
    func close() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !closed else { return false }
        closed = true
        while active > 0 { condition.wait() }
        return true
    }
}
