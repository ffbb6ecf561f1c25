import Foundation

/// Runs blocking closures on their own threads (consumer calls must not block the cooperative
/// pool for long) and waits for all of them.
func runOnThreads(_ bodies: [@Sendable () -> Void]) {
    let group = DispatchGroup()
    for body in bodies {
        group.enter()
        Thread {
            body()
            group.leave()
        }.start()
    }
    group.wait()
}
