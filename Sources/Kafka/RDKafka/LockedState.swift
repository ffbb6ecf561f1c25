import Foundation

/// A value behind a lock, for the little mutable state shared with librdkafka's threads.
// @unchecked: every access to `value` happens while holding `lock`.
final class LockedState<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    func get() -> Value { withLock { $0 } }
    func set(_ newValue: Value) { withLock { $0 = newValue } }
}
