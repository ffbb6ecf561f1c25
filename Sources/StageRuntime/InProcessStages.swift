import Articles
import Foundation
import Logging

/// Runs several stage loops inside one process, each on its own thread: the embedded
/// demo and the integration tests use it against a mock cluster.
public final class InProcessStages: Sendable {
    private let loops: [StageLoop]
    private let finished = DispatchGroup()

    /// Starts one loop per configuration. HTTP endpoints are not served in-process.
    public init(_ stages: [(StageConfiguration, any ArticleTransform)], logger: Logger) {
        loops = stages.map { configuration, transform in
            var configuration = configuration
            configuration.metricsPort = 0
            var stageLogger = logger
            stageLogger[metadataKey: "stage"] = "\(configuration.stage.rawValue)"
            return StageLoop(configuration: configuration, transform: transform, logger: stageLogger)
        }
        for loop in loops {
            finished.enter()
            let group = finished
            loop.startOnOwnThread { outcome in
                if case .failure(let error) = outcome {
                    logger.error("in-process stage failed", metadata: ["stage": "\(loop.configuration.stage.rawValue)", "error": "\(error)"])
                }
                group.leave()
            }
        }
    }

    /// Stops every loop (each finishes and commits its batch) and waits for them.
    public func stop(timeout: Duration = .seconds(30)) {
        loops.forEach { $0.requestStop() }
        _ = finished.wait(timeout: .now() + timeout.timeInterval)
    }
}
