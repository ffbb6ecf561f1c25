import StageRuntime
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

    static func runOnOwnThread(_ loop: StageLoop) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            loop.startOnOwnThread { continuation.resume(with: $0) }
        }
    }
}
