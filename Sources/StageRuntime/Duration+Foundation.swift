import Foundation

/// The runtime keeps its times as `Duration`; these convert at the few Foundation and
/// Dispatch calls that still take seconds as a `TimeInterval`.
extension Duration {
    /// The duration in seconds.
    var timeInterval: TimeInterval { self / .seconds(1) }
}

extension Thread {
    /// Blocks the current thread (the stage loop's own, never the cooperative pool) for `duration`.
    static func sleep(for duration: Duration) {
        sleep(forTimeInterval: duration.timeInterval)
    }
}
