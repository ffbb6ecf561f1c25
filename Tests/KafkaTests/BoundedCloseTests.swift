import Foundation
import Synchronization
import Testing
@testable import Kafka

@Suite("Closing a consumer within a time limit")
struct BoundedCloseTests {
    @Test("a consumer that leaves its group at once closes within the limit")
    func closesWithinTheLimit() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["bounded": 1])
            let consumer = try kafka.consumer(group: unique("bounded"))
            try consumer.subscribe(["bounded"])
            _ = try consumer.poll(maxRecords: 1, timeout: .milliseconds(200))
            #expect(consumer.close(within: .seconds(30)))
            #expect(consumer.handleGuard.isClosed)
        }
    }

    /// A close that cannot finish in time (here: it waits for a poll still running on
    /// another thread) returns at the limit, and finishes by itself later.
    @Test("a close held up returns at the limit and completes in the background")
    func returnsAtTheLimit() async throws {
        try await offPool {
            let kafka = try MockTestCluster(topics: ["held": 1])
            let consumer = try kafka.consumer(group: unique("held"))
            try consumer.subscribe(["held"])
            let polling = DispatchSemaphore(value: 0), polled = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                polling.signal()
                _ = try? consumer.poll(maxRecords: 1, timeout: .seconds(4))
                polled.signal()
            }
            polling.wait()
            usleep(300_000)  // the poll is inside librdkafka by now
            let started = ContinuousClock.now
            #expect(!consumer.close(within: .milliseconds(300)))
            let waited = started.duration(to: .now)
            #expect(waited < .seconds(2), "returned at the limit, not when the close finished (\(waited))")
            #expect(!consumer.handleGuard.isClosed)
            #expect(polled.wait(timeout: .now() + 30) == .success)
            let deadline = ContinuousClock.now + .seconds(30)
            while !consumer.handleGuard.isClosed, ContinuousClock.now < deadline { usleep(50_000) }
            #expect(consumer.handleGuard.isClosed, "the close went on after the limit")
        }
    }
}
