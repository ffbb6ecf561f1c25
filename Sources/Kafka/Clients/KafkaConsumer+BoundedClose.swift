import Foundation

extension KafkaConsumer {
    /// Closes as `close()` does, but returns once `limit` has passed even if librdkafka's
    /// close has not: leaving the group can wait on the coordinator (a rebalance it holds
    /// open, a broker gone) for longer than an orchestrator waits for a stopping process
    /// before it kills it. The close then goes on in the background and ends with the process;
    /// the group drops the member when its session times out. Returns whether it finished.
    public func close(within limit: Duration) -> Bool {
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread { [self] in
            close()
            finished.signal()
        }
        return finished.wait(timeout: .now() + .milliseconds(Int(limit.clampedMilliseconds))) == .success
    }
}
