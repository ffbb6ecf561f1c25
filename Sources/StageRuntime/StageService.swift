import Foundation
import Logging
import ServiceLifecycle

/// Runs a `StageLoop` as a swift-service-lifecycle `Service`: the loop gets its own
/// thread, and a graceful shutdown (SIGTERM/SIGINT) lets it finish and commit its
/// batch and leave the group before `run()` returns.
public struct StageService: Service {
    public let loop: StageLoop

    public init(loop: StageLoop) {
        self.loop = loop
    }

    public func run() async throws {
        try await withGracefulShutdownHandler {
            try await withTaskCancellationHandler {
                try await Self.runOnOwnThread(loop)
            } onCancel: {
                loop.requestStop()
            }
        } onGracefulShutdown: {
            loop.requestStop()
        }
    }

    /// Keeps the blocking librdkafka calls off Swift's cooperative thread pool.
    static func runOnOwnThread(_ loop: StageLoop) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread {
                do {
                    try loop.run()
                    loop.health.set(.stopped)
                    continuation.resume()
                } catch {
                    loop.health.set(.failed, error: "\(error)")
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "newsflow-\(loop.configuration.stage.rawValue)-loop"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
