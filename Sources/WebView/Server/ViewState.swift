import Foundation
import Kafka
import StageRuntime

/// Replays dead letters for the view's button; `DeadLetterReplayer` in production, a stand-in in tests.
public protocol DeadLetterReplaying: Sendable {
    func replay(_ filter: DeadLetterFilter, again: Bool, dryRun: Bool) throws -> DeadLetterReplayer.Report
}

extension DeadLetterReplayer: DeadLetterReplaying {
    public func replay(_ filter: DeadLetterFilter, again: Bool, dryRun: Bool) throws -> DeadLetterReplayer.Report {
        try replay(filter, again: again, dryRun: dryRun, timeout: .seconds(30))
    }
}

/// Everything the pages read: the in-memory windows, the latest offsets reading, and the
/// replay action. Filled by the followers and the monitor in `newsflow view`, by hand in tests.
public final class ViewState: Sendable {
    public let articles: ArticleWindow
    public let deadLetters: DeadLetterWindow
    public let topology: PipelineTopology
    let pipeline: @Sendable () -> PipelineMonitor.Snapshot
    let replayed: @Sendable () -> [Int32: ReplayLedger]
    let replayer: (any DeadLetterReplaying)?
    let status: @Sendable () -> String

    public init(
        articles: ArticleWindow, deadLetters: DeadLetterWindow, topology: PipelineTopology,
        pipeline: @escaping @Sendable () -> PipelineMonitor.Snapshot = { PipelineMonitor.Snapshot() },
        replayed: @escaping @Sendable () -> [Int32: ReplayLedger] = { [:] },
        replayer: (any DeadLetterReplaying)? = nil,
        status: @escaping @Sendable () -> String = { "" }
    ) {
        self.articles = articles
        self.deadLetters = deadLetters
        self.topology = topology
        self.pipeline = pipeline
        self.replayed = replayed
        self.replayer = replayer
        self.status = status
    }
}
