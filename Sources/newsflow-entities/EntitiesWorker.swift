import ArgumentParser
import Enrichment
import StageRuntime
import WorkerApp

/// Adds named entities (`articles.clean` → `articles.entities`).
@main
struct EntitiesWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsflow-entities", abstract: "Newsflow entity stage.")
    @OptionGroup var options: StageOptions

    func run() async throws {
        try await WorkerRunner.run(stage: .entities, options: options) { _ in try EntitiesTransform() }
    }
}
