import ArgumentParser
import Enrichment
import StageRuntime
import WorkerApp

/// Adds quotes with speakers (`articles.entities` → `articles.enriched`).
@main
struct QuotesWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsflow-quotes", abstract: "Newsflow quote stage.")
    @OptionGroup var options: StageOptions

    func run() async throws {
        try await WorkerRunner.run(stage: .quotes, options: options) { _ in QuotesTransform() }
    }
}
