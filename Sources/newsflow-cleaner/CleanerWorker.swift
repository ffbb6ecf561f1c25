import ArgumentParser
import Enrichment
import StageRuntime
import WorkerApp

/// Reads raw articles, writes cleaned records (`articles.raw` → `articles.clean`).
@main
struct CleanerWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsflow-cleaner", abstract: "Newsflow cleaning stage.")
    @OptionGroup var options: StageOptions

    func run() async throws {
        try await WorkerRunner.run(stage: .cleaner, options: options) { CleanTransform(maxArticleBytes: $0.maxArticleBytes) }
    }
}
